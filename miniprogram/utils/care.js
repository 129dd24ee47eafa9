// The children's care-reminder subscription as pages show it ({template_id, status, credits} from
// GET /members/me/subscriptions): each 允许 in wx.requestSubscribeMessage lets the backend send one reminder.
function careView(sub) {
  if (!sub) return { careTemplateId: '', careText: '', careOn: false }
  const on = sub.status === 'accept' && sub.credits > 0
  return {
    careTemplateId: sub.template_id,
    careText: on ? `已订阅（还可提醒${sub.credits}次）` : '未订阅',
    careOn: on,
  }
}

module.exports = { careView }
