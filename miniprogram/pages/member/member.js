const api = require('../../utils/api')
const auth = require('../../utils/auth')
const session = require('../../utils/session')
const { showIfLoggedIn } = require('../../utils/memberPage')
const wxp = require('../../utils/wxp')
const { formatDateTime, formatPointsDelta, formatDate } = require('../../utils/format')
const { careView } = require('../../utils/care')

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
    careTemplateId: '', // subscribe-message template of the children's care reminders ('' = none offered)
    careText: '',
    careOn: false,
  },
  methods: {
    onShow() {
      return showIfLoggedIn(this)
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
        api.mySubscriptions().then(res => this.setData(careView((res.items || [])[0]))),
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
    onPayCode() {
      wx.navigateTo({ url: '/pages/member-code/member-code' })
    },
    onOrders() {
      wx.switchTab({ url: '/pages/orders/orders' })
    },
    // 宝宝成长提醒: WeChat asks the user (must run from a tap); each 允许 lets us send one reminder.
    onSubscribeCare() {
      const tid = this.data.careTemplateId
      if (!tid) return Promise.resolve()
      return wxp.requestSubscribeMessage([tid])
        .then(res => api.recordSubscriptions(res).then(answer => {
          this.setData(careView((answer.items || [])[0]))
          const accepted = res[tid] === 'accept'
          wx.showToast({ title: accepted ? '订阅成功，宝宝到关键月龄时提醒您' : '未订阅成长提醒', icon: accepted ? 'success' : 'none' })
        }))
        .catch(err => {
          if (err && typeof err.errMsg === 'string') wx.showToast({ title: '订阅失败，请稍后重试', icon: 'none' })
        })
    },
    onCouponCentre() {
      wx.navigateTo({ url: '/pages/coupons/coupons' })
    },
    onMyCoupons() {
      wx.navigateTo({ url: '/pages/my-coupons/my-coupons' })
    },
    onChildren() {
      wx.navigateTo({ url: '/pages/children/children' })
    },
    // 个人信息与隐私: see and export my data, delete my account (PIPL)
    onPrivacy() {
      wx.navigateTo({ url: '/pages/privacy/privacy' })
    },
    onStaffMode() {
      wx.navigateTo({ url: '/pages/staff/index/index' })
    },
  },
})
