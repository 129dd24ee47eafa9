const api = require('../../utils/api')
const cart = require('../../utils/cart')

// Home: search, categories and the product grid (paged).
Component({
  data: {
    q: '',
    categories: [],
    activeCategory: '',
    products: [],
    total: 0,
    page: 1,
    loading: false,
    cartCount: 0,
  },
  methods: {
    onLoad() {
      return Promise.all([this.loadCategories(), this.loadProducts(true)])
    },
    onShow() {
      const n = cart.count()
      this.setData({ cartCount: n })
      if (n > 0) wx.setTabBarBadge && wx.setTabBarBadge({ index: 1, text: String(n), fail() {} })
      else wx.removeTabBarBadge && wx.removeTabBarBadge({ index: 1, fail() {} })
    },
    onPullDownRefresh() {
      return this.loadProducts(true).then(() => wx.stopPullDownRefresh())
    },
    onReachBottom() {
      if (this.data.loading || this.data.products.length >= this.data.total) return Promise.resolve()
      return this.loadProducts(false)
    },
    loadCategories() {
      return api.categories().then(res => this.setData({ categories: res.items || [] })).catch(() => {})
    },
    loadProducts(reset) {
      const page = reset ? 1 : this.data.page + 1
      this.setData({ loading: true })
      return api
        .products({ category_id: this.data.activeCategory, q: this.data.q, page })
        .then(res => {
          const items = res.items || []
          this.setData({
            products: reset ? items : this.data.products.concat(items),
            total: res.total || 0,
            page,
            loading: false,
          })
        })
        .catch(() => this.setData({ loading: false }))
    },
    onSearchInput(e) {
      this.setData({ q: e.detail.value })
    },
    onSearch() {
      return this.loadProducts(true)
    },
    onCategoryTap(e) {
      const id = e.currentTarget.dataset.id
      this.setData({ activeCategory: id === undefined ? '' : id })
      return this.loadProducts(true)
    },
    onSelect(e) {
      wx.navigateTo({ url: `/pages/product/product?sku_code=${encodeURIComponent(e.detail.sku_code)}` })
    },
    onAdd(e) {
      cart.add(e.detail.sku, 1)
      wx.showToast({ title: '已加入购物车', icon: 'success' })
      this.onShow()
    },
  },
})
