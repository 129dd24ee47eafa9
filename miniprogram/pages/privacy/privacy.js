const api = require('../../utils/api')
const session = require('../../utils/session')
const wxp = require('../../utils/wxp')
const { formatFen, formatDateTime } = require('../../utils/format')

const FILE_NAME = 'cradle-my-data.json'

function maskPhone(phone) {
  if (!phone) return '未绑定'
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

// The summary rows of the export (GET /members/me/export): what the chain holds about the member.
function summaryOf(data) {
  const p = data.profile || {}
  const kids = data.children || []
  return [
    { key: 'nickname', label: '昵称', value: p.nickname || '未设置' },
    { key: 'phone', label: '手机号', value: maskPhone(p.phone) },
    { key: 'member_code', label: '会员码', value: p.member_code || '' },
    { key: 'wechat', label: '微信绑定', value: p.wechat_bound ? '已绑定' : '未绑定' },
    { key: 'points', label: '积分', value: `${p.points || 0}（${(data.points_ledger || []).length} 条记录）` },
    { key: 'balance', label: '储值余额', value: `${formatFen(p.balance_fen || 0)}（${(data.balance_ledger || []).length} 条记录）` },
    { key: 'orders', label: '订单', value: `${(data.orders || []).length} 笔` },
    { key: 'children', label: '宝宝档案', value: kids.length ? kids.map(c => c.name).join('、') : '无' },
    { key: 'subscriptions', label: '消息订阅', value: `${(data.subscriptions || []).length} 项` },
    { key: 'coupons', label: '优惠券', value: `${(data.coupons || []).length} 张` },
    { key: 'since', label: '注册时间', value: formatDateTime(p.created_at) },
  ]
}

// What deletion would do (GET /members/me/deletion), in the words the confirmation uses.
function consequencesOf(check) {
  return [
    '昵称、手机号、微信绑定、宝宝档案、消息订阅和收货地址将被删除，无法恢复',
    check.points_to_forfeit > 0 ? `剩余 ${check.points_to_forfeit} 积分将作废` : '',
    check.unused_coupons > 0 ? `${check.unused_coupons} 张未使用的优惠券将作废` : '',
    check.orders_kept > 0 ? `${check.orders_kept} 笔订单的交易记录按财务规定匿名保留，不再与您关联` : '',
    '注销后用同一微信再次登录，将成为新的会员',
  ].filter(Boolean)
}

// 个人信息与隐私 (PIPL): the member sees what the chain holds about them (a summary of their export), takes the
// whole copy (a JSON file to share, or copied), and deletes the account after confirming. Deletion is refused by
// the server while stored value is left or an order / after-sales case is open: the page shows why and offers
// no deletion then.
Component({
  data: {
    loggedIn: true,
    loading: false,
    summary: [],
    exportText: '',
    showJson: false,
    check: null,
    blockers: [],
    consequences: [],
    deleting: false,
    deleted: false,
  },
  methods: {
    onShow() {
      const loggedIn = session.isLoggedIn('member')
      this.setData({ loggedIn })
      if (!loggedIn || this.data.deleted) return Promise.resolve()
      return this.load()
    },
    load() {
      this.setData({ loading: true })
      return Promise.all([
        api.myDataExport().then(data => {
          this.exported = data
          this.setData({ summary: summaryOf(data), exportText: JSON.stringify(data, null, 2) })
        }),
        api.deletionCheck().then(check => this.setData({
          check, blockers: check.blockers || [], consequences: consequencesOf(check),
        })),
      ])
        .catch(() => {})
        .then(() => this.setData({ loading: false }))
    },
    onToggleJson() {
      this.setData({ showJson: !this.data.showJson })
    },
    // The whole copy as a JSON file shared to a chat (to forward or save); where the file cannot be written or
    // shared, the JSON is copied to the clipboard instead.
    onExportFile() {
      if (!this.data.exportText) return Promise.resolve()
      const text = this.data.exportText
      const fs = typeof wx.getFileSystemManager === 'function' ? wx.getFileSystemManager() : null
      const dir = wx.env && wx.env.USER_DATA_PATH
      if (!fs || !dir || typeof wx.shareFileMessage !== 'function') return this.onCopy()
      const filePath = `${dir}/${FILE_NAME}`
      return new Promise((resolve, reject) => fs.writeFile({
        filePath, data: text, encoding: 'utf8', success: resolve, fail: reject,
      }))
        .then(() => wxp.call('shareFileMessage', { filePath, fileName: FILE_NAME }))
        .catch(err => (wxp.isCancel(err) ? null : this.onCopy()))
    },
    onCopy() {
      if (!this.data.exportText) return Promise.resolve()
      return wxp.call('setClipboardData', { data: this.data.exportText })
        .then(() => wx.showToast({ title: '已复制全部数据，可粘贴保存', icon: 'none' }))
        .catch(() => wx.showToast({ title: '复制失败，请稍后重试', icon: 'none' }))
    },
    onDelete() {
      const check = this.data.check
      if (!check || !check.can_delete || this.data.deleting) return Promise.resolve()
      return wxp.showModal({
        title: '确认注销账号？',
        content: `${this.data.consequences.join('；')}。`,
        confirmText: '确认注销',
        confirmColor: '#e64340',
      })
        .then(res => {
          if (!res.confirm) return null
          this.setData({ deleting: true })
          return api.deleteAccount().then(() => {
            session.clear('member')
            this.exported = null
            this.setData({ deleting: false, deleted: true, loggedIn: false, summary: [], exportText: '',
              check: null })
            wx.showToast({ title: '账号已注销', icon: 'success' })
            wx.switchTab({ url: '/pages/member/member' })
          })
        })
        .catch(() => {
          // the server's reason (stored value left, an order in progress) was shown as a toast: check again
          this.setData({ deleting: false })
          return this.load()
        })
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
  },
})
