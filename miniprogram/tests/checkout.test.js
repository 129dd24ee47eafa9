// Checkout against the recorded server (tests/contract/checkout*.json): the cart holds what the product page
// showed, and every call the page makes must be one the real server answered.
const { render, text, texts, flush, installWx, memberSession } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')

function yuan(fen) {
  return `¥${(fen / 100).toFixed(2)}`
}

// The cart: the SKU as the recorded product page answered it (qty as bought in the scenario), plus an
// unchecked line that is not bought.
function setup(scenario, store) {
  const rec = loadRecording(scenario)
  const sku = rec.exchanges[0].response.body
  const qty = rec.exchanges.find(e => e.request.path === '/api/v1/checkout/preview').request.body.items[0].qty
  const storage = installWx({ storage: Object.assign(memberSession(), {
    'cradle.cart': [
      { sku_code: sku.sku_code, name: sku.name, spec: sku.spec, image: '', price_fen: sku.price_fen, qty, checked: true },
      { sku_code: 'OTHER-1', name: '不买的商品', spec: '', image: '', price_fen: 100, qty: 1, checked: false },
    ],
  }, store ? { 'cradle.store': store } : {}) })
  // The product page is part of the scenario (it is what filled the cart): play it from the recording too.
  const be = recordedBackend(scenario)
  return { storage, be, sku, qty }
}

async function openProduct(sku, store) {
  const page = render('pages/product/product')
  await page.instance.onLoad({ sku_code: sku.sku_code })
  await flush()
  return page
}

test('the price the product page shows is the subtotal the checkout shows and the order charges', async () => {
  const { be, sku, qty, storage } = setup('checkout')
  const product = await openProduct(sku)
  expect(text(product, '.product__price')).toBe(yuan(sku.price_fen))

  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  expect(texts(page, '.checkout__line-name')).toEqual([sku.name]) // only the checked line is bought
  expect(text(page, '.checkout__subtotal')).toBe(yuan(sku.price_fen * qty))
  expect(text(page, '.checkout__points-label')).toBe('积分抵扣（可用800积分）')

  const coupon = be.answer('checkout', 1).items[0]
  await page.instance.onSelectCoupon({ detail: { coupon } })
  await flush()
  expect(texts(page, '.checkout__discount')).toEqual([`${be.answer('checkout', 5).discounts[0].label}-¥20.00`])
  await page.instance.onTogglePoints()
  await flush()
  const priced = be.answer('checkout', 6)
  expect(text(page, '.checkout__points-used')).toBe(`已用${priced.points_used}积分`)
  expect(text(page, '.checkout__total')).toBe(yuan(priced.total_fen))

  await page.instance.onSubmit()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请选择收货地址' }))
  wx.chooseAddress = jest.fn(({ success }) => success({ userName: '王女士', telNumber: '13800138000', provinceName: '上海市',
    cityName: '上海市', countyName: '浦东新区', detailInfo: '世纪大道1号', postalCode: '200120' }))
  await page.instance.onChooseAddress()
  await flush()
  expect(text(page, '.checkout__consignee')).toBe('王女士 13800138000')
  await page.instance.onSubmit()
  await flush()
  const order = be.answer('checkout', 7).order
  expect(order.total_fen).toBe(priced.total_fen)
  expect(wx.requestPayment).toHaveBeenCalledWith(expect.objectContaining({ signType: 'MD5', package: '<token>' }))
  expect(wx.redirectTo).toHaveBeenCalledWith({ url: `/pages/order-detail/order-detail?id=${order.id}` })
  expect(storage['cradle.cart'].map(i => i.sku_code)).toEqual(['OTHER-1'])
  be.assertAllUsed()
})

test('store pickup sends pickup=true and the store; the store price is shown and charged; a cancelled payment still opens the order', async () => {
  const { be, sku, qty } = setup('checkout_pickup', { code: 'ST-001', name: '徐汇漕溪北路店' })
  wx.requestPayment = jest.fn(({ fail }) => fail({ errMsg: 'requestPayment:fail cancel' }))
  const product = await openProduct(sku)
  expect(text(product, '.product__price')).toBe(yuan(sku.price_fen))
  expect(text(product, '.product__stock')).toBe(`有货（可售${sku.available}件）`)
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  page.querySelectorAll('.checkout__modes .tab')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.checkout__store')).toBe('徐汇漕溪北路店 ›')
  expect(text(page, '.checkout__total')).toBe(yuan(sku.price_fen * qty))
  await page.instance.onSubmit()
  await flush()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '支付已取消' }))
  const order = be.answer('checkout_pickup', 5).order
  expect(order.total_fen).toBe(sku.price_fen * qty)
  expect(wx.redirectTo).toHaveBeenCalledWith({ url: `/pages/order-detail/order-detail?id=${order.id}` })
  be.assertAllUsed()
})

test('insufficient stock shows the server message and keeps the cart', async () => {
  const rec = loadRecording('checkout_short_stock')
  const wanted = rec.exchanges[3].request.body.items[0]
  const storage = installWx({ storage: Object.assign(memberSession(), {
    'cradle.cart': [{ sku_code: wanted.sku_code, name: '纸尿裤', spec: '', image: '', price_fen: 15090, qty: wanted.qty, checked: true }],
    'cradle.store': { code: 'ST-001', name: '徐汇漕溪北路店' },
  }) })
  const be = recordedBackend('checkout_short_stock')
  const page = render('pages/checkout/checkout')
  await page.instance.onLoad({ from: 'cart' })
  await flush()
  page.querySelectorAll('.checkout__modes .tab')[1].dispatchEvent('tap')
  await flush()
  await page.instance.onSubmit()
  await flush()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: be.answer('checkout_short_stock', 4).error.message }))
  expect(wx.requestPayment).not.toHaveBeenCalled()
  expect(storage['cradle.cart']).toHaveLength(1)
  expect(text(page, '.checkout__submit')).toBe('提交订单并支付')
  be.assertAllUsed()
})
