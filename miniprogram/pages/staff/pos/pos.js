const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const outbox = require('../../../utils/outbox')
const wxp = require('../../../utils/wxp')
const { formatFen, yuanToFen, payMethodLabel, formatDateTime } = require('../../../utils/format')
const { newIdempotencyKey } = require('../../../utils/request')

const PAY_METHODS = [
  { key: 'cash', label: '现金' },
  { key: 'wechat', label: '微信' },
  { key: 'alipay', label: '支付宝' },
  { key: 'balance', label: '储值' },
]

function lineView(l) {
  return Object.assign({}, l, { amountText: formatFen(l.price_fen * l.qty) })
}

function localPreview(lines) {
  const subtotal = lines.reduce((s, l) => s + l.price_fen * l.qty, 0)
  return { subtotal_fen: subtotal, discounts: [], points_used: 0, total_fen: subtotal }
}

// Counter sale: scan or type barcodes, find the member (phone or member code), coupon and points, take
// payment (cash / WeChat / Alipay payment code / stored value), print a receipt. A sale made while offline
// is kept with its Idempotency-Key and synced later.
Component({
  data: {
    locationCode: '',
    code: '',
    lines: [],
    candidates: [],
    memberQuery: '',
    member: null,
    memberCandidates: [],
    memberCoupons: [],
    couponId: null,
    usePoints: false,
    preview: localPreview([]),
    discounts: [],
    payMethods: PAY_METHODS,
    payMethod: 'cash',
    cashReceived: '',
    changeText: '',
    submitting: false,
    receipt: null,
    outboxCount: 0,
  },
  methods: {
    onLoad() {
      auth.requireLogin('staff')
      this.idempotencyKey = newIdempotencyKey('pos')
      this.setData({ locationCode: auth.staffLocationCode() })
    },
    onShow() {
      this.setData({ outboxCount: outbox.pending().length })
      if (this.data.outboxCount > 0) return this.onSync()
      return Promise.resolve()
    },

    // ---- items
    onCodeInput(e) {
      this.setData({ code: e.detail.value })
    },
    onCodeConfirm() {
      const code = (this.data.code || '').trim()
      if (!code) return Promise.resolve()
      return this.addByCode(code)
    },
    onScan() {
      return wxp.scanCode({ scanType: ['barCode'] })
        .then(res => this.addByCode(res.result))
        .catch(err => {
          if (!wxp.isCancel(err)) wx.showToast({ title: '扫码失败，请重试', icon: 'none' })
        })
    },
    addByCode(code) {
      return api.searchSkus(code).then(res => {
        const items = res.items || []
        const exact = items.find(i => i.barcode === code || i.sku_code === code)
        if (exact || items.length === 1) {
          this.addLine(exact || items[0])
          this.setData({ code: '', candidates: [] })
          return this.refreshPreview()
        }
        if (items.length === 0) {
          wx.showToast({ title: '未找到该商品', icon: 'none' })
          return null
        }
        this.setData({ candidates: items })
        return null
      }).catch(() => {})
    },
    onPickCandidate(e) {
      const sku = this.data.candidates[e.currentTarget.dataset.index]
      if (!sku) return Promise.resolve()
      this.addLine(sku)
      this.setData({ code: '', candidates: [] })
      return this.refreshPreview()
    },
    addLine(sku) {
      const lines = this.data.lines.slice()
      const idx = lines.findIndex(l => l.sku_code === sku.sku_code)
      if (idx >= 0) lines[idx] = lineView(Object.assign({}, lines[idx], { qty: lines[idx].qty + 1 }))
      else {
        lines.push(lineView({ sku_code: sku.sku_code, name: sku.name, barcode: sku.barcode || '',
          price_fen: sku.price_fen, qty: 1 }))
      }
      if (wx.vibrateShort) wx.vibrateShort({ type: 'light', fail() {} })
      this.setData({ lines, receipt: null })
    },
    onQtyChange(e) {
      const idx = e.currentTarget.dataset.index
      const lines = this.data.lines.slice()
      lines[idx] = lineView(Object.assign({}, lines[idx], { qty: e.detail.value }))
      this.setData({ lines })
      return this.refreshPreview()
    },
    onRemoveLine(e) {
      const idx = e.currentTarget.dataset.index
      this.setData({ lines: this.data.lines.filter((_, i) => i !== idx) })
      return this.refreshPreview()
    },

    // ---- member, coupon, points
    onMemberInput(e) {
      this.setData({ memberQuery: e.detail.value })
    },
    onMemberSearch() {
      const q = (this.data.memberQuery || '').trim()
      if (!q) return Promise.resolve()
      return api.posMembers(q).then(res => {
        const items = res.items || []
        if (items.length === 0) {
          wx.showToast({ title: '未找到会员', icon: 'none' })
          return null
        }
        if (items.length === 1) return this.setMember(items[0])
        this.setData({ memberCandidates: items })
        return null
      }).catch(() => {})
    },
    onPickMember(e) {
      return this.setMember(this.data.memberCandidates[e.currentTarget.dataset.index])
    },
    setMember(member) {
      const coupons = (member.coupons || []).filter(c => !c.status || c.status === 'available')
      this.setData({
        member: Object.assign({}, member, {
          levelName: (member.level && member.level.name) || '普通会员',
          balanceText: formatFen(member.balance_fen || 0),
        }),
        memberCandidates: [],
        memberCoupons: coupons,
        couponId: null,
        usePoints: false,
      })
      return this.refreshPreview()
    },
    onClearMember() {
      this.setData({ member: null, memberCoupons: [], couponId: null, usePoints: false, memberQuery: '' })
      if (this.data.payMethod === 'balance') this.setData({ payMethod: 'cash' })
      return this.refreshPreview()
    },
    onSelectCoupon(e) {
      const id = e.detail.coupon.id
      this.setData({ couponId: this.data.couponId === id ? null : id })
      return this.refreshPreview()
    },
    onTogglePoints() {
      if (!this.data.member) return Promise.resolve()
      this.setData({ usePoints: !this.data.usePoints })
      return this.refreshPreview()
    },

    // ---- totals and payment
    saleBody() {
      const d = this.data
      const body = { location_code: d.locationCode, items: d.lines.map(l => ({ sku_code: l.sku_code, qty: l.qty })) }
      if (d.member) body.member_id = d.member.id
      if (d.member && d.couponId) body.coupon_id = d.couponId
      if (d.member && d.usePoints && d.member.points > 0) body.points = d.member.points
      return body
    },
    refreshPreview() {
      const lines = this.data.lines
      if (lines.length === 0) {
        this.setData({ preview: localPreview([]), discounts: [] })
        return Promise.resolve()
      }
      const simple = !this.data.member
      const apply = preview => {
        this.setData({
          preview,
          discounts: (preview.discounts || []).map(x => ({ label: x.label, amountText: `-${formatFen(x.amount_fen)}` })),
        })
        this.updateChange()
      }
      return api.posPreview(this.saleBody()).then(apply).catch(err => {
        // Offline (or no preview): without a member the local sum is the price; with one, wait for the server.
        if (simple || (err && err.code === 'network_error')) apply(localPreview(lines))
      })
    },
    onPayMethod(e) {
      const method = e.currentTarget.dataset.key
      if (method === 'balance') {
        const m = this.data.member
        if (!m) {
          wx.showToast({ title: '储值支付请先查询会员', icon: 'none' })
          return
        }
        if ((m.balance_fen || 0) < this.data.preview.total_fen) {
          wx.showToast({ title: '会员储值余额不足', icon: 'none' })
          return
        }
      }
      this.setData({ payMethod: method })
      this.updateChange()
    },
    onCashInput(e) {
      this.setData({ cashReceived: e.detail.value })
      this.updateChange()
    },
    updateChange() {
      if (this.data.payMethod !== 'cash' || !this.data.cashReceived) {
        this.setData({ changeText: '' })
        return
      }
      const received = yuanToFen(this.data.cashReceived)
      const total = this.data.preview.total_fen
      this.setData({ changeText: isNaN(received) || received < total ? '' : formatFen(received - total) })
    },
    paymentFor(total) {
      const method = this.data.payMethod
      if (method === 'cash') {
        const received = this.data.cashReceived ? yuanToFen(this.data.cashReceived) : total
        if (isNaN(received) || received < total) {
          wx.showToast({ title: '实收金额不足', icon: 'none' })
          return Promise.resolve(null)
        }
        return Promise.resolve({ payment: { method, amount_fen: total }, received })
      }
      if (method === 'wechat' || method === 'alipay') {
        // Scan the customer's payment code (付款码); the backend charges it.
        return wxp.scanCode({ scanType: ['barCode', 'qrCode'] })
          .then(res => ({ payment: { method, amount_fen: total, auth_code: res.result }, received: total }))
          .catch(() => {
            wx.showToast({ title: '未扫描付款码', icon: 'none' })
            return null
          })
      }
      return Promise.resolve({ payment: { method, amount_fen: total }, received: total })
    },
    onCheckout() {
      const d = this.data
      if (d.submitting) return Promise.resolve()
      if (d.lines.length === 0) {
        wx.showToast({ title: '请先扫描商品', icon: 'none' })
        return Promise.resolve()
      }
      const total = d.preview.total_fen
      return this.paymentFor(total).then(pay => {
        if (!pay) return null
        const body = Object.assign(this.saleBody(), { payments: [pay.payment] })
        if (d.usePoints && d.member) body.points = d.preview.points_used || 0
        if (body.points === 0) delete body.points
        const key = this.idempotencyKey
        this.setData({ submitting: true })
        return api.posSale(body, key, { silent: true })
          .then(res => this.finish(res.order, pay, false))
          .catch(err => {
            if (err && err.code === 'network_error') {
              outbox.push({ key, body })
              return this.finish(null, pay, true)
            }
            this.setData({ submitting: false })
            wx.showToast({ title: err.message, icon: 'none' })
            return null
          })
      })
    },
    finish(order, pay, offline) {
      const d = this.data
      const total = order ? order.total_fen : d.preview.total_fen
      const receipt = {
        offline,
        orderNo: order ? order.order_no : '离线单，联网后自动同步',
        timeText: formatDateTime(new Date().toISOString()),
        lines: d.lines,
        subtotalText: formatFen(d.preview.subtotal_fen),
        discounts: d.discounts,
        totalText: formatFen(total),
        payLabel: payMethodLabel(pay.payment.method),
        receivedText: formatFen(pay.received),
        changeText: formatFen(Math.max(0, pay.received - total)),
        memberText: d.member ? `${d.member.nickname || ''} ${d.member.phone_masked || ''}`.trim() : '',
      }
      this.idempotencyKey = newIdempotencyKey('pos')
      this.setData({
        receipt,
        submitting: false,
        lines: [],
        candidates: [],
        member: null,
        memberCoupons: [],
        couponId: null,
        usePoints: false,
        memberQuery: '',
        cashReceived: '',
        changeText: '',
        payMethod: 'cash',
        preview: localPreview([]),
        discounts: [],
        outboxCount: outbox.pending().length,
      })
      wx.showToast({ title: offline ? '已离线保存' : '收款成功', icon: offline ? 'none' : 'success' })
      return receipt
    },
    onSync() {
      return outbox.sync().then(res => {
        this.setData({ outboxCount: res.remaining })
        if (res.sent > 0) wx.showToast({ title: `已同步${res.sent}笔离线单`, icon: 'none' })
        return res
      })
    },
    onNewSale() {
      this.setData({ receipt: null })
    },
  },
})
