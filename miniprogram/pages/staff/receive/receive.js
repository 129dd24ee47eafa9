const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const wxp = require('../../../utils/wxp')

const TRANSFER_STATUS_LABELS = {
  requested: '待审批',
  approved: '已审批',
  shipped: '运输中',
  received: '已收货',
  cancelled: '已取消',
  rejected: '已驳回',
}

// "transfer:12", "TR-12" style QR payloads or a plain id -> the transfer id.
function transferIdFrom(text) {
  const s = String(text || '').trim()
  const m = s.match(/^transfer:(.+)$/i)
  return m ? m[1] : s
}

function decorate(t) {
  return Object.assign({}, t, {
    statusLabel: TRANSFER_STATUS_LABELS[t.status] || t.status,
    canReceive: t.status === 'shipped',
    items: (t.items || []).map(i => Object.assign({}, i, { received_qty: i.received_qty !== undefined ? i.received_qty : i.qty })),
  })
}

// Receive a transfer at this store: look it up by id (typed or scanned from the transfer slip), check the
// quantities, confirm.
Component({
  data: { transferId: '', transfer: null, submitting: false },
  methods: {
    onLoad(query) {
      auth.requireLogin('staff')
      if (query && query.id) {
        this.setData({ transferId: query.id })
        return this.load()
      }
      return Promise.resolve()
    },
    onInput(e) {
      this.setData({ transferId: e.detail.value })
    },
    onScan() {
      return wxp.scanCode().then(res => {
        this.setData({ transferId: transferIdFrom(res.result) })
        return this.load()
      }).catch(err => {
        if (!wxp.isCancel(err)) wx.showToast({ title: '扫码失败，请重试', icon: 'none' })
      })
    },
    load() {
      const id = transferIdFrom(this.data.transferId)
      if (!id) return Promise.resolve()
      return api.transfer(id).then(t => this.setData({ transfer: decorate(t) })).catch(() => this.setData({ transfer: null }))
    },
    onReceivedQty(e) {
      const idx = e.currentTarget.dataset.index
      const n = Math.max(0, parseInt(e.detail.value, 10) || 0)
      this.setData({ [`transfer.items[${idx}].received_qty`]: n })
    },
    onReceive() {
      const t = this.data.transfer
      if (!t || !t.canReceive || this.data.submitting) return Promise.resolve()
      const items = t.items.map(i => ({ sku_code: i.sku_code, received_qty: i.received_qty }))
      const differs = t.items.some(i => i.received_qty !== i.qty)
      this.setData({ submitting: true })
      return api.receiveTransfer(t.id, differs ? items : undefined)
        .then(res => {
          this.setData({ submitting: false, transfer: decorate(Object.assign({}, t, res && res.status ? res : { status: 'received' })) })
          wx.showToast({ title: '收货完成', icon: 'success' })
        })
        .catch(() => this.setData({ submitting: false }))
    },
  },
})
