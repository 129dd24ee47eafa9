const api = require('../../utils/api')
const { showIfLoggedIn, loadList } = require('../../utils/memberPage')

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
      return showIfLoggedIn(this)
    },
    onPullDownRefresh() {
      return this.onShow().then(() => wx.stopPullDownRefresh())
    },
    load() {
      return loadList(this, () => api.myCoupons(this.data.status), res => ({ coupons: res.items || [] }))
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
