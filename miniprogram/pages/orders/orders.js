const api = require('../../utils/api')
const session = require('../../utils/session')

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
      const loggedIn = session.isLoggedIn('member')
      this.setData({ loggedIn })
      if (!loggedIn) return Promise.resolve()
      return this.load()
    },
    onPullDownRefresh() {
      return this.load().then(() => wx.stopPullDownRefresh())
    },
    load() {
      this.setData({ loading: true })
      return api.orders(this.data.status)
        .then(res => this.setData({ orders: res.items || [], total: res.total || 0, loading: false }))
        .catch(() => this.setData({ loading: false }))
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
