const api = require('../../utils/api')
const { newIdempotencyKey } = require('../../utils/request')
const wxp = require('../../utils/wxp')
const { formatFen, formatDateTime, returnStatusLabel } = require('../../utils/format')

const RETURNABLE = ['shipped', 'delivered', 'completed']
const RETURN_REASONS = ['不想要了', '商品破损', '商品与描述不符', '发错货', '临期或过期', '其他']
const REFUND_REASONS = ['不想要了', '拍错了/多拍了', '地址填写错误', '门店缺货', '其他']
const EXCHANGE_STATUS = { requested: '待审核', approved: '待寄回', settled: '已换货', rejected: '已拒绝' }

function differenceText(fen) {
  if (fen > 0) return `需补差价${formatFen(fen)}`
  if (fen < 0) return `退还差价${formatFen(-fen)}`
  return '无差价'
}

function decorate(order) {
  const returns = (order.returns || []).map(r => Object.assign({}, r, {
    statusLabel: returnStatusLabel(r.status),
    refundText: r.refund_fen ? formatFen(r.refund_fen) : '',
  }))
  const shipments = (order.shipments || []).map(s => Object.assign({}, s, {
    carrierText: s.carrier_name || s.carrier || '快递',
    shippedText: formatDateTime(s.shipped_at),
  }))
  const returnable = RETURNABLE.indexOf(order.status) >= 0
  const items = (order.items || []).map(i => Object.assign({}, i, {
    returnedText: i.qty_returned ? `已退${i.qty_returned}件` : '',
    returnableText: returnable && i.returnable_qty !== undefined ? `可退${i.returnable_qty}件` : '',
    canExchange: returnable && i.returnable_qty > 0,
  }))
  const exchanges = (order.exchanges || []).map(x => Object.assign({}, x, {
    statusLabel: x.status_name || EXCHANGE_STATUS[x.status] || x.status,
    text: `换成${x.sku_name}，${differenceText(x.difference_fen)}${x.owed_fen > 0 && x.status === 'settled' ? '，待支付' : ''}`,
  }))
  return {
    order,
    items,
    createdText: formatDateTime(order.created_at),
    pointsText: order.points_used ? `${order.points_used}积分` : '',
    discounts: (order.discounts || []).map(d => ({ label: d.label, amountText: `-${formatFen(d.amount_fen)}` })),
    returns,
    exchanges,
    shipments,
    canPay: order.status === 'pending',
    // 取消订单 only while unpaid; a paid order not yet picked offers 申请退款 (the server says which)
    canCancel: order.can_cancel !== undefined ? !!order.can_cancel : order.status === 'pending',
    canRequestRefund: !!order.can_request_refund,
    refundRequestText: order.refund_request ? `退款申请：${order.refund_request.status_name}`
      + (order.refund_request.decision_note ? `（${order.refund_request.decision_note}）` : '') : '',
    refunds: (order.refunds || []).map(r => Object.assign({}, r, {
      amountText: formatFen(r.amount_fen),
      statusText: r.status_name || '已退款',
      methodText: r.method_name ? `原路退回${r.method_name}` : '',
    })),
    canReturn: returnable && items.some(i => i.returnable_qty === undefined || i.returnable_qty > 0),
    unreadText: order.unread_messages ? `${order.unread_messages}条新回复` : '',
    deliveryText: order.pickup ? `门店自提${order.location_name ? `（${order.location_name}）` : ''}` : '快递配送',
    addressText: order.address
      ? `${order.address.name || ''} ${order.address.phone || ''} ${order.address.province || ''}${order.address.city || ''}${order.address.district || ''}${order.address.detail || ''}`.trim()
      : '',
  }
}

// The after-sales thread (GET/POST /orders/<id>/messages): the shopper's own messages on the right, the store's
// on the left, each with its time.
function decorateThread(thread) {
  return {
    messages: (thread.messages || []).map(m => Object.assign({}, m, {
      timeText: formatDateTime(m.created_at),
      rmaText: m.rma_no ? `关于退货单 ${m.rma_no}` : '',
    })),
    canPost: !!thread.can_post,
    closedReason: thread.closed_reason || '',
  }
}

// Order detail: items, amounts, tracking, pay / cancel (unpaid) / refund request (paid, not picked), a return
// request form (shipped), refunds with their state, and messages with the store.
Component({
  data: {
    id: '',
    order: null,
    returnForm: null, // {lines: [{order_item_id, name, max, qty, checked}], reasonIndex}
    exchangeForm: null, // {item_id, name, options: [{sku_code, label}], index, key}
    reasons: RETURN_REASONS,
    messages: [],
    canPost: false,
    closedReason: '',
    draft: '',
    sending: false,
  },
  methods: {
    onLoad(query) {
      this.setData({ id: (query && query.id) || '' })
      return this.load()
    },
    load() {
      return api.order(this.data.id).then(res => {
        this.setData(decorate(res.order))
        return this.loadMessages()
      }).catch(() => {})
    },
    loadMessages() {
      return api.orderMessages(this.data.id).then(thread => this.setData(decorateThread(thread))).catch(() => {})
    },
    onDraftInput(e) {
      this.setData({ draft: e.detail.value })
    },
    onSendMessage() {
      const body = (this.data.draft || '').trim()
      if (!body) {
        wx.showToast({ title: '请输入留言内容', icon: 'none' })
        return Promise.resolve()
      }
      if (this.data.sending) return Promise.resolve()
      this.setData({ sending: true })
      // One Idempotency-Key per text: sending the same draft again (the answer was lost) stores it once.
      if (!this._messageKey || this._messageKey.body !== body) this._messageKey = { body, key: newIdempotencyKey('msg') }
      // On failure (e.g. too many messages today) the request layer shows the server's message; the draft stays.
      return api.postOrderMessage(this.data.order.id, body, undefined, this._messageKey.key).then(thread => {
        this._messageKey = null
        this.setData(Object.assign(decorateThread(thread), { draft: '', sending: false }))
        wx.showToast({ title: '留言已发送', icon: 'success' })
      }).catch(() => this.setData({ sending: false }))
    },
    onPay() {
      return api.payWechat(this.data.order.id)
        .then(params => wxp.requestPayment(params))
        .then(() => {
          wx.showToast({ title: '支付成功', icon: 'success' })
          return this.load()
        })
        .catch(err => {
          if (wxp.isCancel(err)) wx.showToast({ title: '支付已取消', icon: 'none' })
        })
    },
    onCancel() {
      return wxp.showModal({ title: '取消订单', content: '确定要取消这个未付款的订单吗？' })
        .then(res => {
          if (!res.confirm) return null
          return api.cancelOrder(this.data.order.id).then(() => {
            wx.showToast({ title: '订单已取消', icon: 'success' })
            return this.load()
          })
        })
        .catch(() => {})
    },
    onRequestRefund() {
      return wxp.showActionSheet({ itemList: REFUND_REASONS })
        .then(res => api.requestRefund(this.data.order.id, REFUND_REASONS[res.tapIndex]))
        .then(res => {
          const done = res && res.order && res.order.status === 'cancelled'
          wx.showToast({ title: done ? '已同意退款，款项原路退回' : '退款申请已提交，等待门店处理', icon: 'none' })
          return this.load()
        })
        .catch(() => {})
    },
    onOpenReturn() {
      const lines = (this.data.order.items || []).map(i => {
        const max = i.returnable_qty !== undefined ? i.returnable_qty : i.qty
        return { order_item_id: i.id, name: i.name, max, qty: max > 0 ? 1 : 0, checked: false }
      }).filter(l => l.max > 0)
      if (lines.length === 0) {
        wx.showToast({ title: '没有可退的商品', icon: 'none' })
        return
      }
      this.setData({ returnForm: { lines, reasonIndex: 0 } })
    },
    onCloseReturn() {
      this.setData({ returnForm: null })
    },
    onReturnToggle(e) {
      const idx = e.currentTarget.dataset.index
      this.setData({ [`returnForm.lines[${idx}].checked`]: !this.data.returnForm.lines[idx].checked })
    },
    onReturnQty(e) {
      const idx = e.currentTarget.dataset.index
      this.setData({ [`returnForm.lines[${idx}].qty`]: e.detail.value })
    },
    onReasonChange(e) {
      this.setData({ 'returnForm.reasonIndex': Number(e.detail.value) })
    },
    // 换货: one unit of a delivered line for another size or stage of the same brand (the SKU's variants).
    onOpenExchange(e) {
      const item = this.data.items[e.currentTarget.dataset.index]
      return api.sku(item.sku_code).then(sku => {
        const options = (sku.variants || []).map(v => ({ sku_code: v.sku_code, label: `${v.name} ${formatFen(v.price_fen)}` }))
        if (options.length === 0) {
          wx.showToast({ title: '该商品暂无可换的规格', icon: 'none' })
          return
        }
        this.setData({ exchangeForm: { item_id: item.id, name: item.name, options, index: 0, key: newIdempotencyKey('ex') } })
      }).catch(() => {})
    },
    onExchangeChange(e) {
      this.setData({ 'exchangeForm.index': Number(e.detail.value) })
    },
    onCloseExchange() {
      this.setData({ exchangeForm: null })
    },
    onSubmitExchange() {
      const form = this.data.exchangeForm
      const target = form.options[form.index]
      const body = { item_id: form.item_id, qty: 1, sku_code: target.sku_code, reason: '换规格' }
      return api.requestExchange(this.data.order.id, body, form.key).then(res => {
        const ex = res.exchange
        wx.showToast({ title: `换货已申请，${differenceText(ex.difference_fen)}`, icon: 'none' })
        this.setData({ exchangeForm: null })
        return this.load()
      }).catch(() => {})
    },
    onSubmitReturn() {
      const form = this.data.returnForm
      const items = form.lines.filter(l => l.checked).map(l => ({ order_item_id: l.order_item_id, qty: l.qty }))
      if (items.length === 0) {
        wx.showToast({ title: '请选择要退的商品', icon: 'none' })
        return Promise.resolve()
      }
      return api.requestReturn(this.data.order.id, items, RETURN_REASONS[form.reasonIndex]).then(() => {
        wx.showToast({ title: '退货申请已提交', icon: 'success' })
        this.setData({ returnForm: null })
        return this.load()
      }).catch(() => {})
    },
  },
})
