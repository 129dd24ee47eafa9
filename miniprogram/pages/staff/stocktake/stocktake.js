const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const wxp = require('../../../utils/wxp')

// Stocktake counting by scanning: every scan adds one to that item's count ({counted_qty: 1, mode: "add"}: the
// server adds, so two clerks scanning the same SKU both count); a typed count sets it ({mode: "set"}). The
// answer is the SKU's counted total, which the page shows.

// The sheet's lines are per SKU x batch; the page counts per SKU.
function countedBySku(lines) {
  const bySku = {}
  const out = []
  ;(lines || []).forEach(l => {
    if (l.counted_qty === null || l.counted_qty === undefined) return
    if (!bySku[l.sku_code]) {
      bySku[l.sku_code] = { sku_code: l.sku_code, barcode: l.barcode || '', name: l.name || l.sku_code, counted_qty: 0 }
      out.push(bySku[l.sku_code])
    }
    bySku[l.sku_code].counted_qty += Number(l.counted_qty) || 0
  })
  return out
}
Component({
  data: {
    stocktakeId: '',
    stocktake: null,
    lines: [], // [{sku_code, barcode, name, counted_qty}]
    manualBarcode: '',
    manualQty: '',
    lastScan: '',
  },
  methods: {
    onLoad(query) {
      auth.requireLogin('staff')
      if (query && query.id) {
        this.setData({ stocktakeId: query.id })
        return this.load()
      }
      return Promise.resolve()
    },
    onIdInput(e) {
      this.setData({ stocktakeId: e.detail.value })
    },
    load() {
      const id = String(this.data.stocktakeId || '').trim()
      if (!id) return Promise.resolve()
      return api.stocktake(id).then(st => {
        this.setData({ stocktake: st, lines: countedBySku(st.lines) })
      }).catch(() => this.setData({ stocktake: null }))
    },
    submitCount(code, qty, mode) {
      const body = { counted_qty: qty, mode }
      if (/^\d{8,14}$/.test(code)) body.barcode = code
      else body.sku_code = code
      return api.stocktakeCount(this.data.stocktake.id, body).then(res => {
        const line = { sku_code: res.sku_code, barcode: res.barcode || body.barcode || '', name: res.name || code, counted_qty: res.counted_qty }
        const lines = this.data.lines.slice()
        const idx = lines.findIndex(l => l.sku_code === line.sku_code)
        if (idx >= 0) lines[idx] = Object.assign({}, lines[idx], line)
        else lines.unshift(line)
        this.setData({ lines, lastScan: `${line.name}：${line.counted_qty}` })
        return line
      })
    },
    onScan() {
      if (!this.data.stocktake) {
        wx.showToast({ title: '请先输入盘点单号', icon: 'none' })
        return Promise.resolve()
      }
      return wxp.scanCode({ scanType: ['barCode'] }).then(res => this.submitCount(res.result, 1, 'add')).catch(err => {
        if (err && err.errMsg && !wxp.isCancel(err)) wx.showToast({ title: '扫码失败，请重试', icon: 'none' })
      })
    },
    onManualBarcode(e) {
      this.setData({ manualBarcode: e.detail.value })
    },
    onManualQty(e) {
      this.setData({ manualQty: e.detail.value })
    },
    onManualSubmit() {
      const code = (this.data.manualBarcode || '').trim()
      const qty = parseInt(this.data.manualQty, 10)
      if (!this.data.stocktake || !code || isNaN(qty) || qty < 0) {
        wx.showToast({ title: '请输入条码和数量', icon: 'none' })
        return Promise.resolve()
      }
      return this.submitCount(code, qty, 'set').then(() => this.setData({ manualBarcode: '', manualQty: '' })).catch(() => {})
    },
  },
})
