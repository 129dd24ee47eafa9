// Every page of the console, one list per domain folder (console/src/<domain>/routes.js). A page entry:
//   { path (under /console/, no leading slash), component, title, icon (an Element Plus icon name),
//     group (the menu's section), roles (null: every staff role), menu (false: a route with no menu item,
//     e.g. a detail page) }
// roles mirror the API's authorization table: a role that the API refuses is not shown the page, and the
// API still refuses the calls. Adding a domain's pages is one import and one spread here.
import audit from './audit/routes'
import catalog from './catalog/routes'
import channels from './channels/routes'
import crm from './crm/routes'
import einvoices from './einvoices/routes'
import finance from './finance/routes'
import hr from './hr/routes'
import imports from './imports/routes'
import ledger from './ledger/routes'
import parallel from './parallel/routes'
import payables from './payables/routes'
import promotions from './promotions/routes'
import purchasing from './purchasing/routes'
import staff from './staff/routes'
import treasury from './treasury/routes'
import stock from './stock/routes'
import orders from './orders/routes'
import members from './members/routes'

export const PAGES = [
  ...catalog,
  ...finance,
  ...treasury,
  ...ledger,
  ...payables,
  ...einvoices,
  ...imports,
  ...parallel,
  ...promotions,
  ...crm,
  ...purchasing,
  ...stock,
  ...channels,
  ...staff,
  ...hr,
  ...audit,
  ...orders,
  ...members,
]
