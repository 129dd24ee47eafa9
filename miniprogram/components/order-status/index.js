const { orderStatusLabel } = require('../../utils/format')

// <order-status status="shipped" /> renders 已发货 with a colour per status.
Component({
  properties: {
    status: { type: String, value: '' },
  },
  data: { label: '' },
  observers: {
    status(status) {
      this.setData({ label: orderStatusLabel(status) })
    },
  },
  lifetimes: {
    attached() {
      this.setData({ label: orderStatusLabel(this.data.status) })
    },
  },
})
