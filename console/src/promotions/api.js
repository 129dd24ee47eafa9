import { get, post } from '../api/http'

const BASE = '/admin/api/v1/promotions'

export const KINDS = [
  { value: 'full_reduction', label: '满减' },
  { value: 'percent_off', label: '折扣' },
  { value: 'buy_n_get_m', label: '买赠' },
]

export const STATUSES = [
  { value: 'draft', label: '草稿' },
  { value: 'pending_approval', label: '待审批' },
  { value: 'approved', label: '已审批' },
  { value: 'rejected', label: '已驳回' },
  { value: 'ended', label: '已结束' },
]

export const listPromotions = (query) => get(`${BASE}/`, query)
export const createPromotion = (body) => post(`${BASE}/`, body)
export const submitPromotion = (id) => post(`${BASE}/${id}/submit`)
export const approvePromotion = (id) => post(`${BASE}/${id}/approve`)
export const rejectPromotion = (id, reason) => post(`${BASE}/${id}/reject`, { reason })
export const endPromotion = (id) => post(`${BASE}/${id}/end`)
export const listStores = () => get('/admin/api/v1/locations/', { kind: 'store', include_inactive: false })
