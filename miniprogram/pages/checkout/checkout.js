const api = require('../../utils/api')
const cart = require('../../utils/cart')
const storeChoice = require('../../utils/store')
const wxp = require('../../utils/wxp')
const { formatFen } = require('../../utils/format')
const { newIdempotencyKey } = require('../../utils/request')

function addressText(a) {
  if (!a) return ''
  return `${a.province || ''}${a.city || ''}${a.district || ''}${a.detail || ''}`
}

// Checkout: delivery address or store pickup, coupon, points, server-side price preview, order + WeChat Pay.
Component({
  data: {
    from: 'cart',
    lines: [],
    mode: 'delivery', // delivery | pickup
    address: null,
    addressText: '',
    store: null,
    stores: [],
    storeIndex: -1,
    coupons: [],
    couponId: null,
    pointsBalance: 0,
    usePoints: false,
    preview: null,
    discounts: [],
    pointsDeductText: '',
    submitting: false,
  },
  methods: {
    onLoad(query) {
      const from = (query && query.from) || 'cart'
      const lines = (from === 'buynow' ? cart.takeBuyNow() : cart.checkedItems()) || []
      this.idempotencyKey = newIdempotencyKey('mp')
      this.setData({ from, lines, store: storeChoice.get() })
      return Promise.all([this.loadCoupons(), this.loadMember(), this.loadStores()]).then(() => this.refreshPreview())
    },
    loadCoupons() {
      return api.myCoupons('available')
        .then(res => this.setData({ coupons: (res.items || []).filter(c => !c.status || c.status === 'available') }))
        .catch(() => {})
    },
    loadMember() {
      return api.me().then(me => this.setData({ pointsBalance: Number(me.points || 0) })).catch(() => {})
    },
    loadStores() {
      return api.stores().then(res => {
        const stores = res.items || []
        const cur = this.data.store
        this.setData({ stores, storeIndex: cur ? stores.findIndex(s => s.code === cur.code) : -1 })
      }).catch(() => {})
    },
    body() {
      const d = this.data
      const body = { items: d.lines.map(l => ({ sku_code: l.sku_code, qty: l.qty })) }
      if (d.couponId) body.coupon_id = d.couponId
      if (d.usePoints && d.pointsBalance > 0) body.points = d.pointsBalance
      if (d.store) body.location_code = d.store.code
      return body
    },
    refreshPreview() {
      if (this.data.lines.length === 0) return Promise.resolve()
      return api.checkoutPreview(this.body()).then(preview => {
        this.setData({
          preview,
          discounts: (preview.discounts || []).map(d => ({ label: d.label, amountText: `-${formatFen(d.amount_fen)}` })),
          pointsDeductText: preview.points_used ? `已用${preview.points_used}积分` : '',
        })
      }).catch(() => {})
    },
    onModeChange(e) {
      this.setData({ mode: e.currentTarget.dataset.mode })
    },
    onChooseAddress() {
      return wxp.chooseAddress().then(a => {
        const address = {
          name: a.userName, phone: a.telNumber, province: a.provinceName, city: a.cityName,
          district: a.countyName, detail: a.detailInfo, postal_code: a.postalCode || '',
        }
        this.setData({ address, addressText: addressText(address) })
      }).catch(err => {
        if (!wxp.isCancel(err)) wx.showToast({ title: '无法获取收货地址', icon: 'none' })
      })
    },
    onStoreChange(e) {
      const idx = Number(e.detail.value)
      const store = this.data.stores[idx]
      if (!store) return Promise.resolve()
      storeChoice.set(store)
      this.setData({ store: { code: store.code, name: store.name }, storeIndex: idx })
      return this.refreshPreview()
    },
    onSelectCoupon(e) {
      const id = e.detail.coupon.id
      this.setData({ couponId: this.data.couponId === id ? null : id })
      return this.refreshPreview()
    },
    onTogglePoints() {
      this.setData({ usePoints: !this.data.usePoints })
      return this.refreshPreview()
    },
    onSubmit() {
      const d = this.data
      if (d.submitting || d.lines.length === 0) return Promise.resolve()
      if (d.mode === 'delivery' && !d.address) {
        wx.showToast({ title: '请选择收货地址', icon: 'none' })
        return Promise.resolve()
      }
      if (d.mode === 'pickup' && !d.store) {
        wx.showToast({ title: '请选择自提门店', icon: 'none' })
        return Promise.resolve()
      }
      const body = Object.assign({ channel: 'miniprogram' }, this.body())
      if (d.preview && d.usePoints) body.points = d.preview.points_used || 0
      if (body.points === 0) delete body.points
      body.pickup = d.mode === 'pickup'
      if (d.mode === 'delivery') body.address = d.address
      this.setData({ submitting: true })
      let order
      return api.createOrder(body, this.idempotencyKey)
        .then(res => {
          order = res.order
          if (d.from === 'cart') cart.remove(d.lines.map(l => l.sku_code))
          else cart.setBuyNow(null)
          if (order.status !== 'pending' || !order.total_fen) return { paid: order.status !== 'pending' }
          return api.payWechat(order.id)
            .then(params => wxp.requestPayment(params))
            .then(() => ({ paid: true }))
            .catch(err => {
              if (wxp.isCancel(err)) wx.showToast({ title: '支付已取消', icon: 'none' })
              return { paid: false }
            })
        })
        .then(result => {
          this.setData({ submitting: false })
          if (result.paid) wx.showToast({ title: '支付成功', icon: 'success' })
          wx.redirectTo({ url: `/pages/order-detail/order-detail?id=${order.id}` })
        })
        .catch(() => this.setData({ submitting: false }))
    },
  },
})
