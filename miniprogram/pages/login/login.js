const auth = require('../../utils/auth')
const session = require('../../utils/session')

// WeChat login (wx.login -> /auth/wechat), then an optional phone binding (getPhoneNumber -> /members/me/phone)
// that links the WeChat member with an existing store member who has the same phone.
Component({
  data: {
    step: 'login', // login | phone
    loading: false,
    nickname: '',
  },
  methods: {
    onLoad() {
      if (session.isLoggedIn('member')) {
        const p = session.getProfile('member')
        this.setData({ step: p && p.phone_masked ? 'login' : 'phone', nickname: (p && p.nickname) || '' })
      }
    },
    onLogin() {
      if (this.data.loading) return Promise.resolve()
      this.setData({ loading: true })
      return auth.loginWithWechat()
        .then(member => {
          session.setMode('member')
          this.setData({ loading: false, nickname: (member && member.nickname) || '' })
          if (member && member.phone_masked) return this.done()
          this.setData({ step: 'phone' })
          return null
        })
        .catch(() => this.setData({ loading: false }))
    },
    onGetPhoneNumber(e) {
      return auth.bindPhoneFromEvent(e)
        .then(res => {
          if (res && res.access_token) session.setTokens('member', res)
          if (res && res.member) session.setProfile('member', res.member)
          const claim = res && res.phone_claim
          if (claim && claim.status === 'pending') {
            // The number belongs to a member with stored value or points: merged only after the old WeChat
            // account confirms or a store verifies the shopper (backend.members.phone_claims).
            return new Promise(resolve => wx.showModal({
              title: '手机号待核验', content: claim.message, showCancel: false, success: resolve, fail: resolve,
            })).then(() => this.done())
          }
          wx.showToast({ title: '手机号已绑定', icon: 'success' })
          return this.done()
        })
        .catch(err => {
          if (err && err.cancelled) wx.showToast({ title: '已取消授权手机号', icon: 'none' })
        })
    },
    onSkip() {
      return this.done()
    },
    done() {
      wx.navigateBack({ fail: () => wx.switchTab({ url: '/pages/member/member' }) })
    },
  },
})
