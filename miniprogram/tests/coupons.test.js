// 领券中心 and 我的优惠券 against the recorded server (tests/contract/coupon_centre.json, written by
// tests/contract/test_miniprogram_members.py).
const { render, text, texts, flush, installWx, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

function yuan(fen) {
  return `¥${(fen / 100).toFixed(2)}`
}

async function openCentre() {
  installWx({ storage: memberSession() })
  const be = recordedBackend('coupon_centre')
  const page = render('pages/coupons/coupons')
  await page.instance.onShow()
  await flush()
  return { page, be }
}

test('the coupon centre lists what the server offers and claims one', async () => {
  const { page, be } = await openCentre()
  const offered = be.answer('coupon_centre', 0).items
  expect(texts(page, '.coupons__name')).toEqual(offered.map(t => t.name))
  const first = offered[0]
  expect(texts(page, '.coupons__value')[0]).toBe(first.kind === 'discount' ? `${first.discount_bp / 1000}折` : yuan(first.amount_fen))
  expect(texts(page, '.coupons__validity')[0]).toBe(`领取后${first.valid_days}天内有效`)
  expect(texts(page, '.coupons__claim')).toEqual(offered.map(() => '立即领取'))

  page.querySelectorAll('.coupons__claim')[0].dispatchEvent('tap')
  await flush(10)
  expect(be.last('POST').path).toBe(`/api/v1/coupons/${first.id}/claim`)
  expect(be.last('POST').data).toEqual({})
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '领取成功' }))
  // reloaded: the server now says this one cannot be claimed again
  const after = be.answer('coupon_centre', 3).items
  expect(after[0].can_claim).toBe(false)
  expect(texts(page, '.coupons__claim')).toEqual(after.map(t => (t.can_claim ? '立即领取' : '已领取')))
  expect(texts(page, '.coupons__claim').slice(0, 2)).toEqual(['已领取', '立即领取'])
})

test('a claim the server refuses (per-member limit) shows its message and reloads', async () => {
  const { page, be } = await openCentre()
  const first = be.answer('coupon_centre', 0).items[0]
  await page.instance.onClaim({ currentTarget: { dataset: { id: first.id } } })
  await flush()
  // a second tap on a stale button (another device claimed it): 409 with the server's words
  await page.instance.onClaim({ currentTarget: { dataset: { id: first.id } } })
  await flush()
  const refusal = be.answer('coupon_centre', 2).error.message
  expect(refusal).toBe('每人限领 1 张，您已领取过')
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: refusal }))
  expect(texts(page, '.coupons__claim')[0]).toBe('已领取')
  be.assertAllUsed()
})

test('my coupons: the tabs ask the server by status', async () => {
  installWx({ storage: memberSession() })
  const be = recordedBackend('coupon_centre')
  const page = render('pages/my-coupons/my-coupons')
  await page.instance.onShow()
  await flush()
  expect(be.last('GET').query).toEqual({ status: 'available' })
  const mine = be.recorded('coupon_centre', 'GET', '/api/v1/members/me/coupons')[0].response.body.items
  expect(page.querySelectorAll('.my-coupons__item')).toHaveLength(mine.length)
  expect(text(page, '.my-coupons__item')).toContain(mine[0].name)
  expect(text(page, '.my-coupons__item')).toContain('可使用')
  page.querySelectorAll('.tab')[1].dispatchEvent('tap')
  await flush()
  expect(be.last('GET').query).toEqual({ status: 'used' })
  expect(text(page, '.my-coupons__empty')).toBe('暂无优惠券')
  page.querySelectorAll('.tab')[2].dispatchEvent('tap')
  await flush()
  expect(be.last('GET').query).toEqual({ status: 'expired' })
})
