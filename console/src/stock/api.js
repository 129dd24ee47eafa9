// Stock: levels by location and batch, the movement journal, adjustments, transfers and stocktakes
// (/api/v1 stock routes, backend/stock/api.py; the HQ stock list /admin/api/v1/stock).
import { get, post } from '../api/http'
import { t } from '../i18n'

export const MOVEMENT_KINDS = [
  { value: 'receipt', label: t('stock.purchaseReceipt') }, { value: 'sale', label: t('stock.sale') }, { value: 'return', label: t('stock.return') },
  { value: 'adjustment', label: t('stock.adjustments') }, { value: 'write_off', label: t('stock.writeOff') },
  { value: 'transfer_out', label: t('stock.transferOut') }, { value: 'transfer_in', label: t('stock.transferIn') },
  { value: 'stocktake', label: t('stock.stocktakeDifference') }, { value: 'reserve', label: t('stock.reserved') }, { value: 'release', label: t('stock.releaseReservation') },
  { value: 'import', label: t('stock.openingImport') },
]

// Reasons a person may choose (a transfer shortfall is written by the receipt only); sign: -1 decrease only,
// 1 increase only, 0 either way.
export const ADJUSTMENT_REASONS = [
  { value: 'damage', label: t('stock.damaged'), sign: -1 }, { value: 'expiry', label: t('stock.reasonExpired'), sign: -1 },
  { value: 'loss', label: t('stock.lost'), sign: -1 }, { value: 'found', label: t('stock.found'), sign: 1 },
  { value: 'correction', label: t('stock.entryCorrection'), sign: 0 }, { value: 'sample', label: t('stock.sampleGift'), sign: -1 },
  { value: 'other', label: t('stock.other'), sign: 0 },
]
export const REASON_NAMES = Object.fromEntries(
  [...ADJUSTMENT_REASONS, { value: 'shortfall', label: t('stock.reasonShortfall') }, { value: 'stocktake', label: t('stock.stocktakes') }]
    .map((r) => [r.value, r.label]))

// The label of a code in one of the lists above; the API's (Chinese) name for a code the list lacks.
export const labelOf = (list, value, fallback) => list.find((x) => x.value === value)?.label ?? fallback

export const TRANSFER_STATUSES = [
  { value: 'requested', label: t('common.pendingApproval') }, { value: 'approved', label: t('common.approved') }, { value: 'rejected', label: t('common.rejected') },
  { value: 'shipped', label: t('stock.shipped') }, { value: 'received', label: t('stock.statusReceived') }, { value: 'cancelled', label: t('common.cancelled') },
]

export const STOCKTAKE_STATUSES = [
  { value: 'open', label: t('stock.counting') }, { value: 'submitted', label: t('stock.awaitingReview') }, { value: 'posted', label: t('stock.posted') },
  { value: 'cancelled', label: t('common.cancelled') },
]

// Every active location; `mine` marks where the caller may change stock.
export const listLocations = () => get('/api/v1/locations')
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

// Stock discrepancies (库存差异): offline counter sales the books no longer had the stock for; a store manager or
// HQ resolves each after a count or a transfer (/admin/api/v1/stock/discrepancies).
export const listDiscrepancies = (query) => get('/admin/api/v1/stock/discrepancies', query)
export const resolveDiscrepancy = (id, note) => post(`/admin/api/v1/stock/discrepancies/${id}/resolve`, { note })
