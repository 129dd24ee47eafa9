const api = require('../../utils/api')
const session = require('../../utils/session')
const wxp = require('../../utils/wxp')
const { careView } = require('../../utils/care')

const GENDERS = [
  { key: '', label: '暂不填写' },
  { key: 'boy', label: '男宝' },
  { key: 'girl', label: '女宝' },
]

function pad2(n) {
  return String(n).padStart(2, '0')
}

function localDate(d) {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`
}

function childView(c) {
  const gender = GENDERS.find(g => g.key === c.gender)
  return Object.assign({}, c, {
    dateText: c.expecting ? `预产期 ${c.birthday}` : `生日 ${c.birthday}`,
    stageText: c.expecting ? c.stage_name : `${c.age_months}个月 · ${c.stage_name}`,
    genderText: c.gender ? gender.label : '',
  })
}

function emptyForm() {
  return { id: 0, name: '', genderIndex: 0, kind: 'birth', date: '' }
}

// 宝宝档案: the member's children with a birth date or a due date (孕期). The care reminders (满6个月、1周岁、
// 3周岁) are sent as WeChat subscribe messages: saving a child asks for the subscription in the same tap
// (wx.requestSubscribeMessage must be called from a tap), and each 允许 lets the backend send one reminder.
Component({
  data: {
    loggedIn: true,
    children: [],
    genders: GENDERS,
    form: null, // the child being added or edited
    saving: false,
    careTemplateId: '',
    careText: '',
    careOn: false,
    today: '',
    dueEnd: '',
  },
  methods: {
    onShow() {
      const loggedIn = session.isLoggedIn('member')
      const now = new Date()
      this.setData({ loggedIn, today: localDate(now), dueEnd: localDate(new Date(now.getTime() + 300 * 86400000)) })
      if (!loggedIn) return Promise.resolve()
      return Promise.all([
        this.load(),
        api.mySubscriptions().then(res => this.setData(careView((res.items || [])[0]))).catch(() => {}),
      ])
    },
    load() {
      return api.myChildren()
        .then(res => this.setData({ children: (res.items || []).map(childView) }))
        .catch(() => {})
    },
    onAdd() {
      this.setData({ form: emptyForm() })
    },
    onEdit(e) {
      const c = this.data.children.find(x => x.id === Number(e.currentTarget.dataset.id))
      if (!c) return
      this.setData({ form: {
        id: c.id, name: c.name, genderIndex: Math.max(GENDERS.findIndex(g => g.key === c.gender), 0),
        kind: c.expecting ? 'due' : 'birth', date: c.birthday,
      } })
    },
    onCancel() {
      this.setData({ form: null })
    },
    onName(e) {
      this.setData({ 'form.name': e.detail.value })
    },
    onGender(e) {
      this.setData({ 'form.genderIndex': Number(e.detail.value) })
    },
    onKind(e) {
      this.setData({ 'form.kind': e.currentTarget.dataset.kind, 'form.date': '' })
    },
    onDate(e) {
      this.setData({ 'form.date': e.detail.value })
    },
    onSave() {
      const form = this.data.form
      if (!form || this.data.saving) return Promise.resolve()
      const name = (form.name || '').trim()
      if (!name) {
        wx.showToast({ title: '请填写宝宝昵称', icon: 'none' })
        return Promise.resolve()
      }
      if (!form.date) {
        wx.showToast({ title: form.kind === 'due' ? '请选择预产期' : '请选择出生日期', icon: 'none' })
        return Promise.resolve()
      }
      // Ask for the care reminder in this tap (WeChat only shows the dialog from a user's tap).
      const tid = this.data.careTemplateId
      const asking = tid && !this.data.careOn
        ? wxp.requestSubscribeMessage([tid]).catch(() => null)
        : Promise.resolve(null)
      const body = { name, gender: GENDERS[form.genderIndex].key }
      body[form.kind === 'due' ? 'due_date' : 'birth_date'] = form.date
      this.setData({ saving: true })
      const saved = form.id ? api.updateChild(form.id, body) : api.addChild(body)
      return saved
        .then(() => asking.then(res => (res ? api.recordSubscriptions(res)
          .then(answer => this.setData(careView((answer.items || [])[0])))
          .catch(() => {}) : null)))
        .then(() => {
          this.setData({ form: null, saving: false })
          wx.showToast({ title: '已保存', icon: 'success' })
          return this.load()
        })
        .catch(() => this.setData({ saving: false })) // the server's reason was shown as a toast; the form stays
    },
    onRemove(e) {
      const id = Number(e.currentTarget.dataset.id)
      const c = this.data.children.find(x => x.id === id)
      return wxp.showModal({ title: '删除宝宝档案', content: `确定删除「${c ? c.name : ''}」吗？删除后不再发送成长提醒。` })
        .then(res => {
          if (!res.confirm) return null
          return api.removeChild(id).then(() => {
            wx.showToast({ title: '已删除', icon: 'success' })
            return this.load()
          })
        })
        .catch(() => {})
    },
    onSubscribeCare() {
      const tid = this.data.careTemplateId
      if (!tid) return Promise.resolve()
      return wxp.requestSubscribeMessage([tid])
        .then(res => api.recordSubscriptions(res).then(answer => this.setData(careView((answer.items || [])[0]))))
        .catch(() => {})
    },
    onLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    },
  },
})
