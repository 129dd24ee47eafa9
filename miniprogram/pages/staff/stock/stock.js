const api = require('../../../utils/api')
const auth = require('../../../utils/auth')
const wxp = require('../../../utils/wxp')

// Stock lookup across stores by name, pinyin initials or barcode (typed or scanned).
Component({
  data: {
    q: '',
    results: [],
    searched: false,
    selected: null, // the sku whose stock is shown
    locations: [],
    myLocation: '',
  },
  methods: {
    onLoad() {
      auth.requireLogin('staff')
      this.setData({ myLocation: auth.staffLocationCode() })
    },
    onInput(e) {
      this.setData({ q: e.detail.value })
    },
    onSearch() {
      const q = (this.data.q || '').trim()
      if (!q) return Promise.resolve()
      return api.searchSkus(q).then(res => {
        const results = res.items || []
        this.setData({ results, searched: true, selected: null, locations: [] })
        if (results.length === 1) return this.showStock(results[0])
        return null
      }).catch(() => {})
    },
    onScan() {
      return wxp.scanCode({ scanType: ['barCode'] }).then(res => {
        this.setData({ q: res.result })
        return this.onSearch()
      }).catch(err => {
        if (!wxp.isCancel(err)) wx.showToast({ title: '扫码失败，请重试', icon: 'none' })
      })
    },
    onSelect(e) {
      const sku = this.data.results[e.currentTarget.dataset.index]
      return sku ? this.showStock(sku) : Promise.resolve()
    },
    showStock(sku) {
      return api.stock(sku.sku_code).then(res => {
        const mine = this.data.myLocation
        const locations = (res.locations || []).map(l => Object.assign({}, l, { mine: l.location_code === mine }))
        locations.sort((a, b) => (b.mine ? 1 : 0) - (a.mine ? 1 : 0))
        this.setData({ selected: sku, locations })
      }).catch(() => {})
    },
  },
})
