import { get, post, put } from '../api/http'
import { t } from '../i18n'

const ADMIN = '/admin/api/v1/orders'
const API = '/api/v1/orders'

export const CHANNELS = [
  { value: 'pos', label: t('common.inStorePos') }, { value: 'miniprogram', label: t('common.miniProgram') }, { value: 'phone', label: t('common.phoneOrder') },
  { value: 'taobao', label: t('common.taobao') }, { value: 'jd', label: t('common.jd') }, { value: 'pdd', label: t('common.pinduoduo') },
  { value: 'douyin', label: t('common.douyin') }, { value: 'kuaishou', label: t('common.kuaishou') }, { value: 'wechat_shop', label: t('common.wechatShop') },
  { value: 'live', label: t('common.live') },
]

export const STATUSES = [
  { value: 'pending', label: t('orders.awaitingPayment') }, { value: 'paid', label: t('orders.statusPaid') }, { value: 'review', label: t('orders.statusReview') }, { value: 'allocated', label: t('orders.allocated') },
  { value: 'picking', label: t('orders.picking') }, { value: 'shipped', label: t('orders.shippedDone') }, { value: 'delivered', label: t('orders.delivered') },
  { value: 'completed', label: t('orders.completed') }, { value: 'cancelled', label: t('common.cancelled') }, { value: 'returned', label: t('orders.statusReturned') },
]
const STATUS_NAMES = Object.fromEntries(STATUSES.map((s) => [s.value, s.label]))
export const statusName = (s) => STATUS_NAMES[s] || s || '-'

export function statusTag(s) {
  return { pending: 'warning', paid: 'primary', allocated: 'primary', picking: 'primary', shipped: 'primary',
    delivered: 'primary', completed: 'success', cancelled: 'info', returned: 'danger' }[s] || 'info'
}

// Search (admin API: HQ, finance, store managers within their stores).
export const listOrders = (query) => get(`${ADMIN}/`, query)
export const getOrder = (id) => get(`${ADMIN}/${id}`)

// Actions (the public API; the authorization table decides who may do what).
export const shipOrder = (id, body) => post(`${API}/${id}/ship`, body)
export const deliverOrder = (id) => post(`${API}/${id}/deliver`)
export const completeOrder = (id) => post(`${API}/${id}/complete`)
export const cancelOrder = (id, reason) => post(`${API}/${id}/cancel`, { reason })
export const refundOrder = (id, body) => post(`${API}/${id}/refunds`, body)
export const createReturn = (id, body) => post(`${API}/${id}/returns`, body)
export const approveReturn = (id, rmaId) => post(`${API}/${id}/returns/${rmaId}/approve`)
export const rejectReturn = (id, rmaId, reason) => post(`${API}/${id}/returns/${rmaId}/reject`, { reason })
export const receiveReturn = (id, rmaId, lines) => post(`${API}/${id}/returns/${rmaId}/receive`, lines ? { lines } : {})
export const payOrder = (id, body) => post(`${API}/${id}/pay`, body)
// 换货: an RMA for the returned units and a linked replacement order (routes of the public API)
export const createExchange = (id, body) => post(`${API}/${id}/exchanges`, body)
export const approveExchange = (id, exId) => post(`${API}/${id}/exchanges/${exId}/approve`)
export const rejectExchange = (id, exId, reason) => post(`${API}/${id}/exchanges/${exId}/reject`, { reason })
export const receiveExchange = (id, exId) => post(`${API}/${id}/exchanges/${exId}/receive`)
export const approveRefundRequest = (id, note) => post(`${API}/${id}/refund-request/approve`, { note })
export const rejectRefundRequest = (id, note) => post(`${API}/${id}/refund-request/reject`, { note })

const REVIEWS = '/admin/api/v1/order-reviews'
export const listReviews = (query) => get(`${REVIEWS}/`, query)
export const releaseHeld = (id, reason) => post(`${REVIEWS}/${id}/release`, { reason })
export const cancelHeld = (id, reason) => post(`${REVIEWS}/${id}/cancel`, { reason })
// held orders of one buyer to one address -> parcels, one per shipping location ({ parcels: [{ merge_no, ... }] })
export const mergeHeld = (orderIds, reason) => post(`${REVIEWS}/merge`, { order_ids: orderIds, reason })
export const listRules = () => get(`${REVIEWS}/rules`)
export const putRule = (kind, body) => put(`${REVIEWS}/rules/${kind}`, body)

export const listStores = () => get('/admin/api/v1/locations/', { include_inactive: false })

// offline counter sales charged below the price list of their moment (离线售价差异), and closing one
export const listPriceVariances = (query) => get(`${ADMIN}/offline-price-variances`, query)
export const reviewPriceVariance = (id, note) => post(`${ADMIN}/offline-price-variances/${id}/review`, { note })
