const { openPage, text, texts, flush, installWx, installBackend, staffSession, NETWORK_DOWN } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')

const SKUS = {
  '6901234567890': { sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', barcode: '6901234567890', price_fen: 25800 },
  '6909876543210': { sku_code: 'WIPE-1', name: '婴儿湿巾', barcode: '6909876543210', price_fen: 1250 },
}
const MEMBER = {
  id: 501, nickname: '李女士', phone_masked: '139****1234', member_code: 'M000501', level: { code: 'gold', name: '金卡会员' },
  points: 300, balance_fen: 100000,
  coupons: [{ id: 21, name: '门店满100减10', kind: 'amount', amount_fen: 1000, threshold_fen: 10000, status: 'available' }],
}

function posPreview(req) {
  const d = req.data
  const prices = { 'MILK-1': 25800, 'WIPE-1': 1250 }
  const subtotal = d.items.reduce((s, i) => s + prices[i.sku_code] * i.qty, 0)
  const discounts = []
  if (d.coupon_id === 21) discounts.push({ label: '门店满100减10', amount_fen: 1000 })
  const points = d.points ? Math.min(d.points, 300) : 0
  if (points) discounts.push({ label: '积分抵扣', amount_fen: points })
  return { subtotal_fen: subtotal, discounts, points_used: points, total_fen: subtotal - discounts.reduce((s, x) => s + x.amount_fen, 0) }
}

function routes(extra) {
  return Object.assign({
    'GET /api/v1/skus': req => ({ items: SKUS[req.query.q] ? [SKUS[req.query.q]] : [], total: SKUS[req.query.q] ? 1 : 0 }),
    'GET /api/v1/pos/members': req => ({ items: req.query.q === '13900001234' || req.query.q === 'M000501' ? [MEMBER] : [] }),
    'POST /api/v1/pos/preview': posPreview,
  }, extra || {})
}

function openPos() {
  return openPage('pages/staff/pos/pos', {})
}

function scanReturns(code) {
  wx.scanCode = jest.fn(({ success }) => success({ result: code, scanType: 'EAN_13' }))
}

test('scanning adds lines with prices in yuan and a server-priced total', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend(routes())
  const page = await openPos()
  scanReturns('6901234567890')
  await page.instance.onScan()
  await page.instance.onScan()
  scanReturns('6909876543210')
  await page.instance.onScan()
  await flush()
  expect(be.last('GET', '/api/v1/skus').header.Authorization).toBe('Bearer staff-access')
  expect(texts(page, '.pos__line-name')).toEqual(['婴儿配方奶粉 1段', '婴儿湿巾'])
  expect(texts(page, '.pos__line-amount')).toEqual(['¥516.00', '¥12.50'])
  expect(text(page, '.pos__subtotal')).toBe('¥528.50')
  expect(text(page, '.pos__total')).toBe('¥528.50')
  expect(be.last('POST', '/api/v1/pos/preview').data).toEqual({
    location_code: 'S001', items: [{ sku_code: 'MILK-1', qty: 2 }, { sku_code: 'WIPE-1', qty: 1 }],
  })
})

test('unknown barcodes are reported in Chinese', async () => {
  installWx({ storage: staffSession() })
  installBackend(routes())
  const page = await openPos()
  scanReturns('0000000000000')
  await page.instance.onScan()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '未找到该商品' }))
  expect(text(page, '.pos__total')).toBe('¥0.00')
})

test('member lookup, coupon and points flow into the sale; cash gives change and a receipt (recorded, pos_cash.json)', async () => {
  const session = staffSession()
  session['cradle.profile.staff'] = loadRecording('staff_login').exchanges[1].response.body
  installWx({ storage: session })
  const be = recordedBackend('pos_cash')
  const sku = be.answer('pos_cash', 0).items[0]
  const member = be.answer('pos_cash', 2).items[0]
  const q = be.recorded('pos_cash', 'GET', '/api/v1/pos/members')[0].request.query.q
  const page = await openPos()
  scanReturns(sku.barcode)
  await page.instance.onScan()
  await flush()
  expect(texts(page, '.pos__line-name')).toEqual([sku.name])

  page.instance.onMemberInput({ detail: { value: q } })
  await page.instance.onMemberSearch()
  await flush()
  expect(text(page, '.pos__member-name')).toBe(member.nickname)
  expect(text(page, '.pos__member-level')).toBe(member.level.name)
  expect(text(page, '.pos__member-points')).toBe(`积分 ${member.points}`)

  await page.instance.onSelectCoupon({ detail: { coupon: member.coupons.find(c => c.kind === 'amount') } })
  await page.instance.onTogglePoints()
  await flush()
  const priced = be.answer('pos_cash', 5)
  expect(texts(page, '.pos__discount')).toEqual(priced.discounts.map(d => `${d.label}-¥${(d.amount_fen / 100).toFixed(2)}`))
  expect(text(page, '.pos__points-used')).toBe(`已用${priced.points_used}积分`)
  const total = `¥${(priced.total_fen / 100).toFixed(2)}`
  expect(text(page, '.pos__total')).toBe(total)

  page.instance.onCashInput({ detail: { value: '200' } })
  await flush()
  expect(text(page, '.pos__change')).toBe(`找零 ¥${((20000 - priced.total_fen) / 100).toFixed(2)}`)
  await page.instance.onCheckout()
  await flush()
  const sale = be.answer('pos_cash', 6).order
  expect(be.last('POST', '/api/v1/orders').header['Idempotency-Key']).toMatch(/^pos-/)
  expect(text(page, '.receipt__no')).toBe(`单号：${sale.order_no}`)
  expect(text(page, '.receipt__total')).toBe(total)
  expect(text(page, '.receipt__received')).toBe('¥200.00')
  // the counter is cleared for the next sale
  expect(page.querySelectorAll('.pos__line')).toHaveLength(0)
  be.assertAllUsed()
})

test('payment code: the scanned code decides WeChat or Alipay and the receipt says which; balance needs stored value', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend(routes({
    'POST /api/v1/orders': req => ({ status: 201, body: {
      order: { id: 901, order_no: 'POS-2', status: 'completed', total_fen: 25800, items: [] },
      payment: { method: req.data.payments[0].method, method_name: req.data.payments[0].method === 'wechat' ? '微信付款码' : '支付宝付款码', amount_fen: 25800, trade_no: 'T1' } } }),
  }))
  const page = await openPos()
  scanReturns('6901234567890')
  await page.instance.onScan()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '储值支付请先查询会员' }))
  expect(texts(page, '.pos__method')).toEqual(['现金', '付款码', '储值'])
  page.querySelectorAll('.pos__method')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.pos__method--on')).toBe('付款码')
  expect(text(page, '.pos__code-hint')).toBe('点「收款」后扫描顾客的微信或支付宝付款码（需要联网）')
  scanReturns('134567890123456789')
  await page.instance.onCheckout()
  await flush()
  expect(be.last('POST', '/api/v1/orders').data.payments).toEqual([{ method: 'wechat', amount_fen: 25800, auth_code: '134567890123456789' }])
  expect(text(page, '.receipt__no')).toBe('单号：POS-2')
  expect(text(page, '.receipt__pay-label')).toBe('微信付款码')

  scanReturns('6901234567890')
  await page.instance.onScan()
  page.querySelectorAll('.pos__method')[1].dispatchEvent('tap')
  await flush()
  scanReturns('286543210987654321')
  await page.instance.onCheckout()
  await flush()
  expect(be.last('POST', '/api/v1/orders').data.payments).toEqual([{ method: 'alipay', amount_fen: 25800, auth_code: '286543210987654321' }])
  expect(text(page, '.receipt__pay-label')).toBe('支付宝付款码')
})

test('an unrecognised payment code is not sent', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend(routes())
  const page = await openPos()
  scanReturns('6901234567890')
  await page.instance.onScan()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'code' } } })
  scanReturns('6901234567890')
  await page.instance.onCheckout()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '无法识别的付款码' }))
  expect(be.calls.filter(c => c.method === 'POST' && c.path === '/api/v1/orders')).toHaveLength(0)
})

test('a refused payment code shows why; the next attempt is a new sale with a new key', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend(routes({
    'POST /api/v1/orders': { status: 402, body: { error: { code: 'insufficient_funds', message: '顾客微信余额不足，请换一种支付方式' },
      order: { id: 903, order_no: 'POS-4', status: 'cancelled' } } },
  }))
  const page = await openPos()
  scanReturns('6901234567890')
  await page.instance.onScan()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'code' } } })
  scanReturns('134567890123456780')
  await page.instance.onCheckout()
  await flush()
  expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '收款失败', content: '顾客微信余额不足，请换一种支付方式' }))
  expect(text(page, '.pos__pay-error')).toBe('顾客微信余额不足，请换一种支付方式')
  expect(texts(page, '.pos__line-name')).toEqual(['婴儿配方奶粉 1段']) // the cart stays for another way to pay
  const firstKey = be.last('POST', '/api/v1/orders').header['Idempotency-Key']
  scanReturns('134567890123456781')
  await page.instance.onCheckout()
  const second = be.last('POST', '/api/v1/orders')
  expect(second.header['Idempotency-Key']).not.toBe(firstKey)
  expect(second.data.payments[0].auth_code).toBe('134567890123456781')
})

test('no answer for a payment code: never saved offline; 收款 again resends the same request and key', async () => {
  const storage = installWx({ storage: staffSession() })
  const be = installBackend(routes({ 'POST /api/v1/orders': NETWORK_DOWN }))
  const page = await openPos()
  scanReturns('6901234567890')
  await page.instance.onScan()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'code' } } })
  scanReturns('134567890123456782')
  await page.instance.onCheckout()
  await flush()
  expect(storage['cradle.pos.outbox'] || []).toEqual([])
  expect(text(page, '.pos__pay-error')).toBe('未收到收款结果，请点「收款」重新确认（不会重复扣款）')
  const first = be.last('POST', '/api/v1/orders')

  be.routes['POST /api/v1/orders'] = { status: 201, body: { order: { id: 904, order_no: 'POS-5', status: 'completed', total_fen: 25800, items: [] },
    payment: { method: 'wechat', method_name: '微信付款码', amount_fen: 25800, trade_no: 'T5' } } }
  wx.scanCode = jest.fn()
  await page.instance.onCheckout()
  await flush()
  expect(wx.scanCode).not.toHaveBeenCalled() // the same code, not a second scan
  const again = be.last('POST', '/api/v1/orders')
  expect(again.header['Idempotency-Key']).toBe(first.header['Idempotency-Key'])
  expect(again.data).toEqual(first.data)
  expect(text(page, '.receipt__no')).toBe('单号：POS-5')
  expect(page.querySelector('.pos__pay-error')).toBeFalsy()
})
