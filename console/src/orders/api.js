import { get, post } from '../api/http'

const ADMIN = '/admin/api/v1/orders'
const API = '/api/v1/orders'

export const CHANNELS = [
  { value: 'pos', label: '门店收银' }, { value: 'miniprogram', label: '小程序' }, { value: 'phone', label: '电话订单' },
  { value: 'taobao', label: '淘宝' }, { value: 'jd', label: '京东' }, { value: 'pdd', label: '拼多多' },
  { value: 'douyin', label: '抖音' }, { value: 'kuaishou', label: '快手' }, { value: 'wechat_shop', label: '微信小店' },
  { value: 'live', label: '直播' },
]

export const STATUSES = [
  { value: 'pending', label: '待付款' }, { value: 'paid', label: '已付款' }, { value: 'review', label: '待审核' },
  { value: 'allocated', label: '已分配' },
  { value: 'picking', label: '拣货中' }, { value: 'shipped', label: '已发货' }, { value: 'delivered', label: '已送达' },
  { value: 'completed', label: '已完成' }, { value: 'cancelled', label: '已取消' }, { value: 'returned', label: '已退货' },
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

export const listStores = () => get('/admin/api/v1/locations/', { include_inactive: false })
