const api = require('../../../utils/api')
const { formatDateTime } = require('../../../utils/format')

// Clerk's after-sales inbox: orders of the clerk's stores whose shopper waits for an answer (newest first),
// and the thread of one of them with a reply box. Opening a thread marks the shopper's messages read; answering
// takes the order out of the inbox.
Component({
  data: {
    items: [],
    total: 0,
    page: 1,
    unreadOnly: false,
    loading: false,
    current: null, // {order_id, order_no, nickname}
    messages: [],
    draft: '',
    sending: false,
  },
  methods: {
    onShow() {
      if (!this.data.current) return this.loadInbox(1)
      return Promise.resolve()
    },
    loadInbox(page) {
      this.setData({ loading: true })
      return api.aftersalesInbox(page, this.data.unreadOnly).then(res => {
        const rows = (res.items || []).map(r => Object.assign({}, r, {
          storeText: r.location_name || r.location_code || '',
          whoText: r.member_nickname || '顾客',
          unreadText: r.unread ? `${r.unread}条未读` : '已读未回复',
          previewText: r.last_message ? r.last_message.body : '',
          timeText: r.last_message ? formatDateTime(r.last_message.created_at) : '',
        }))
        this.setData({
          items: page > 1 ? this.data.items.concat(rows) : rows,
          total: res.total || 0,
          page,
          loading: false,
        })
      }).catch(() => this.setData({ loading: false }))
    },
    onReachBottom() {
      if (this.data.current || this.data.loading || this.data.items.length >= this.data.total) return Promise.resolve()
      return this.loadInbox(this.data.page + 1)
    },
    onToggleUnread() {
      this.setData({ unreadOnly: !this.data.unreadOnly })
      return this.loadInbox(1)
    },
    onOpen(e) {
      const row = this.data.items[e.currentTarget.dataset.index]
      this.setData({ current: { order_id: row.order_id, order_no: row.order_no, nickname: row.whoText }, messages: [], draft: '' })
      return this.loadThread()
    },
    loadThread() {
      return api.staffOrderMessages(this.data.current.order_id).then(thread => this.showThread(thread)).catch(() => {})
    },
    showThread(thread) {
      this.setData({
        messages: (thread.messages || []).map(m => Object.assign({}, m, {
          timeText: formatDateTime(m.created_at),
          rmaText: m.rma_no ? `关于退货单 ${m.rma_no}` : '',
        })),
      })
    },
    onDraftInput(e) {
      this.setData({ draft: e.detail.value })
    },
    onReply() {
      const body = (this.data.draft || '').trim()
      if (!body) {
        wx.showToast({ title: '请输入回复内容', icon: 'none' })
        return Promise.resolve()
      }
      if (this.data.sending) return Promise.resolve()
      this.setData({ sending: true })
      return api.staffReply(this.data.current.order_id, body).then(thread => {
        this.showThread(thread)
        this.setData({ draft: '', sending: false })
        wx.showToast({ title: '已回复', icon: 'success' })
      }).catch(() => this.setData({ sending: false }))
    },
    onBack() {
      this.setData({ current: null, messages: [], draft: '' })
      return this.loadInbox(1)
    },
  },
})
