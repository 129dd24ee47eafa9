const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')

const CART = [
  { sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', spec: '800g', image: '', price_fen: 25800, qty: 2, checked: true },
  { sku_code: 'WIPE-1', name: '婴儿湿巾', spec: '80抽', image: '', price_fen: 1250, qty: 1, checked: false },
]
const COUPONS = { items: [
  { id: 11, name: '满199减20', kind: 'amount', amount_fen: 2000, threshold_fen: 19900, expires_at: '2030-01-31T00:00:00+08:00', status: 'available' },
] }

function preview(req) {
  const d = req.data
  const subtotal = 51600
  const discounts = []
  if (d.coupon_id === 11) discounts.push({ label: '满199减20', amount_fen: 2000 })
  const points = d.points ? Math.min(d.points, 500) : 0
  if (points) discounts.push({ label: '积分抵扣', amount_fen: points })
  const total = subtotal - discounts.reduce((s, x) => s + x.amount_fen, 0)
  return { subtotal_fen: subtotal, discounts, points_used: points, total_fen: total }
}

function setup(extraRoutes) {
  const storage = installWx({ storage: Object.assign(memberSession(), {
    'cradle.cart': CART.map(x => Object.assign({}, x)),
    'cradle.store': { code: 'S001', name: '人民广场店' },
  }) })
  const be = installBackend(Object.assign({
    'GET /api/v1/members/me/coupons': COUPONS,
    'GET /api/v1/members/me': { id: 1, points: 800, balance_fen: 0, level: { code: 'normal', name: '普通会员' } },
    'GET /api/v1/shop/stores': { items: [{ code: 'S001', name: '人民广场店' }, { code: 'S002', name: '徐家汇店' }] },
    'POST /api/v1/checkout/preview': preview,
  }, extraRoutes || {}))
  return { storage, be }
}

test('preview binds subtotal, discounts, points and total from the server', async () => {
  const { be } = setup()
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  // only the checked cart line is bought
  expect(texts(page, '.checkout__line-name')).toEqual(['婴儿配方奶粉 1段'])
  expect(be.last('POST', '/api/v1/checkout/preview').data).toEqual({ items: [{ sku_code: 'MILK-1', qty: 2 }], location_code: 'S001' })
  expect(text(page, '.checkout__subtotal')).toBe('¥516.00')
  expect(text(page, '.checkout__total')).toBe('¥516.00')
  expect(text(page, '.checkout__points-label')).toBe('积分抵扣（可用800积分）')
  expect(text(page, '.checkout__points-switch')).toBe('不使用')

  // choose the coupon
  await page.instance.onSelectCoupon({ detail: { coupon: COUPONS.items[0] } })
  await flush()
  expect(be.last('POST', '/api/v1/checkout/preview').data.coupon_id).toBe(11)
  expect(texts(page, '.checkout__discount')).toEqual(['满199减20-¥20.00'])
  expect(text(page, '.checkout__total')).toBe('¥496.00')

  // use points: the server caps them and reports points_used
  await page.instance.onTogglePoints()
  await flush()
  expect(be.last('POST', '/api/v1/checkout/preview').data.points).toBe(800)
  expect(text(page, '.checkout__points-used')).toBe('已用500积分')
  expect(text(page, '.checkout__points-switch')).toBe('已使用')
  expect(text(page, '.checkout__total')).toBe('¥491.00')
})

test('submitting creates the order, pays with the backend prepay params and opens the order', async () => {
  const payParams = { timeStamp: '1714530000', nonceStr: 'n0nce', package: 'prepay_id=wx0123', signType: 'MD5', paySign: 'ABCDEF' }
  const { be, storage } = setup({
    'POST /api/v1/orders': { status: 201, body: { order: { id: 42, order_no: 'SO42', status: 'pending', total_fen: 49600, items: [] } } },
    'POST /api/v1/orders/42/pay/wechat': payParams,
  })
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  await page.instance.onSelectCoupon({ detail: { coupon: COUPONS.items[0] } })
  // delivery needs an address first
  await page.instance.onSubmit()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请选择收货地址' }))
  wx.chooseAddress = jest.fn(({ success }) => success({ userName: '王女士', telNumber: '13800138000', provinceName: '上海市',
    cityName: '上海市', countyName: '浦东新区', detailInfo: '世纪大道1号', postalCode: '200120' }))
  await page.instance.onChooseAddress()
  await flush()
  expect(text(page, '.checkout__consignee')).toBe('王女士 13800138000')

  await page.instance.onSubmit()
  const post = be.last('POST', '/api/v1/orders')
  expect(post.data).toEqual({
    channel: 'miniprogram', items: [{ sku_code: 'MILK-1', qty: 2 }], coupon_id: 11, location_code: 'S001', pickup: false,
    address: { name: '王女士', phone: '13800138000', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道1号', postal_code: '200120' },
  })
  expect(post.header['Idempotency-Key']).toMatch(/^mp-/)
  expect(wx.requestPayment).toHaveBeenCalledWith(expect.objectContaining(payParams))
  expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/order-detail/order-detail?id=42' })
  // bought lines leave the cart, unchecked ones stay
  expect(storage['cradle.cart'].map(i => i.sku_code)).toEqual(['WIPE-1'])
})

test('store pickup sends pickup=true and the store code; a cancelled payment still opens the order', async () => {
  const { be } = setup({
    'POST /api/v1/orders': { status: 201, body: { order: { id: 43, order_no: 'SO43', status: 'pending', total_fen: 51600, items: [] } } },
    'POST /api/v1/orders/43/pay/wechat': { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx43', signType: 'MD5', paySign: 'S' },
  })
  wx.requestPayment = jest.fn(({ fail }) => fail({ errMsg: 'requestPayment:fail cancel' }))
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  page.querySelectorAll('.checkout__modes .tab')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.checkout__store')).toBe('人民广场店 ›')
  await page.instance.onSubmit()
  expect(be.last('POST', '/api/v1/orders').data).toEqual({ channel: 'miniprogram', items: [{ sku_code: 'MILK-1', qty: 2 }], location_code: 'S001', pickup: true })
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '支付已取消' }))
  expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/order-detail/order-detail?id=43' })
})

test('insufficient stock shows the server message and keeps the cart', async () => {
  const { storage } = setup({
    'POST /api/v1/orders': { status: 409, body: { error: { code: 'insufficient_stock', message: '库存不足：婴儿配方奶粉 1段' } } },
  })
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  page.querySelectorAll('.checkout__modes .tab')[1].dispatchEvent('tap')
  await flush()
  await page.instance.onSubmit()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '库存不足：婴儿配方奶粉 1段' }))
  expect(wx.requestPayment).not.toHaveBeenCalled()
  expect(storage['cradle.cart']).toHaveLength(2)
  expect(text(page, '.checkout__submit')).toBe('提交订单并支付')
})
