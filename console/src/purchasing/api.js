// Purchasing calls: /api/v1/purchasing (suggestions, purchase orders, approval, receiving, suppliers, scorecards).
import { get, post, request } from '../api/http'
import { t } from '../i18n'

const BASE = '/api/v1/purchasing'

export const PO_STATUSES = [
  { value: 'draft', label: t('purchasing.draft'), tag: 'info' },
  { value: 'submitted', label: t('common.pendingApproval'), tag: 'warning' },
  { value: 'approved', label: t('common.approved'), tag: 'success' },
  { value: 'rejected', label: t('common.rejected'), tag: 'danger' },
  { value: 'sent', label: t('purchasing.sentToTheSupplier'), tag: '' },
  { value: 'confirmed', label: t('purchasing.supplierConfirmed'), tag: '' },
  { value: 'partially_received', label: t('purchasing.partlyReceived'), tag: 'warning' },
  { value: 'received', label: t('purchasing.statusReceived'), tag: 'success' },
  { value: 'closed', label: t('purchasing.closed'), tag: 'info' },
  { value: 'cancelled', label: t('common.cancelled'), tag: 'info' },
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
