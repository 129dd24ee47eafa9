const { couponValueText, couponConditionText, couponStatusLabel, formatDate } = require('../../utils/format')

// One coupon: value (¥10.00 or 8.5折), condition (满¥100.00可用), expiry, status; optionally selectable.
function view(c) {
  const coupon = c || {}
  return {
    name: coupon.name || '',
    valueText: couponValueText(coupon),
    conditionText: couponConditionText(coupon),
    expiresText: coupon.expires_at ? `${formatDate(coupon.expires_at)} 到期` : '长期有效',
    statusLabel: couponStatusLabel(coupon.status),
    usable: !coupon.status || coupon.status === 'available',
  }
}

Component({
  properties: {
    coupon: { type: Object, value: null },
    selectable: { type: Boolean, value: false },
    selected: { type: Boolean, value: false },
  },
  data: { view: view(null) },
  observers: {
    coupon(coupon) {
      this.setData({ view: view(coupon) })
    },
  },
  methods: {
    onTap() {
      if (!this.data.selectable || !this.data.view.usable) return
      this.triggerEvent('select', { coupon: this.data.coupon })
    },
  },
})
