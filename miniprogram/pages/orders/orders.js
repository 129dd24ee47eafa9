const api = require('../../utils/api')
const { showIfLoggedIn, loadList } = require('../../utils/memberPage')

// Status filters; a filter may name several statuses (comma-separated, as GET /orders?status= accepts).
const TABS = [
  { key: '', label: '全部' },
  { key: 'pending', label: '待付款' },
  { key: 'paid,allocated,picking', label: '待发货' },
  { key: 'shipped', label: '待收货' },
  { key: 'delivered,completed', label: '已完成' },
]

Component({
  data: {
    tabs: TABS,
    status: '',
    orders: [],
    total: 0,
    loading: false,
    loggedIn: true,
  },
  methods: {
    onLoad(query) {
      if (query && query.status !== undefined) this.setData({ status: query.status })
    },
    onShow() {
      return showIfLoggedIn(this)
    },
    onPullDownRefresh() {
      return this.load().then(() => wx.stopPullDownRefresh())
    },
    load() {
      return loadList(this, () => api.orders(this.data.status), res => ({ orders: res.items || [], total: res.total || 0 }))
    },
    onTab(e) {
      this.setData({ status: e.currentTarget.dataset.key })
      return this.load()
    },
    onSelect(e) {
      wx.navigateTo({ url: `/pages/order-detail/order-detail?id=${e.detail.id}` })
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
  },
})
