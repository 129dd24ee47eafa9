const api = require('../../utils/api')
const { showIfLoggedIn, loadList } = require('../../utils/memberPage')
const { couponValueText, couponConditionText, formatDate } = require('../../utils/format')

// One claimable template (GET /coupons/available) as the coupon centre shows it.
function templateView(t) {
  let validity = ''
  if (t.valid_days) validity = `领取后${t.valid_days}天内有效`
  if (t.valid_to) validity = validity ? `${validity}，最晚${formatDate(t.valid_to)}` : `${formatDate(t.valid_to)}前有效`
  let action = '立即领取'
  if (!t.can_claim) action = t.remaining === 0 ? '已抢光' : '已领取'
  return {
    id: t.id,
    name: t.name,
    description: t.description || '',
    valueText: couponValueText(t),
    conditionText: couponConditionText(t),
    capText: t.kind === 'discount' && t.max_discount_fen ? `最多减${couponValueText({ amount_fen: t.max_discount_fen })}` : '',
    validity,
    remainingText: t.remaining === null || t.remaining === undefined ? '' : `剩余${t.remaining}张`,
    limitText: t.per_member_limit > 1 ? `每人限领${t.per_member_limit}张，已领${t.claimed}张` : '',
    canClaim: !!t.can_claim,
    action,
  }
}

// 领券中心: the coupons shoppers may claim; the quota and the per-member limit are decided by the server (409
// answers are shown as the server words them).
Component({
  data: {
    loggedIn: true,
    items: [],
    loading: false,
    claiming: 0, // template id being claimed
  },
  methods: {
    onShow() {
      return showIfLoggedIn(this)
    },
    onPullDownRefresh() {
      return this.onShow().then(() => wx.stopPullDownRefresh())
    },
    load() {
      return loadList(this, () => api.couponCentre(), res => ({ items: (res.items || []).map(templateView) }))
    },
    onClaim(e) {
      const id = Number(e.currentTarget.dataset.id)
      return api.claimCoupon(id)
        .then(() => {
          wx.showToast({ title: '领取成功', icon: 'success' })
          return this.load()
        })
        .catch(err => {
          // the server's message was shown as a toast (限领 / 已领完); show the list as it is now
          if (err && err.statusCode === 409) return this.load()
          return null
        })
    },
    onMyCoupons() {
      wx.navigateTo({ url: '/pages/my-coupons/my-coupons' })
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
  },
})
