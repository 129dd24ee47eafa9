import { download, get, post } from '../api/http'

const CHANNELS = {
  pos: '门店收银', miniprogram: '小程序', phone: '电话', taobao: '淘宝', jd: '京东', pdd: '拼多多',
  douyin: '抖音', kuaishou: '快手', wechat_shop: '微信小店', live: '直播',
}
export const channelOptions = Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))

function query({ from, to, channel, location_code }) {
  return { from, to, channel, location_code }
}

export const profitAndLoss = (filters) => get('/api/v1/finance/pnl', query(filters))

export const exportProfitAndLoss = (filters) =>
  download('/api/v1/finance/pnl', { ...query(filters), format: 'xlsx' }, `利润表_${filters.from}_${filters.to}.xlsx`)

export const listLocations = () => get('/admin/api/v1/locations/', { include_inactive: false })

export const balanceSheet = (asOf) => get('/api/v1/finance/balance-sheet', { as_of: asOf })
export const exportBalanceSheet = (asOf) =>
  download('/api/v1/finance/balance-sheet', { as_of: asOf, format: 'xlsx' }, `资产负债表_${asOf}.xlsx`)

export const vatSummary = (from, to) => get('/api/v1/finance/vat', { from, to })
export const exportVat = (from, to) =>
  download('/api/v1/finance/vat', { from, to, format: 'xlsx' }, `增值税_${from}_${to}.xlsx`)

// kind: 'receivables' | 'payables'
export const ageing = (kind, asOf) => get(`/api/v1/finance/${kind}`, { as_of: asOf })
export const exportAgeing = (kind, asOf) =>
  download(`/api/v1/finance/${kind}`, { as_of: asOf, format: 'xlsx' },
    `${kind === 'receivables' ? '应收账款账龄' : '应付账款账龄'}_${asOf}.xlsx`)

export const listPeriods = () => get('/api/v1/finance/periods')
export const closePeriod = (month) => post('/api/v1/finance/periods', { month })

export const grossMargin = (filters, by) => get('/api/v1/finance/gross-margin', { ...query(filters), by })
export const salesTrend = (filters) => get('/api/v1/finance/sales-trend', query(filters))
