// The purchasing pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  suggestions: ['补货建议', 'Reorder suggestions'],
  orderDetail: ['采购单详情', 'Purchase order details'],
  supplierDetail: ['供应商详情', 'Supplier details'],
}
