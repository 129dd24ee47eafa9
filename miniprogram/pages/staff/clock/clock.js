const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const session = require('../../../utils/session')
const wxp = require('../../../utils/wxp')
const { formatDateTime } = require('../../../utils/format')

const KIND_LABELS = { in: '上班', out: '下班' }

// Clock in / out with the phone's location; the backend checks the distance to the store.
Component({
  data: { staffName: '', storeText: '', records: [], busy: false },
  methods: {
    onLoad() {
      auth.requireLogin('staff')
      const p = session.getProfile('staff') || {}
      this.setData({ staffName: p.display_name || p.username || '', storeText: (p.store_names || p.store_codes || []).join('、') })
    },
    onClockIn() {
      return this.clock('in')
    },
    onClockOut() {
      return this.clock('out')
    },
    clock(kind) {
      if (this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      return wxp.getLocation()
        .catch(() => {
          wx.showToast({ title: '请允许获取位置信息后再打卡', icon: 'none' })
          return null
        })
        .then(loc => {
          if (!loc) return null
          return api.clock(kind, loc.latitude, loc.longitude).then(res => {
            const record = {
              id: res.id,
              kindLabel: KIND_LABELS[res.kind || kind],
              timeText: formatDateTime(res.clocked_at || new Date().toISOString()),
              distanceText: res.distance_m !== undefined && res.distance_m !== null ? `距门店${Math.round(res.distance_m)}米` : '',
              within: res.within_range !== false,
            }
            this.setData({ records: [record].concat(this.data.records) })
            wx.showToast({ title: `${record.kindLabel}打卡成功`, icon: 'success' })
            return record
          })
        })
        .catch(() => null)
        .then(r => {
          this.setData({ busy: false })
          return r
        })
    },
  },
})
