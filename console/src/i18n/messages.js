// The zh-CN and en catalogues, gathered from each folder's messages.js (one namespace per folder: the text of
// console/src/<folder>/ lives beside its pages, as pages.js gathers their routes). A folder's file holds
// [Simplified Chinese, English] pairs, so a text never has one language without the other; nested objects are
// groups (a status code -> its label). Adding a folder's text is one import and one line here.
import audit from '../audit/messages'
import auth from '../auth/messages'
import catalog from '../catalog/messages'
import channels from '../channels/messages'
import common from '../common/messages'
import crm from '../crm/messages'
import enums from '../common/enums'
import dashboard from '../dashboard/messages'
import einvoices from '../einvoices/messages'
import finance from '../finance/messages'
import hr from '../hr/messages'
import imports from '../imports/messages'
import layout from '../layout/messages'
import ledger from '../ledger/messages'
import members from '../members/messages'
import orders from '../orders/messages'
import parallel from '../parallel/messages'
import payables from '../payables/messages'
import promotions from '../promotions/messages'
import purchasing from '../purchasing/messages'
import staff from '../staff/messages'
import stock from '../stock/messages'
import treasury from '../treasury/messages'

const NAMESPACES = {
  audit, auth, catalog, channels, common, crm, enum: enums, dashboard, einvoices, finance, hr, imports, layout,
  ledger, members, orders, parallel, payables, promotions, purchasing, staff, stock, treasury,
}

// vue-i18n's message syntax gives @ (linked message) and | (plural) a meaning: as text they are literals.
const literal = (text) => text.replace(/[@|]/g, (c) => `{'${c}'}`)

function pick(tree, index) {
  const out = {}
  for (const [key, value] of Object.entries(tree)) {
    out[key] = Array.isArray(value) ? literal(value[index]) : pick(value, index)
  }
  return out
}

export const MESSAGES = {
  'zh-CN': pick(NAMESPACES, 0),
  en: pick(NAMESPACES, 1),
}
