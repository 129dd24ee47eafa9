import { get, post } from '../api/http'
import { t } from '../i18n'

const BASE = '/admin/api/v1/promotions'

export const KINDS = [
  { value: 'full_reduction', label: t('promotions.kindFullReduction') },
  { value: 'percent_off', label: t('promotions.discount') },
  { value: 'buy_n_get_m', label: t('promotions.kindBuyGet') },
]

export const STATUSES = [
  { value: 'draft', label: t('promotions.draft') },
  { value: 'pending_approval', label: t('common.pendingApproval') },
  { value: 'approved', label: t('common.approved') },
  { value: 'rejected', label: t('common.rejected') },
  { value: 'ended', label: t('common.ended') },
]

export const listPromotions = (query) => get(`${BASE}/`, query)
export const createPromotion = (body) => post(`${BASE}/`, body)
export const submitPromotion = (id) => post(`${BASE}/${id}/submit`)
export const approvePromotion = (id) => post(`${BASE}/${id}/approve`)
export const rejectPromotion = (id, reason) => post(`${BASE}/${id}/reject`, { reason })
export const endPromotion = (id) => post(`${BASE}/${id}/end`)
export { listStores } from '../common/locations'
