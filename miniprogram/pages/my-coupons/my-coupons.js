const api = require('../../utils/api')
const session = require('../../utils/session')

const TABS = [
  { key: 'available', label: '可使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
]

// 我的优惠券: the member's coupons by status (GET /members/me/coupons?status=); use them at checkout.
Component({
  data: {
    tabs: TABS,
    status: 'available',
    coupons: [],
    loading: false,
    loggedIn: true,
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
      this.setData({ loading: true })
      return api.myCoupons(this.data.status)
        .then(res => this.setData({ coupons: res.items || [], loading: false }))
        .catch(() => this.setData({ loading: false }))
    },
    onTab(e) {
      this.setData({ status: e.currentTarget.dataset.key, coupons: [] })
      return this.load()
    },
    onCentre() {
      wx.navigateTo({ url: '/pages/coupons/coupons' })
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
  },
})
