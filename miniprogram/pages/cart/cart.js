const cart = require('../../utils/cart')

// Cart kept on the device; the server prices everything again at checkout.
Component({
  data: { items: [], allChecked: false, totalFen: 0, checkedCount: 0 },
  methods: {
    onShow() {
      this.refresh()
    },
    refresh(list) {
      const items = list || cart.items()
      const checked = items.filter(i => i.checked)
      this.setData({
        items,
        allChecked: items.length > 0 && checked.length === items.length,
        totalFen: cart.totalFen(checked),
        checkedCount: checked.reduce((n, i) => n + i.qty, 0),
      })
    },
    onToggle(e) {
      this.refresh(cart.toggle(e.currentTarget.dataset.sku))
    },
    onToggleAll() {
      this.refresh(cart.toggle('*', !this.data.allChecked))
    },
    onQtyChange(e) {
      this.refresh(cart.setQty(e.currentTarget.dataset.sku, e.detail.value))
    },
    onRemove(e) {
      this.refresh(cart.remove(e.currentTarget.dataset.sku))
    },
    onCheckout() {
      if (this.data.checkedCount === 0) {
        wx.showToast({ title: '请选择要结算的商品', icon: 'none' })
        return
      }
      wx.navigateTo({ url: '/pages/checkout/checkout?from=cart' })
    },
    onGoShopping() {
      wx.switchTab({ url: '/pages/index/index' })
    },
  },
})
