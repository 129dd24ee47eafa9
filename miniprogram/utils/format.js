// Pure formatting helpers shared by pages and components (all amounts are integer fen).

function formatFen(fen) {
  if (fen === null || fen === undefined || fen === '' || isNaN(Number(fen))) return '--'
  const n = Math.round(Number(fen))
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${yuan}.${cents}`
}

// Yuan amount typed by a clerk ("12.5") -> fen (1250); NaN when not a valid amount.
function yuanToFen(text) {
  const s = String(text === undefined || text === null ? '' : text).trim()
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return NaN
  const [yuan, cents = ''] = s.split('.')
  return Number(yuan) * 100 + Number((cents + '00').slice(0, 2))
}

const ORDER_STATUS_LABELS = {
  pending: '待付款',
  paid: '已付款',
  allocated: '待发货',
  picking: '拣货中',
  shipped: '已发货',
  delivered: '已送达',
  completed: '已完成',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
}

function orderStatusLabel(status) {
  return ORDER_STATUS_LABELS[status] || status || '未知状态'
}

const RETURN_STATUS_LABELS = {
  requested: '待审核',
  approved: '已同意',
  rejected: '已拒绝',
  received: '已收货',
  refunded: '已退款',
  completed: '已完成',
}

function returnStatusLabel(status) {
  return RETURN_STATUS_LABELS[status] || status || '未知状态'
}

const COUPON_STATUS_LABELS = {
  available: '可使用',
  used: '已使用',
  expired: '已过期',
  locked: '使用中',
}

function couponStatusLabel(status) {
  return COUPON_STATUS_LABELS[status] || status || ''
}

// 9000 basis points -> "9折", 8500 -> "8.5折"
function discountText(bp) {
  const tenths = Math.round(Number(bp) / 100) / 10
  return `${tenths}折`
}

// What the coupon is worth: "¥10.00" for an amount coupon, "8.5折" for a discount coupon.
function couponValueText(coupon) {
  if (!coupon) return ''
  if (coupon.kind === 'discount') return discountText(coupon.discount_bp)
  return formatFen(coupon.amount_fen)
}

function couponConditionText(coupon) {
  if (!coupon) return ''
  if (coupon.threshold_fen && coupon.threshold_fen > 0) return `满${formatFen(coupon.threshold_fen)}可用`
  return '无门槛'
}

const PAY_METHOD_LABELS = {
  cash: '现金',
  wechat: '微信支付',
  alipay: '支付宝',
  balance: '储值余额',
}

function payMethodLabel(method) {
  return PAY_METHOD_LABELS[method] || method
}

function pad2(n) {
  return String(n).padStart(2, '0')
}

// ISO string -> "2024-05-01 14:30" in the device's local time; "" for empty input.
function formatDateTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  if (isNaN(d.getTime())) return String(iso)
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`
}

// The moment `d` as ISO 8601 with the phone's own offset (2026-01-01T09:00:00+08:00): what an offline sale
// sends as the time it happened.
function localIso(d) {
  const date = d || new Date()
  const off = -date.getTimezoneOffset()
  const sign = off >= 0 ? '+' : '-'
  const abs = Math.abs(off)
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}T${pad2(date.getHours())}:` +
    `${pad2(date.getMinutes())}:${pad2(date.getSeconds())}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
}

function formatDate(iso) {
  return formatDateTime(iso).slice(0, 10)
}

function formatPointsDelta(delta) {
  const n = Number(delta) || 0
  return n > 0 ? `+${n}` : String(n)
}

module.exports = {
  localIso,
  formatFen,
  yuanToFen,
  ORDER_STATUS_LABELS,
  orderStatusLabel,
  RETURN_STATUS_LABELS,
  returnStatusLabel,
  couponStatusLabel,
  couponValueText,
  couponConditionText,
  discountText,
  PAY_METHOD_LABELS,
  payMethodLabel,
  formatDateTime,
  formatDate,
  formatPointsDelta,
}
