const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const outbox = require('../../../utils/outbox')
const printer = require('../../../utils/printer')
const skuCache = require('../../../utils/skuCache')
const wxp = require('../../../utils/wxp')
const { formatFen, yuanToFen, payMethodLabel, formatDateTime, localIso } = require('../../../utils/format')
const { newIdempotencyKey } = require('../../../utils/request')

const PAY_METHODS = [
  { key: 'cash', label: '现金' },
  { key: 'code', label: '付款码' },
  { key: 'balance', label: '储值' },
]
const CODE_LABELS = { wechat: '微信付款码', alipay: '支付宝付款码', balance: '会员储值（会员码确认）' }
const MEMBER_CODE_FRESH_MS = 50 * 1000 // a scanned member code lives 60 s: reuse it for the payment within 50 s
const OFFLINE_NEEDS_NETWORK = '网络不可用：付款码支付需要联网，请收现金或用会员储值（离线销售联网后自动同步）'

// Whose payment code the shopper shows: WeChat's are 18 digits starting 10-15, Alipay's 16-24 starting 25-30
// (the backend routes the same way and refuses anything else).
function codeMethod(code) {
  const c = String(code || '').trim()
  if (!/^\d+$/.test(c)) return null
  const head = Number(c.slice(0, 2))
  if (c.length === 18 && head >= 10 && head <= 15) return 'wechat'
  if (c.length >= 16 && c.length <= 24 && head >= 25 && head <= 30) return 'alipay'
  return null
}

// The member's one-time stored-value code from their mini-program's 会员码 page: 18 digits starting 88.
function isMemberPayCode(code) {
  return /^88\d{16}$/.test(String(code || '').trim())
}

// Scans the member's stored-value code: the code, or null (the clerk is told what to scan) when it is not one.
function scanMemberPayCode() {
  return wxp.scanCode({ scanType: ['barCode', 'qrCode'] })
    .then(res => {
      const code = String(res.result || '').trim()
      if (!isMemberPayCode(code)) {
        wx.showToast({ title: '请扫描会员小程序「会员码」页的储值付款码', icon: 'none' })
        return null
      }
      return code
    })
}

function lineView(l) {
  return Object.assign({}, l, { amountText: formatFen(l.price_fen * l.qty) })
}

function localPreview(lines) {
  const subtotal = lines.reduce((s, l) => s + l.price_fen * l.qty, 0)
  return { subtotal_fen: subtotal, discounts: [], points_used: 0, total_fen: subtotal }
}

// Counter sale: scan or type barcodes, find the member (phone, member number or the member's 会员码), coupon
// and points, take payment (cash / the shopper's WeChat or Alipay payment code / stored value, which needs the
// member's one-time 会员码 scanned: the backend refuses it otherwise), print a receipt.
// Offline (no network when 收款 is tapped): a cash sale, or a stored-value sale with the member's 会员码 scanned
// (the server checks the code against the moment of the sale), is kept in the offline queue (utils/outbox) with
// its Idempotency-Key, the moment it happened and the prices charged, and synced in order when the network is
// back (POST /pos/offline-sales); barcodes scanned before on this phone are still found (utils/skuCache). A
// WeChat / Alipay payment code is charged by the backend within the request, so it is never kept offline: the
// page says it needs the network; a lost answer of a payment code is retried with the same key (the backend
// never charges twice) and a refused code starts a new attempt with a new key.
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
    submittingText: '收款中…',
    payError: '',
    receipt: null,
    online: true,
    outboxCount: 0,
    outboxFailed: 0,
    outboxError: '',
  },
  methods: {
    onLoad() {
      auth.requireLogin('staff')
      this.idempotencyKey = newIdempotencyKey('pos')
      this.setData({ locationCode: auth.staffLocationCode() })
      outbox.start() // sync whenever the network comes back, on any page
      this.queue = outbox // the offline queue this page runs with (its tests restart it as a new app run would)
      this.stopWatching = outbox.subscribe(s => this.showQueue(s))
      this.onNetwork = res => this.setData({ online: !!(res && res.isConnected) })
      if (wx.onNetworkStatusChange) wx.onNetworkStatusChange(this.onNetwork)
      if (wx.getNetworkType) {
        wx.getNetworkType({ success: res => this.setData({ online: res.networkType !== 'none' }), fail() {} })
      }
    },
    onUnload() {
      if (this.stopWatching) this.stopWatching()
      if (wx.offNetworkStatusChange && this.onNetwork) wx.offNetworkStatusChange(this.onNetwork)
    },
    onShow() {
      this.showQueue(outbox.summary())
      if (this.data.outboxCount > 0) return this.onSync()
      return Promise.resolve()
    },
    showQueue(s) {
      this.setData({ outboxCount: s.waiting, outboxFailed: s.failed, outboxError: s.error || '' })
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
        skuCache.remember(items)
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
      }).catch(err => {
        if (!err || err.code !== 'network_error') return null
        // Offline: a SKU this phone has looked up before is still sold at the price it had then.
        this.setData({ online: false })
        const sku = skuCache.find(code)
        if (!sku) {
          wx.showToast({ title: '网络不可用，离线时只能扫描本机查询过的商品', icon: 'none' })
          return null
        }
        this.addLine(sku)
        this.setData({ code: '', candidates: [] })
        return this.refreshPreview()
      })
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
      return this.findMember(q)
    },
    // 扫会员码: the member's stored-value code finds the member and confirms a stored-value payment.
    onMemberScan() {
      return scanMemberPayCode()
        .then(code => (code === null ? null : this.findMember(code)))
        .catch(err => {
          if (!wxp.isCancel(err)) wx.showToast({ title: '扫码失败，请重试', icon: 'none' })
        })
    },
    findMember(q) {
      return api.posMembers(q).then(res => {
        const items = res.items || []
        if (items.length === 0) {
          wx.showToast({ title: isMemberPayCode(q) ? '会员码已失效，请会员刷新后重新出示' : '未找到会员', icon: 'none' })
          return null
        }
        this.memberPayCode = isMemberPayCode(q) && items.length === 1 ? { code: q, memberId: items[0].id, at: Date.now() } : null
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
      this.memberPayCode = null
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
      if (method === 'code' && !this.data.online) {
        wx.showToast({ title: OFFLINE_NEEDS_NETWORK, icon: 'none' })
        return
      }
      // Offline the member cannot be looked up: their 会员码 is scanned at 收款 and checked when the sale syncs.
      if (method === 'balance' && this.data.online) {
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
      if (method === 'balance') return this.memberCodeFor(total)
      if (method === 'code') {
        // Scan the shopper's payment code (付款码); the backend charges it while the request waits.
        return wxp.scanCode({ scanType: ['barCode', 'qrCode'] })
          .then(res => {
            const which = codeMethod(res.result)
            if (!which) {
              wx.showToast({ title: '无法识别的付款码', icon: 'none' })
              return null
            }
            return { payment: { method: which, amount_fen: total, auth_code: String(res.result).trim() }, received: total }
          })
          .catch(() => {
            wx.showToast({ title: '未扫描付款码', icon: 'none' })
            return null
          })
      }
      return Promise.resolve({ payment: { method, amount_fen: total }, received: total })
    },
    // Stored value only with the member's one-time code: the one scanned to find the member if still fresh,
    // else scan it now from the member's 会员码 page.
    memberCodeFor(total) {
      const m = this.data.member
      const kept = this.memberPayCode
      if (kept && m && kept.memberId === m.id && Date.now() - kept.at < MEMBER_CODE_FRESH_MS) {
        return Promise.resolve({ payment: { method: 'balance', amount_fen: total, auth_code: kept.code }, received: total })
      }
      return scanMemberPayCode()
        .then(code => (code === null ? null : { payment: { method: 'balance', amount_fen: total, auth_code: code }, received: total }))
        .catch(() => {
          wx.showToast({ title: '未扫描会员码，储值支付需会员本人出示会员码', icon: 'none' })
          return null
        })
    },
    onCheckout() {
      const d = this.data
      if (d.submitting) return Promise.resolve()
      if (d.lines.length === 0) {
        wx.showToast({ title: '请先扫描商品', icon: 'none' })
        return Promise.resolve()
      }
      // A payment-code sale whose outcome is not known yet: send the very same request again (same key).
      if (this.unsettled) return this.submit(this.unsettled.body, this.unsettled.pay)
      if (d.payMethod === 'code' && !d.online) {
        wx.showToast({ title: OFFLINE_NEEDS_NETWORK, icon: 'none' })
        return Promise.resolve()
      }
      const total = d.preview.total_fen
      return this.paymentFor(total).then(pay => {
        if (!pay) return null
        const body = Object.assign(this.saleBody(), { payments: [pay.payment] })
        if (d.usePoints && d.member) body.points = d.preview.points_used || 0
        if (body.points === 0) delete body.points
        return this.submit(body, pay)
      })
    },
    submit(body, pay) {
      const key = this.idempotencyKey
      // Codes are never kept for offline sync: a WeChat / Alipay code is charged now, a member code expires in 60 s.
      const byCode = !!pay.payment.auth_code
      const waiting = byCode && pay.payment.method !== 'balance'
      const at = new Date() // the moment of the sale, kept if it has to wait for the network
      // Stored value without a member looked up: only offline (the code names the member when the sale syncs).
      if (pay.payment.method === 'balance' && !body.member_id) return Promise.resolve(this.keepOffline(key, body, pay, at))
      this.setData({ submitting: true, submittingText: waiting ? '等待顾客支付…' : '收款中…' })
      return api.posSale(body, key, { silent: true })
        .then(res => this.finish(res.order, pay, false, res.payment))
        .catch(err => {
          if (err && err.code === 'network_error' && (!byCode || pay.payment.method === 'balance')) {
            return this.keepOffline(key, body, pay, at)
          }
          this.setData({ submitting: false })
          if (byCode) return this.codeFailed(err, body, pay)
          wx.showToast({ title: err.message, icon: 'none' })
          return null
        })
    },
    // No network: keep the sale as it happened (its key, time, the prices charged; for stored value the member's
    // scanned code) for the offline queue.
    // Coupons and points are the server's to apply, so a sale using them cannot be kept.
    keepOffline(key, body, pay, at) {
      this.setData({ online: false })
      if (body.coupon_id || body.points) {
        this.setData({ submitting: false })
        wx.showToast({ title: '网络不可用：优惠券和积分抵扣需要联网，请取消后再收款', icon: 'none' })
        return null
      }
      const sale = {
        key,
        occurred_at: localIso(at),
        location_code: body.location_code,
        items: this.data.lines.map(l => ({ sku_code: l.sku_code, qty: l.qty, unit_price_fen: l.price_fen })),
        payments: body.payments.map(p => (p.method === 'balance'
          ? { method: p.method, amount_fen: p.amount_fen, auth_code: p.auth_code }
          : { method: p.method, amount_fen: p.amount_fen })),
      }
      if (body.member_id) sale.member_id = body.member_id
      outbox.push(sale)
      return this.finish(null, pay, true)
    },
    // A payment-code sale that did not go through. No answer (network) or still being charged: keep the request
    // and its key, so 收款 asks again for the same sale's outcome. Refused (the backend cancelled the order): the
    // next attempt is a new sale with a new key.
    codeFailed(err, body, pay) {
      const unsure = !err || err.code === 'network_error' || err.code === 'payment_in_progress'
      if (unsure) this.unsettled = { body, pay }
      else {
        this.unsettled = null
        this.idempotencyKey = newIdempotencyKey('pos')
        if (pay.payment.method === 'balance') this.memberPayCode = null // used, expired or not this member's
      }
      this.setData({ payError: unsure ? '未收到收款结果，请点「收款」重新确认（不会重复扣款）' : err.message })
      return wxp.showModal({ title: unsure ? '收款结果未确认' : '收款失败', content: this.data.payError, showCancel: false })
        .then(() => null, () => null)
    },
    finish(order, pay, offline, codePayment) {
      const d = this.data
      const total = order ? order.total_fen : d.preview.total_fen
      const receipt = {
        offline,
        orderId: order ? order.id : null,
        orderNo: order ? order.order_no : '离线单，联网后自动同步',
        timeText: formatDateTime(new Date().toISOString()),
        lines: d.lines,
        subtotalText: formatFen(d.preview.subtotal_fen),
        discounts: d.discounts,
        totalText: formatFen(total),
        payLabel: codePayment ? codePayment.method_name : (pay.payment.auth_code ? CODE_LABELS[pay.payment.method] : payMethodLabel(pay.payment.method)),
        receivedText: formatFen(pay.received),
        changeText: formatFen(Math.max(0, pay.received - total)),
        memberText: d.member ? `${d.member.nickname || ''} ${d.member.phone_masked || ''}`.trim() : '',
      }
      this.idempotencyKey = newIdempotencyKey('pos')
      this.unsettled = null
      this.memberPayCode = null
      this.setData({
        receipt,
        submitting: false,
        payError: '',
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
        outboxCount: outbox.count(),
      })
      wx.showToast({ title: offline ? '已离线保存' : '收款成功', icon: offline ? 'none' : 'success' })
      return receipt
    },
    onSync() {
      return outbox.sync().then(res => this.synced(res))
    },
    onRetryFailed() {
      return outbox.retryFailed().then(res => this.synced(res))
    },
    synced(res) {
      this.showQueue(outbox.summary())
      if (res.sent > 0) {
        this.setData({ online: true })
        wx.showToast({ title: `已同步${res.sent}笔离线销售`, icon: 'none' })
      } else if (res.failed > 0) {
        wx.showToast({ title: `${res.failed}笔离线销售同步失败，请查看原因`, icon: 'none' })
      }
      return res
    },
    onNewSale() {
      this.setData({ receipt: null })
    },
    // 打印小票: the receipt from the server, its ESC/POS bytes to the bound Bluetooth printer; without one, a preview.
    onPrintReceipt() {
      const r = this.data.receipt
      if (!r || !r.orderId) return Promise.resolve(null)
      const p = printer.bound()
      return api.posReceipt(r.orderId, p ? p.width : 58).then(res => {
        const receipt = res.receipt
        if (!p) {
          return wxp.showModal({ title: '未连接小票打印机', content: printer.preview(receipt), showCancel: false })
            .then(() => null, () => null)
        }
        return printer.print(p, receipt.escpos_base64)
          .then(() => { wx.showToast({ title: '小票已打印', icon: 'success' }); return receipt })
          .catch(() => { wx.showToast({ title: '打印失败，请检查打印机', icon: 'none' }); return null })
      }).catch(err => {
        if (err && err.message) wx.showToast({ title: err.message, icon: 'none' })
        return null
      })
    },
  },
})
