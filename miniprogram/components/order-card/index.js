// An order in a list: number, status, item summary, total, the latest tracking number and the store's unread
// after-sales replies.
function view(o) {
  const order = o || {}
  const items = order.items || []
  const qty = items.reduce((n, i) => n + (Number(i.qty) || 0), 0)
  const first = items[0]
  const shipments = order.shipments || []
  const last = shipments[shipments.length - 1]
  return {
    summary: first ? (items.length > 1 ? `${first.name} 等${items.length}种商品` : first.name) : '',
    qtyText: `共${qty}件`,
    tracking: last && last.tracking_no ? `${last.carrier_name || last.carrier || '快递'} ${last.tracking_no}` : '',
    unread: order.unread_messages ? `门店回复了 ${order.unread_messages} 条留言` : '',
  }
}

Component({
  properties: {
    order: { type: Object, value: null },
  },
  data: { view: view(null) },
  observers: {
    order(order) {
      this.setData({ view: view(order) })
    },
  },
  methods: {
    onTap() {
      this.triggerEvent('select', { id: this.data.order && this.data.order.id })
    },
  },
})
