// The orders pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  orderDetail: ['订单详情', 'Order details'],
}
