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
        .then(() => {
          this.setData({ loading: false, password: '' })
          this.refresh()
        })
        .catch(() => this.setData({ loading: false }))
    },
    onWechatLogin() {
      return auth.staffWechatLogin()
        .then(() => this.refresh())
        .catch(() => wx.showToast({ title: '该微信尚未绑定店员账号，请先用账号密码登录', icon: 'none' }))
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
      auth.staffLogout()
      this.refresh()
    },
  },
})
