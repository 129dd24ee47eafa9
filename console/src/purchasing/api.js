// Purchasing calls: /api/v1/purchasing (suggestions, purchase orders, approval, receiving, suppliers, scorecards).
import { get, post, request } from '../api/http'

const BASE = '/api/v1/purchasing'

export const PO_STATUSES = [
  { value: 'draft', label: '草稿', tag: 'info' },
  { value: 'submitted', label: '待审批', tag: 'warning' },
  { value: 'approved', label: '已审批', tag: 'success' },
  { value: 'rejected', label: '已驳回', tag: 'danger' },
  { value: 'sent', label: '已发送供应商', tag: '' },
  { value: 'confirmed', label: '供应商已确认', tag: '' },
  { value: 'partially_received', label: '部分收货', tag: 'warning' },
  { value: 'received', label: '已收货', tag: 'success' },
  { value: 'closed', label: '已关闭', tag: 'info' },
  { value: 'cancelled', label: '已取消', tag: 'info' },
]

export function statusTag(status) {
  return (PO_STATUSES.find((s) => s.value === status) || {}).tag || ''
}

// Locations the caller may see; `mine` marks the ones in a store-bound account's scope.
export const listLocations = () => get('/api/v1/locations')

export const listSuggestions = (locationCode) => get(`${BASE}/suggestions`, { location_code: locationCode })
// quantities: {sku_code: qty} where the buyer changed the suggested quantity
export const draftFromSuggestions = (locationCode, skuCodes, quantities) =>
  post(`${BASE}/suggestions/draft`, { location_code: locationCode, sku_codes: skuCodes, quantities })

export const listOrders = (query) => get(`${BASE}/orders`, query)
// a PO by hand: {supplier_code, location_code, lines: [{sku_code, qty, unit_price_fen}], note, submit}
export const createOrder = (body) => post(`${BASE}/orders`, body)
export const myApprovals = () => get(`${BASE}/approvals`)
export const getOrder = (poNo) => get(`${BASE}/orders/${encodeURIComponent(poNo)}`)
const action = (name) => (poNo, body) => post(`${BASE}/orders/${encodeURIComponent(poNo)}/${name}`, body)
export const submitOrder = action('submit')
export const approveOrder = action('approve')
export const rejectOrder = (poNo, reason) => action('reject')(poNo, { reason })
export const sendOrder = action('send')
export const confirmOrder = (poNo, expectedDate) => action('confirm')(poNo, expectedDate ? { expected_date: expectedDate } : {})
export const closeOrder = action('close')
export const cancelOrder = action('cancel')
export const receiveOrder = action('receipts')

export const getSettings = () => get(`${BASE}/settings`)

export const listSuppliers = () => get(`${BASE}/suppliers`)
export const getSupplier = (code) => get(`${BASE}/suppliers/${encodeURIComponent(code)}`)
export const createSupplier = (body) => post(`${BASE}/suppliers`, body)
export const updateSupplier = (code, body) =>
  request('PATCH', `${BASE}/suppliers/${encodeURIComponent(code)}`, { body })
export const setSupplierProduct = (code, body) =>
  request('PUT', `${BASE}/suppliers/${encodeURIComponent(code)}/products`, { body })
export const supplierScorecard = (code, since) =>
  get(`${BASE}/suppliers/${encodeURIComponent(code)}/scorecard`, { since })

// Who may do what (mirrors the API's authorization table; the API still decides).
export const BUYERS = ['purchaser', 'store_manager', 'hq_admin']
export const READERS = ['purchaser', 'store_manager', 'finance', 'hq_admin']
export const SUPPLIER_ADMINS = ['purchaser', 'hq_admin']
export const APPROVERS = ['store_manager', 'hq_admin']
export const RECEIVERS = ['clerk', 'store_manager', 'purchaser', 'hq_admin']

export function bp(v) {
  return v === null || v === undefined ? '-' : `${(v / 100).toFixed(1)}%`
}
