// Stock: levels by location and batch, the movement journal, adjustments, transfers and stocktakes
// (/api/v1 stock routes, backend/stock/api.py; the HQ stock list /admin/api/v1/stock).
import { get, post } from '../api/http'

export const MOVEMENT_KINDS = [
  { value: 'receipt', label: '采购入库' }, { value: 'sale', label: '销售出库' }, { value: 'return', label: '退货入库' },
  { value: 'adjustment', label: '库存调整' }, { value: 'write_off', label: '报损' },
  { value: 'transfer_out', label: '调拨出库' }, { value: 'transfer_in', label: '调拨入库' },
  { value: 'stocktake', label: '盘点差异' }, { value: 'reserve', label: '预留' }, { value: 'release', label: '释放预留' },
  { value: 'import', label: '期初导入' },
]

// Reasons a person may choose (a transfer shortfall is written by the receipt only); sign: -1 decrease only,
// 1 increase only, 0 either way.
export const ADJUSTMENT_REASONS = [
  { value: 'damage', label: '破损', sign: -1 }, { value: 'expiry', label: '过期', sign: -1 },
  { value: 'loss', label: '丢失', sign: -1 }, { value: 'found', label: '找回', sign: 1 },
  { value: 'correction', label: '录入更正', sign: 0 }, { value: 'sample', label: '试用赠品', sign: -1 },
  { value: 'other', label: '其他', sign: 0 },
]
export const REASON_NAMES = Object.fromEntries(
  [...ADJUSTMENT_REASONS, { value: 'shortfall', label: '调拨短少' }, { value: 'stocktake', label: '盘点' }]
    .map((r) => [r.value, r.label]))

export const TRANSFER_STATUSES = [
  { value: 'requested', label: '待审批' }, { value: 'approved', label: '已审批' }, { value: 'rejected', label: '已驳回' },
  { value: 'shipped', label: '已发货' }, { value: 'received', label: '已收货' }, { value: 'cancelled', label: '已取消' },
]

export const STOCKTAKE_STATUSES = [
  { value: 'open', label: '盘点中' }, { value: 'submitted', label: '待审核' }, { value: 'posted', label: '已过账' },
  { value: 'cancelled', label: '已取消' },
]

// Every active location; `mine` marks where the caller may change stock.
export const listLocations = () => get('/api/v1/locations')
export const searchSkus = (q) => get('/api/v1/skus', { q, page_size: 10, include_inactive: true })
export const categoryTree = () => get('/api/v1/categories')

export const stockLevels = (query) => get('/admin/api/v1/stock', query)
export const skuBatches = (sku_code, location_code) =>
  get('/api/v1/stock/batches', { sku_code, location_code, include_empty: false })
export const nearExpiry = (query) => get('/api/v1/stock/alerts/near-expiry', query)
export const expiredStock = (query) => get('/api/v1/stock/alerts/expired', query)
export const movements = (query) => get('/api/v1/stock/movements', query)

export const listAdjustments = (query) => get('/api/v1/stock/adjustments', query)
export const createAdjustment = (body) => post('/api/v1/stock/adjustments', body)
export const listCostRequests = (query) => get('/api/v1/stock/adjustment-cost-requests', query)
export const approveCostRequest = (no) => post(`/api/v1/stock/adjustment-cost-requests/${encodeURIComponent(no)}/approve`)
export const rejectCostRequest = (no, reason) =>
  post(`/api/v1/stock/adjustment-cost-requests/${encodeURIComponent(no)}/reject`, { reason })

const T = '/api/v1/transfers'
export const listTransfers = (query) => get(T, query)
export const getTransfer = (no) => get(`${T}/${encodeURIComponent(no)}`)
export const createTransfer = (body) => post(T, body)
export const transferAction = (no, action, body) => post(`${T}/${encodeURIComponent(no)}/${action}`, body)

const S = '/api/v1/stocktakes'
export const listStocktakes = (query) => get(S, query)
export const getStocktake = (no) => get(`${S}/${encodeURIComponent(no)}`)
export const openStocktake = (body) => post(S, body)
export const recordCount = (no, body) => post(`${S}/${encodeURIComponent(no)}/counts`, body)
export const stocktakeAction = (no, action, body) => post(`${S}/${encodeURIComponent(no)}/${action}`, body)
