const auth = require('../../../utils/auth')
const session = require('../../../utils/session')

const MENU = [
  { key: 'stock', label: '库存查询', url: '/pages/staff/stock/stock' },
  { key: 'pos', label: '收银开单', url: '/pages/staff/pos/pos' },
  { key: 'topup', label: '储值充值', url: '/pages/staff/topup/topup' },
  { key: 'aftersales', label: '售后留言', url: '/pages/staff/aftersales/aftersales' },
  { key: 'receive', label: '调拨收货', url: '/pages/staff/receive/receive' },
  { key: 'stocktake', label: '盘点', url: '/pages/staff/stocktake/stocktake' },
  { key: 'clock', label: '考勤打卡', url: '/pages/staff/clock/clock' },
]

const ROLE_LABELS = {
  clerk: '店员',
  store_manager: '店长',
  purchaser: '采购',
  finance: '财务',
  hq_admin: '总部管理员',
  live_seller: '主播',
}

// Staff mode entry: sign in (password, or WeChat once bound), bind WeChat, and the clerk's tools.
Component({
  data: {
    loggedIn: false,
    staff: null,
    roleLabel: '',
    storeText: '',
    username: '',
    password: '',
    loading: false,
    menu: MENU,
    // the MFA step of an HQ admin / finance login: {mfaToken, username} until the authenticator code is given
    mfaStep: null,
    otp: '',
  },
  methods: {
    onShow() {
      this.refresh()
    },
    refresh() {
      const loggedIn = session.isLoggedIn('staff')
      const staff = loggedIn ? session.getProfile('staff') : null
      this.setData({
        loggedIn,
        staff,
        roleLabel: staff ? ROLE_LABELS[staff.role] || staff.role || '' : '',
        storeText: staff ? (staff.store_names || staff.store_codes || []).join('、') : '',
      })
      if (loggedIn) session.setMode('staff')
    },
    onUsername(e) {
      this.setData({ username: e.detail.value })
    },
    onPassword(e) {
      this.setData({ password: e.detail.value })
    },
    onPasswordLogin() {
      const { username, password } = this.data
      if (!username || !password) {
        wx.showToast({ title: '请输入账号和密码', icon: 'none' })
        return Promise.resolve()
      }
      this.setData({ loading: true })
      return auth.staffLogin(username, password)
        .then(result => {
          this.setData({ loading: false, password: '' })
          this.afterLogin(result)
        })
        .catch(err => {
          this.setData({ loading: false })
          if (err && err.mfaEnrollment) wx.showToast({ title: err.message, icon: 'none' })
        })
    },
    onWechatLogin() {
      return auth.staffWechatLogin()
        .then(result => this.afterLogin(result))
        .catch(err => wx.showToast({
          title: err && err.mfaEnrollment ? err.message : '该微信尚未绑定店员账号，请先用账号密码登录',
          icon: 'none',
        }))
    },
    // A login answers the staff profile (logged in) or the MFA step (ask for the authenticator code).
    afterLogin(result) {
      if (result && result.mfaRequired) {
        this.setData({ mfaStep: result, otp: '' })
        return
      }
      this.setData({ mfaStep: null, otp: '' })
      this.refresh()
    },
    onOtp(e) {
      this.setData({ otp: e.detail.value })
    },
    onVerifyMfa() {
      const { mfaStep, otp } = this.data
      if (!mfaStep) return Promise.resolve()
      if (!/^\d{6}$/.test(otp || '')) {
        wx.showToast({ title: '请输入 6 位动态验证码', icon: 'none' })
        return Promise.resolve()
      }
      this.setData({ loading: true })
      return auth.verifyStaffMfa(mfaStep, otp)
        .then(() => {
          this.setData({ loading: false })
          this.afterLogin(null)
        })
        .catch(err => {
          // a wrong code may be tried again; an expired or used-up step starts the login over
          const over = err && err.code === 'mfa_expired'
          this.setData({ loading: false, otp: '', mfaStep: over ? null : mfaStep })
        })
    },
    onCancelMfa() {
      this.setData({ mfaStep: null, otp: '' })
    },
    onBindWechat() {
      return auth.bindStaffWechat()
        .then(() => wx.showToast({ title: '微信已绑定', icon: 'success' }))
        .catch(() => {})
    },
    onMenu(e) {
      wx.navigateTo({ url: e.currentTarget.dataset.url })
    },
    onLeave() {
      auth.leaveStaffMode()
      wx.switchTab({ url: '/pages/member/member' })
    },
    onLogout() {
      return auth.staffLogout().then(() => this.refresh())
    },
  },
})
