// − value + ; emits "change" {value} within [min, max].
Component({
  properties: {
    value: { type: Number, value: 1 },
    min: { type: Number, value: 1 },
    max: { type: Number, value: 999 },
  },
  methods: {
    emit(value) {
      const v = Math.min(this.data.max, Math.max(this.data.min, value))
      if (v !== this.data.value) this.triggerEvent('change', { value: v })
    },
    onMinus() {
      this.emit(this.data.value - 1)
    },
    onPlus() {
      this.emit(this.data.value + 1)
    },
  },
})
