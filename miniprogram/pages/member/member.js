const api = require('../../utils/api')
const auth = require('../../utils/auth')
const session = require('../../utils/session')
const { formatDateTime, formatPointsDelta, formatDate } = require('../../utils/format')

function childView(c) {
  return Object.assign({}, c, {
    birthdayText: c.birthday ? formatDate(c.birthday) : '',
    stageText: c.stage_name || c.stage || '',
  })
}

// Member centre: member card (level, points, balance), coupons, points ledger, children, staff-mode entry.
Component({
  data: {
    loggedIn: false,
    member: null,
    children: [],
    tab: 'coupons', // coupons | points
    coupons: [],
    pointsItems: [],
    pointsBalance: 0,
    hasPhone: false,
  },
  methods: {
    onShow() {
      const loggedIn = session.isLoggedIn('member')
      this.setData({ loggedIn })
      if (!loggedIn) return Promise.resolve()
      return this.load()
    },
    onPullDownRefresh() {
      return this.onShow().then(() => wx.stopPullDownRefresh())
    },
    load() {
      return Promise.all([
        api.me().then(member => {
          session.setProfile('member', member)
          this.setData({
            member,
            hasPhone: !!member.phone_masked,
            children: (member.children || []).map(childView),
          })
        }),
        api.myCoupons().then(res => this.setData({ coupons: res.items || [] })),
        api.myPoints().then(res => this.setData({
          pointsBalance: Number(res.balance || 0),
          pointsItems: (res.items || []).map((p, i) => ({
            key: p.id || `${p.created_at}-${i}`,
            deltaText: formatPointsDelta(p.delta),
            positive: Number(p.delta) > 0,
            reason: p.reason,
            timeText: formatDateTime(p.created_at),
          })),
        })),
      ]).catch(() => {})
    },
    onTab(e) {
      this.setData({ tab: e.currentTarget.dataset.tab })
    },
    onShowPoints() {
      this.setData({ tab: 'points' })
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
    onGetPhoneNumber(e) {
      return auth.bindPhoneFromEvent(e)
        .then(res => {
          if (res && res.access_token) session.setTokens('member', res)
          wx.showToast({ title: '手机号已绑定', icon: 'success' })
          return this.load()
        })
        .catch(err => {
          if (err && err.cancelled) wx.showToast({ title: '已取消授权手机号', icon: 'none' })
        })
    },
    onOrders() {
      wx.switchTab({ url: '/pages/orders/orders' })
    },
    onStaffMode() {
      wx.navigateTo({ url: '/pages/staff/index/index' })
    },
  },
})
