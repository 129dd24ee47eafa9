const api = require('../../utils/api')
const cart = require('../../utils/cart')
const storeChoice = require('../../utils/store')

function stockText(sku, store) {
  if (!store) return '请选择门店查看库存'
  const n = Number(sku.available || 0)
  return n > 0 ? `有货（可售${n}件）` : '该门店暂时缺货'
}

// Product detail: price, baby stage / age range, stock at the chosen store, add to cart or buy now.
Component({
  data: {
    skuCode: '',
    sku: null,
    store: null,
    stores: [],
    storeIndex: -1,
    stockText: '',
    inStock: false,
    qty: 1,
  },
  methods: {
    onLoad(query) {
      const store = storeChoice.get()
      this.setData({ skuCode: (query && query.sku_code) || '', store })
      return Promise.all([this.loadSku(), this.loadStores()])
    },
    loadSku() {
      const store = this.data.store
      return api.sku(this.data.skuCode, store ? store.code : undefined).then(sku => {
        this.setData({
          sku,
          stockText: stockText(sku, store),
          inStock: !store || Number(sku.available || 0) > 0,
        })
        if (sku.name) wx.setNavigationBarTitle({ title: sku.name })
      }).catch(() => {})
    },
    loadStores() {
      return api.stores().then(res => {
        const stores = res.items || []
        const cur = this.data.store
        this.setData({ stores, storeIndex: cur ? stores.findIndex(s => s.code === cur.code) : -1 })
      }).catch(() => {})
    },
    onStoreChange(e) {
      const idx = Number(e.detail.value)
      const store = this.data.stores[idx]
      if (!store) return Promise.resolve()
      storeChoice.set(store)
      this.setData({ store: { code: store.code, name: store.name }, storeIndex: idx })
      return this.loadSku()
    },
    onQtyChange(e) {
      this.setData({ qty: e.detail.value })
    },
    onAddToCart() {
      if (!this.data.sku) return
      cart.add(this.data.sku, this.data.qty)
      wx.showToast({ title: '已加入购物车', icon: 'success' })
    },
    onBuyNow() {
      const sku = this.data.sku
      if (!sku || !this.data.inStock) return
      cart.setBuyNow({ sku_code: sku.sku_code, name: sku.name, spec: sku.spec || '', image: sku.image || '',
        price_fen: sku.price_fen, qty: this.data.qty })
      wx.navigateTo({ url: '/pages/checkout/checkout?from=buynow' })
    },
  },
})
