const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const { newIdempotencyKey } = require('../../../utils/request')
const { formatFen, yuanToFen } = require('../../../utils/format')

const METHODS = [
  { key: 'cash', label: '现金' },
  { key: 'wechat', label: '微信支付' },
  { key: 'alipay', label: '支付宝' },
]
const MAX_FEN = 5000000 // 50,000 元 per top-up (the backend refuses more)

// Stored-value top-up at the counter: find the member (phone or member code), type the amount in 元, pick how the
// money was taken, submit with one Idempotency-Key per top-up. A request that got no answer keeps its key, so
// 重新提交 can never top up twice; a new top-up gets a new key.
Component({
  data: {
    locationCode: '',
    query: '',
    member: null, // {id, nickname, member_code, phone_masked, balanceText}
    amountText: '',
    methods: METHODS,
    methodIndex: 0,
    busy: false,
    pendingRetry: false,
    done: null, // {amountText, balanceText, methodLabel}
  },
  methods: {
    onLoad() {
      auth.requireLogin('staff')
      this.key = newIdempotencyKey('topup')
      this.setData({ locationCode: auth.staffLocationCode() })
    },
    onQuery(e) {
      this.setData({ query: e.detail.value })
    },
    onFind() {
      const q = (this.data.query || '').trim()
      if (!q) {
        wx.showToast({ title: '请输入会员手机号或会员码', icon: 'none' })
        return Promise.resolve()
      }
      return api.posMembers(q).then(res => {
        const m = (res.items || [])[0]
        if (!m) {
          this.setData({ member: null })
          wx.showToast({ title: '没有找到该会员', icon: 'none' })
          return
        }
        this.setData({ member: this.memberView(m, m.balance_fen), done: null })
      }).catch(() => {})
    },
    memberView(m, balanceFen) {
      return { id: m.id, nickname: m.nickname, member_code: m.member_code, phone_masked: m.phone_masked || '',
        balanceText: formatFen(balanceFen) }
    },
    onAmount(e) {
      this.setData({ amountText: e.detail.value })
      if (!this.data.pendingRetry) this.key = newIdempotencyKey('topup')
    },
    onMethod(e) {
      this.setData({ methodIndex: Number(e.detail.value) })
    },
    onSubmit() {
      const d = this.data
      if (d.busy || !d.member) return Promise.resolve()
      const fen = yuanToFen(d.amountText)
      if (!(fen > 0)) {
        wx.showToast({ title: '请输入正确的充值金额', icon: 'none' })
        return Promise.resolve()
      }
      if (fen > MAX_FEN) {
        wx.showToast({ title: '单次充值不能超过50000元', icon: 'none' })
        return Promise.resolve()
      }
      const method = METHODS[d.methodIndex]
      this.setData({ busy: true })
      return api.topup(d.member.id, { amount_fen: fen, method: method.key, location_code: d.locationCode }, this.key)
        .then(res => {
          const t = res.topup
          this.key = newIdempotencyKey('topup')
          this.setData({
            busy: false,
            pendingRetry: false,
            amountText: '',
            member: Object.assign({}, d.member, { balanceText: formatFen(t.member.balance_fen) }),
            done: { amountText: formatFen(t.amount_fen), balanceText: formatFen(t.member.balance_fen), methodLabel: method.label },
          })
          wx.showToast({ title: '充值成功', icon: 'success' })
        })
        .catch(err => {
          // No answer (network): the same key is kept for 重新提交. Refused (4xx): a new attempt gets a new key.
          const noAnswer = !err || !err.statusCode
          if (!noAnswer) this.key = newIdempotencyKey('topup')
          this.setData({ busy: false, pendingRetry: noAnswer })
        })
    },
  },
})
