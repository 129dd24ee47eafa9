const api = require('../../utils/api')
const auth = require('../../utils/auth')
const { bars } = require('../../utils/barcode')
const { formatFen } = require('../../utils/format')

const REFRESH_S = 60 // the backend's codes live 60 s and are used once

// 会员码 / 储值付款码: the one-time code the clerk scans to take stored value at the counter
// (POST /members/me/pay-code). A new code every 60 s (each replaces the last), counted down on the page;
// without this code no clerk can spend the member's balance.
function groups(code) {
  return String(code || '').replace(/(\d{4})(?=\d)/g, '$1 ')
}

Component({
  data: {
    code: '',
    codeText: '',
    bars: [],
    memberCode: '',
    balanceText: '',
    secondsLeft: 0,
    error: '',
  },
  methods: {
    onLoad() {
      auth.requireLogin('member')
    },
    onShow() {
      if (wx.setKeepScreenOn) wx.setKeepScreenOn({ keepScreenOn: true, fail() {} })
      return this.refresh()
    },
    onHide() {
      this.stop()
    },
    onUnload() {
      this.stop()
    },
    stop() {
      if (this.timer) clearInterval(this.timer)
      this.timer = null
    },
    refresh() {
      this.stop()
      return api.myPayCode().then(res => {
        const left = Number(res.refresh_in || res.expires_in || REFRESH_S)
        this.setData({
          code: res.code,
          codeText: groups(res.code),
          bars: bars(res.code).map((b, i) => ({ key: i, black: b.black, width: b.width * 4 })),
          memberCode: res.member_code || '',
          balanceText: formatFen(res.balance_fen || 0),
          secondsLeft: left,
          error: '',
        })
        this.timer = setInterval(() => this.tick(), 1000)
      }).catch(err => {
        this.setData({ code: '', codeText: '', bars: [], error: (err && err.message) || '会员码获取失败，请稍后重试' })
      })
    },
    tick() {
      const left = this.data.secondsLeft - 1
      if (left <= 0) return this.refresh()
      this.setData({ secondsLeft: left })
      return Promise.resolve()
    },
    onRefresh() {
      return this.refresh()
    },
  },
})
