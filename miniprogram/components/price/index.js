const { formatFen } = require('../../utils/format')

// <price fen="{{1250}}" /> renders ¥12.50; `strike` for a crossed-out original price.
Component({
  properties: {
    fen: { type: Number, value: 0 },
    size: { type: String, value: 'normal' }, // small | normal | large
    strike: { type: Boolean, value: false },
  },
  data: { text: '¥0.00' },
  observers: {
    fen(fen) {
      this.setData({ text: formatFen(fen) })
    },
  },
  lifetimes: {
    attached() {
      this.setData({ text: formatFen(this.data.fen) })
    },
  },
})
