// What the signed-in user may do with a campaign (the API decides; these only choose the buttons shown):
// submit a draft, approve or reject one pending (HQ, never its maker or submitter), edit a draft or rejected one,
// cancel it before it starts sending.
import { askReason, attempt, confirmed } from '../common/useConfirmAction'
import { t } from '../i18n'
import { approveCampaign, cancelCampaign, rejectCampaign, submitCampaign } from './api'

export function canApprove(c, me) {
  return !!me && me.role === 'hq_admin' && c.status === 'pending_approval' && c.created_by_id !== me.id
    && c.submitted_by_id !== me.id
}
export const canSubmit = (c) => c.status === 'draft'
export const canEdit = (c) => c.status === 'draft' || c.status === 'rejected'
export const canCancel = (c) => ['draft', 'pending_approval', 'approved'].includes(c.status)
export const waitsForOther = (c, me) => c.status === 'pending_approval' && !canApprove(c, me)

export function statusTag(status) {
  return { draft: 'info', pending_approval: 'warning', approved: 'primary', sending: 'primary', done: 'success',
    rejected: 'danger', cancelled: 'info' }[status] || ''
}

export const submit = (c) => attempt(() => submitCampaign(c.id), t('crm.submitted'))
export const approve = (c) => attempt(() => approveCampaign(c.id), t('crm.approvedMsg'))

export async function cancel(c) {
  if (!(await confirmed(t('crm.cancelConfirm', { p0: c.name }), t('crm.cancelCampaign'), { confirmText: t('crm.cancelCampaign') }))) return false
  return attempt(() => cancelCampaign(c.id), t('crm.cancelled'))
}

export async function reject(c) {
  const reason = await askReason(t('common.pleaseGiveAReason2'), t('crm.rejectCampaign'), { confirmText: t('common.reject') })
  if (reason === null) return false
  return attempt(() => rejectCampaign(c.id, reason), t('common.rejected'))
}
