import { download, get, post } from '../api/http'
import { codeLabel, isEnglish, t } from '../i18n'

const CHANNELS = {
  pos: t('common.inStorePos'), miniprogram: t('common.miniProgram'), phone: t('common.phone'), taobao: t('common.taobao'), jd: t('common.jd'), pdd: t('common.pinduoduo'),
  douyin: t('common.douyin'), kuaishou: t('common.kuaishou'), wechat_shop: t('common.wechatShop'), live: t('common.live'),
}
// An account's name in the console's language: the built-in chart's English names (common/enums.js) in English
// mode; the ledger's own name otherwise, and for accounts finance added.
export const accountName = (code, name) => (isEnglish && code ? codeLabel('enum.account', `a${code}`, name) : name)

export const channelOptions = Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))

function query({ from, to, channel, location_code }) {
  return { from, to, channel, location_code }
}

export const profitAndLoss = (filters) => get('/api/v1/finance/pnl', query(filters))

export const exportProfitAndLoss = (filters) =>
  download('/api/v1/finance/pnl', { ...query(filters), format: 'xlsx' }, t('finance.pnlFile', { from: filters.from, to: filters.to }))

export const listLocations = () => get('/admin/api/v1/locations/', { include_inactive: false })

export const balanceSheet = (asOf) => get('/api/v1/finance/balance-sheet', { as_of: asOf })
export const exportBalanceSheet = (asOf) =>
  download('/api/v1/finance/balance-sheet', { as_of: asOf, format: 'xlsx' }, t('finance.balanceSheetFile', { asOf }))

export const vatSummary = (from, to) => get('/api/v1/finance/vat', { from, to })
export const exportVat = (from, to) =>
  download('/api/v1/finance/vat', { from, to, format: 'xlsx' }, t('finance.vatFile', { from, to }))

// kind: 'receivables' | 'payables'
export const ageing = (kind, asOf) => get(`/api/v1/finance/${kind}`, { as_of: asOf })
export const exportAgeing = (kind, asOf) =>
  download(`/api/v1/finance/${kind}`, { as_of: asOf, format: 'xlsx' },
    t('finance.ageingFile', { p0: kind === 'receivables' ? t('finance.receivablesAgeing') : t('finance.payablesAgeing'), asOf }))

export const listPeriods = () => get('/api/v1/finance/periods')
export const closePeriod = (month) => post('/api/v1/finance/periods', { month })

export const grossMargin = (filters, by) => get('/api/v1/finance/gross-margin', { ...query(filters), by })
export const salesTrend = (filters) => get('/api/v1/finance/sales-trend', query(filters))
