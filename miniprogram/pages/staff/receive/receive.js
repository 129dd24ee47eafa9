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

// The transfer's lines (one per SKU x batch): what was shipped (qty) and, for the form, what arrived
// (qty_received: as shipped until the clerk types less) and why less arrived (reason).
function decorate(t) {
  const received = t.status === 'received'
  return Object.assign({}, t, {
    statusLabel: TRANSFER_STATUS_LABELS[t.status] || t.status,
    canReceive: t.status === 'shipped',
    lines: (t.lines || []).map(l => Object.assign({}, l, {
      qty_received: received ? l.qty_received : l.qty,
      reason: l.reason || '',
      short: received ? l.qty_received < l.qty : false,
    })),
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
      const line = this.data.transfer.lines[idx]
      const n = Math.min(line.qty, Math.max(0, parseInt(e.detail.value, 10) || 0))
      this.setData({ [`transfer.lines[${idx}].qty_received`]: n, [`transfer.lines[${idx}].short`]: n < line.qty })
    },
    onReason(e) {
      const idx = e.currentTarget.dataset.index
      this.setData({ [`transfer.lines[${idx}].reason`]: e.detail.value })
    },
    // Everything as shipped: an empty body. A shortfall: every line with what arrived, and why for the short ones.
    onReceive() {
      const t = this.data.transfer
      if (!t || !t.canReceive || this.data.submitting) return Promise.resolve()
      const short = t.lines.filter(l => l.qty_received < l.qty)
      if (short.some(l => !String(l.reason || '').trim())) {
        wx.showToast({ title: '请填写短少原因', icon: 'none' })
        return Promise.resolve()
      }
      const lines = short.length ? t.lines.map(l => {
        const line = { sku_code: l.sku_code, qty_received: l.qty_received }
        if (l.batch_no) line.batch_no = l.batch_no
        if (l.qty_received < l.qty) line.reason = String(l.reason).trim()
        return line
      }) : undefined
      this.setData({ submitting: true })
      return api.receiveTransfer(t.id, lines)
        .then(res => {
          this.setData({ submitting: false, transfer: decorate(res) })
          wx.showToast({ title: '收货完成', icon: 'success' })
        })
        .catch(() => this.setData({ submitting: false }))
    },
  },
})
