// Every backend endpoint the pages call, in one place (shapes documented in ../API.md).

const { get, post, put, del } = require('./request')

const enc = encodeURIComponent

function query(params) {
  const parts = []
  Object.keys(params || {}).forEach(k => {
    const v = params[k]
    if (v !== undefined && v !== null && v !== '') parts.push(`${enc(k)}=${enc(v)}`)
  })
  return parts.length ? `?${parts.join('&')}` : ''
}

const MEMBER = { auth: 'member' }
const STAFF = { auth: 'staff' }

module.exports = {
  query,

  // auth
  wechatLogin: code => post('/auth/wechat', { code }, { auth: false }),
  staffLogin: (username, password) => post('/auth/login', { username, password }, { auth: false }),
  staffWechatLogin: code => post('/auth/wechat/staff', { code }, { auth: false, silent: true }),
  // second step of a staff login that answered mfa_required (an HQ admin / finance account with MFA)
  mfaVerify: (mfaToken, otp) => post('/auth/mfa/verify', { mfa_token: mfaToken, otp }, { auth: false }),
  // ends the staff session on the server (its tokens stop working); silent: the page clears it anyway
  staffLogout: () => post('/auth/logout', {}, { auth: 'staff', silent: true }),
  bindStaffWechat: code => post('/auth/wechat/bind', { code }, STAFF),
  staffMe: () => get('/staff/me', undefined, { auth: 'staff', silent: true }),
  bindPhone: code => post('/members/me/phone', { code }, MEMBER),

  // shop (public, but a member token is sent when there is one)
  categories: () => get('/shop/categories', undefined, MEMBER),
  products: params => get(`/shop/products${query(params)}`, undefined, MEMBER),
  sku: (skuCode, locationCode) =>
    get(`/shop/skus/${enc(skuCode)}${query({ location_code: locationCode })}`, undefined, MEMBER),
  stores: () => get('/shop/stores', undefined, MEMBER),

  // member
  me: () => get('/members/me', undefined, MEMBER),
  myCoupons: status => get(`/members/me/coupons${query({ status })}`, undefined, MEMBER),
  myPoints: () => get('/members/me/points', undefined, MEMBER),
  mySubscriptions: () => get('/members/me/subscriptions', undefined, MEMBER),
  // results: wx.requestSubscribeMessage's success answer as it is ({<tmplId>: 'accept'|'reject'|..., errMsg})
  recordSubscriptions: results => post('/members/me/subscriptions', { results }, MEMBER),
  // coupon centre (领券中心): claimable templates with can_claim; claiming answers the coupon (409: limit / sold out)
  couponCentre: () => get('/coupons/available', undefined, MEMBER),
  claimCoupon: templateId => post(`/coupons/${enc(templateId)}/claim`, {}, MEMBER),
  // baby profiles (宝宝档案); child: {name, gender, birth_date} or {name, gender, due_date}
  myChildren: () => get('/members/me/children', undefined, MEMBER),
  addChild: child => post('/members/me/children', child, MEMBER),
  updateChild: (childId, child) => put(`/members/me/children/${enc(childId)}`, child, MEMBER),
  removeChild: childId => del(`/members/me/children/${enc(childId)}`, MEMBER),
  // 个人信息与隐私 (PIPL): the member's whole data as one JSON document; whether the account may be deleted now
  // ({can_delete, blockers: [{code, message}], points_to_forfeit, balance_fen, orders_kept, unused_coupons}); and
  // the deletion itself (409 stored_value_remaining / deletion_blocked with the reason, shown as a toast)
  myDataExport: () => get('/members/me/export', undefined, MEMBER),
  deletionCheck: () => get('/members/me/deletion', undefined, MEMBER),
  deleteAccount: () => post('/members/me/deletion', { confirm: true }, MEMBER),
  // 会员码: a one-time stored-value payment code, valid 60 s (silent: the page shows why it failed)
  myPayCode: () => post('/members/me/pay-code', {}, { auth: 'member', silent: true }),

  // checkout and orders (shopper)
  checkoutPreview: body => post('/checkout/preview', body, MEMBER),
  createOrder: (body, idempotencyKey) => post('/orders', body, { auth: 'member', idempotencyKey }),
  payWechat: orderId => post(`/orders/${enc(orderId)}/pay/wechat`, {}, MEMBER),
  orders: status => get(`/orders${query({ status })}`, undefined, MEMBER),
  order: orderId => get(`/orders/${enc(orderId)}`, undefined, MEMBER),
  cancelOrder: orderId => post(`/orders/${enc(orderId)}/cancel`, {}, MEMBER),
  // a paid order nothing of which is picked yet: approved at once within the chain's window, else by the store
  requestRefund: (orderId, reason) => post(`/orders/${enc(orderId)}/refund-request`, { reason }, MEMBER),
  requestReturn: (orderId, items, reason) => post(`/orders/${enc(orderId)}/returns`, { items, reason }, MEMBER),
  // 换货: {item_id, qty, sku_code, reason}; one Idempotency-Key per form, so a resend opens one exchange
  requestExchange: (orderId, body, idempotencyKey) =>
    post(`/orders/${enc(orderId)}/exchanges`, body, { auth: 'member', idempotencyKey }),
  // after-sales thread with the store; reading it marks the store's messages read (silent: the page shows the
  // order even when the thread cannot load)
  orderMessages: (orderId, beforeId) =>
    get(`/orders/${enc(orderId)}/messages${query({ before_id: beforeId })}`, undefined, { auth: 'member', silent: true }),
  // idempotencyKey: one per draft, so sending again after a lost answer never stores the message twice
  postOrderMessage: (orderId, body, rmaId, idempotencyKey) =>
    post(`/orders/${enc(orderId)}/messages`, rmaId ? { body, rma_id: rmaId } : { body }, { auth: 'member', idempotencyKey }),

  // staff
  searchSkus: q => get(`/skus${query({ q, page: 1, page_size: 20 })}`, undefined, STAFF),
  stock: skuCode => get(`/stock${query({ sku_code: skuCode })}`, undefined, STAFF),
  posMembers: q => get(`/pos/members${query({ q })}`, undefined, STAFF),
  posPreview: body => post('/pos/preview', body, STAFF),
  topup: (memberId, body, idempotencyKey) =>
    post(`/pos/members/${enc(memberId)}/topup`, body, { auth: 'staff', idempotencyKey }),
  // Counter sales made offline, oldest first: [{key, occurred_at, location_code, items, payments, member_id?}]
  posOfflineSales: (sales, options) => post('/pos/offline-sales', { sales }, Object.assign({ auth: 'staff' }, options || {})),
  posSale: (body, idempotencyKey, options) =>
    post('/orders', Object.assign({ channel: 'pos' }, body), Object.assign({ auth: 'staff', idempotencyKey }, options || {})),
  // the counter receipt: its data and the ESC/POS bytes (escpos_base64) for a 58 / 80 mm printer
  posReceipt: (orderId, width) => get(`/orders/${enc(orderId)}/receipt${query({ format: 'json', width })}`, undefined, STAFF),
  transfer: id => get(`/transfers/${enc(id)}`, undefined, STAFF),
  // lines: [{sku_code, batch_no?, qty_received, reason?}] when something arrived short; none: all as shipped
  receiveTransfer: (id, lines) => post(`/transfers/${enc(id)}/receive`, lines ? { lines } : {}, STAFF),
  stocktake: id => get(`/stocktakes/${enc(id)}`, undefined, STAFF),
  stocktakeCount: (id, body) => post(`/stocktakes/${enc(id)}/counts`, body, STAFF),
  clock: (kind, lat, lng) => post('/attendance/clock', { kind, lat, lng }, STAFF),
  // after-sales messages: the store's inbox, then the same thread routes as the shopper's with the staff token
  aftersalesInbox: (page, unreadOnly) =>
    get(`/aftersales/inbox${query({ page, page_size: 20, unread_only: unreadOnly ? 'true' : '' })}`, undefined, STAFF),
  staffOrderMessages: orderId => get(`/orders/${enc(orderId)}/messages`, undefined, STAFF),
  staffReply: (orderId, body) => post(`/orders/${enc(orderId)}/messages`, { body }, STAFF),
}
