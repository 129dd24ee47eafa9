// The marketing (CRM) pages' calls: /admin/api/v1/crm (segments, campaigns, deliveries, consent).
import { get, post, put } from '../api/http'

const BASE = '/admin/api/v1/crm'

export const LEVELS = ['normal', 'silver', 'gold', 'platinum']
export const CHILD_STAGES = ['pregnancy', 'stage1', 'stage2', 'stage3', 'stage4']
export const CHANNELS = ['sms', 'email']
export const CAMPAIGN_STATUSES = ['draft', 'pending_approval', 'approved', 'sending', 'done', 'rejected', 'cancelled']
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'skipped']
export const CONSENT_SOURCES = ['counter', 'admin', 'miniprogram', 'import']

export const listSegments = (query) => get(`${BASE}/segments`, query)
export const createSegment = (body) => post(`${BASE}/segments`, body)
export const updateSegment = (id, body) => put(`${BASE}/segments/${id}`, body)
export const previewSegment = (id) => get(`${BASE}/segments/${id}/preview`)
export const previewRule = (rule) => post(`${BASE}/segments/preview`, rule)

export const listCampaigns = (query) => get(`${BASE}/campaigns`, query)
export const getCampaign = (id) => get(`${BASE}/campaigns/${id}`)
export const createCampaign = (body) => post(`${BASE}/campaigns`, body)
export const updateCampaign = (id, body) => put(`${BASE}/campaigns/${id}`, body)
export const submitCampaign = (id) => post(`${BASE}/campaigns/${id}/submit`)
export const approveCampaign = (id) => post(`${BASE}/campaigns/${id}/approve`)
export const rejectCampaign = (id, reason) => post(`${BASE}/campaigns/${id}/reject`, { reason })
export const cancelCampaign = (id) => post(`${BASE}/campaigns/${id}/cancel`)
export const listDeliveries = (id, query) => get(`${BASE}/campaigns/${id}/deliveries`, query)
export const todayResults = () => get(`${BASE}/today`)

export const memberConsent = (memberId) => get(`${BASE}/members/${memberId}/consent`)
export const setMemberConsent = (memberId, body) => put(`${BASE}/members/${memberId}/consent`, body)
export const setMemberEmail = (memberId, email) => put(`${BASE}/members/${memberId}/email`, { email })

export { listStores } from '../common/locations'

// A saved rule in words for the segment list ("金卡、铂金 · 积分 ≥ 500").
export function ruleParts(rule, t) {
  const parts = []
  const sep = t('common.listSep')
  if (rule.all_members) parts.push(t('crm.allMembers'))
  if (rule.levels?.length) parts.push(rule.levels.map((l) => t(`crm.level.${l}`)).join(sep))
  if (rule.tags?.length) parts.push(t('crm.ruleTags', { p0: rule.tags.join(sep) }))
  if (rule.store_codes?.length) parts.push(t('crm.ruleStores', { p0: rule.store_codes.join(sep) }))
  if (rule.child_stages?.length) parts.push(rule.child_stages.map((s) => t(`crm.stage.${s}`)).join(sep))
  if (rule.purchased_within_days) parts.push(t('crm.rulePurchasedWithin', { p0: rule.purchased_within_days }))
  if (rule.lapsed_days) parts.push(t('crm.ruleLapsed', { p0: rule.lapsed_days }))
  if (rule.points_min != null) parts.push(t('crm.rulePointsMin', { p0: rule.points_min }))
  if (rule.points_max != null) parts.push(t('crm.rulePointsMax', { p0: rule.points_max }))
  return parts
}
