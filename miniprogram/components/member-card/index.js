const { formatFen } = require('../../utils/format')

// The member card: nickname, level, points and stored-value balance.
function view(member) {
  const m = member || {}
  const level = m.level && typeof m.level === 'object' ? m.level : { code: '', name: m.level || '' }
  return {
    nickname: m.nickname || '微信用户',
    phone: m.phone_masked || '未绑定手机号',
    levelName: level.name || '普通会员',
    levelCode: level.code || 'normal',
    points: Number(m.points || 0),
    balanceText: formatFen(m.balance_fen || 0),
    memberCode: m.member_code || '',
  }
}

Component({
  properties: {
    member: { type: Object, value: null },
  },
  data: { view: view(null) },
  observers: {
    member(member) {
      this.setData({ view: view(member) })
    },
  },
  methods: {
    onTapPoints() {
      this.triggerEvent('points')
    },
    onTapBalance() {
      this.triggerEvent('balance')
    },
  },
})
