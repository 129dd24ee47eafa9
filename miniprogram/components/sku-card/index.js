// A product tile: image, name, spec, price and an optional add-to-cart button.
// Events: "select" {sku_code} when tapped, "add" {sku} when the add button is tapped.
Component({
  properties: {
    sku: { type: Object, value: {} },
    showAdd: { type: Boolean, value: true },
    layout: { type: String, value: 'grid' }, // grid | row
  },
  methods: {
    onTap() {
      this.triggerEvent('select', { sku_code: this.data.sku.sku_code })
    },
    onAdd() {
      this.triggerEvent('add', { sku: this.data.sku })
    },
  },
})
