// The member's 会员码 page and the clerk's stored-value payment, answered only by the real server's recorded
// answers (tests/recorded/paycode.json, written and checked by backend/members/tests/test_paycode_recording.py).
const { render, text, texts, flush, installWx, installBackend, memberSession, staffSession } = require('./helpers')
const recorded = require('./recorded/paycode.json')
const { bars, decode, symbols, WIDTHS, STOP } = require('../utils/barcode')

// The recorded exchange(s) named so; each answers {status, body} as the server did.
function exchanges(name) {
  const found = recorded.exchanges.filter(e => e.name === name)
  if (found.length === 0) throw new Error(`no recorded exchange "${name}"`)
  return found
}
function answer(name, i) {
  const r = exchanges(name)[i || 0].response
  return { status: r.status, body: r.body }
}
function request(name, i) {
  return exchanges(name)[i || 0].request
}

const CODE = answer("the member's 会员码 page draws a code").body.code
const OTHER_CODE = answer("another member's code is refused", 0).body.code

function scanReturns(code) {
  wx.scanCode = jest.fn(({ success }) => success({ result: code, scanType: 'CODE_128' }))
}

function counterStorage() {
  const s = staffSession()
  s['cradle.profile.staff'] = Object.assign({}, s['cradle.profile.staff'], { store_codes: ['ST-001'] })
  return s
}

function posRoutes(orderAnswer) {
  return {
    'GET /api/v1/pos/members': answer('the POS finds the member by the scanned code'),
    'GET /api/v1/skus': answer('the POS scans the goods'),
    'POST /api/v1/pos/preview': answer('the POS prices the sale for the member'),
    'POST /api/v1/orders': orderAnswer,
  }
}

async function openPos() {
  const page = render('pages/staff/pos/pos')
  page.instance.onLoad({})
  await page.instance.onShow()
  await flush()
  return page
}

test('Code 128 set C: every symbol is 11 modules, the drawing reads back as the code with its checksum', () => {
  expect(WIDTHS).toHaveLength(106)
  expect(new Set(WIDTHS).size).toBe(106)
  for (const w of WIDTHS) expect(w.split('').reduce((s, d) => s + Number(d), 0)).toBe(11)
  expect(STOP.split('').reduce((s, d) => s + Number(d), 0)).toBe(13)
  const drawn = bars(CODE)
  expect(decode(drawn)).toBe(CODE)
  expect(symbols(CODE)).toHaveLength(1 + 9 + 1) // start C, 9 digit pairs, checksum
  const modules = drawn.reduce((s, b) => s + b.width, 0)
  expect(modules).toBe(10 + 11 * 11 + 13 + 10) // quiet zones, 11 symbols, stop
  // a changed digit changes the checksum: a misread cannot pass as another code
  const tampered = drawn.slice()
  tampered[10] = Object.assign({}, tampered[10], { width: tampered[10].width === 1 ? 2 : 1 })
  expect(() => decode(tampered)).toThrow()
})

test('会员码 page shows the one-time code as a barcode and digits and asks for a new one every 60 s', async () => {
  installWx({ storage: memberSession() })
  const codes = [answer("the member's 会员码 page draws a code"), answer("another member's code is refused", 0)]
  const be = installBackend({ 'POST /api/v1/members/me/pay-code': () => codes.shift() })
  const page = render('pages/member-code/member-code')
  page.instance.onLoad({})
  await page.instance.onShow()
  await flush()
  const first = be.last('POST', '/api/v1/members/me/pay-code')
  expect(first.header.Authorization).toBe('Bearer member-access')
  expect(text(page, '.member-code__digits')).toBe(CODE.replace(/(\d{4})(?=\d)/g, '$1 '))
  expect(text(page, '.member-code__countdown')).toBe('60 秒后自动刷新')
  expect(text(page, '.member-code__member')).toBe('M000501')
  expect(text(page, '.member-code__balance')).toBe('¥1000.00')
  const drawn = page.instance.data.bars.map(b => ({ black: b.black, width: b.width / 4 }))
  expect(decode(drawn)).toBe(CODE)
  expect(page.querySelectorAll('.member-code__bar--black')).toHaveLength(drawn.filter(b => b.black).length)

  for (let i = 0; i < 59; i++) await page.instance.tick()
  expect(text(page, '.member-code__countdown')).toBe('1 秒后自动刷新')
  expect(be.calls.filter(c => c.path === '/api/v1/members/me/pay-code')).toHaveLength(1)
  await page.instance.tick() // 60 s: a new code replaces the old one
  await flush()
  expect(be.calls.filter(c => c.path === '/api/v1/members/me/pay-code')).toHaveLength(2)
  expect(text(page, '.member-code__digits')).toBe(OTHER_CODE.replace(/(\d{4})(?=\d)/g, '$1 '))
  page.instance.onUnload()
  expect(page.instance.timer).toBeNull()
})

test('the member centre links to the 会员码 page', async () => {
  installWx({ storage: memberSession() })
  installBackend({})
  const page = render('pages/member/member')
  page.setData({ loggedIn: true })
  await flush()
  expect(text(page, '.member__paycode')).toBe('会员码 / 储值付款码›')
  page.querySelector('.member__paycode').dispatchEvent('tap')
  await flush()
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/member-code/member-code' })
})

test('POS: scanning the 会员码 finds the member and pays stored value with that code', async () => {
  installWx({ storage: counterStorage() })
  const be = installBackend(posRoutes(answer("stored value paid with the member's code")))
  const page = await openPos()
  scanReturns(CODE)
  await page.instance.onMemberScan()
  await flush()
  expect(be.last('GET', '/api/v1/pos/members').query).toEqual(request('the POS finds the member by the scanned code').query)
  expect(text(page, '.pos__member-name')).toBe('李女士')
  scanReturns('6901234567890')
  await page.instance.onScan()
  await flush()
  expect(be.last('POST', '/api/v1/pos/preview').data).toEqual(request('the POS prices the sale for the member').body)
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  await flush()
  expect(text(page, '.pos__balance-hint')).toContain('会员码')
  wx.scanCode = jest.fn() // the code scanned a moment ago is used: no second scan
  await page.instance.onCheckout()
  await flush()
  expect(wx.scanCode).not.toHaveBeenCalled()
  expect(be.last('POST', '/api/v1/orders').data).toEqual(request("stored value paid with the member's code").body)
  expect(text(page, '.receipt__pay-label')).toBe('会员储值（会员码确认）')
  expect(text(page, '.receipt__no')).toBe(`单号：${answer("stored value paid with the member's code").body.order.order_no}`)
})

test('POS: stored value is never sent without a member code; a refused code shows the server\'s reason', async () => {
  installWx({ storage: counterStorage() })
  const be = installBackend(posRoutes(answer('the same code again is refused')))
  const page = await openPos()
  page.setData({ memberQuery: 'M000501' })
  await page.instance.onMemberSearch() // found by member number: no code yet
  scanReturns('6901234567890')
  await page.instance.onScan()
  await flush()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  wx.scanCode = jest.fn(({ fail }) => fail({ errMsg: 'scanCode:fail cancel' }))
  await page.instance.onCheckout()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '未扫描会员码，储值支付需会员本人出示会员码' }))
  scanReturns('134567890123456789') // a WeChat payment code is not a member code
  await page.instance.onCheckout()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请扫描会员小程序「会员码」页的储值付款码' }))
  expect(be.calls.filter(c => c.method === 'POST' && c.path === '/api/v1/orders')).toHaveLength(0)

  const keyBefore = page.instance.idempotencyKey
  scanReturns(CODE)
  await page.instance.onCheckout()
  await flush()
  const sent = be.last('POST', '/api/v1/orders')
  expect(sent.data.payments).toEqual(request('the same code again is refused').body.payments)
  expect(text(page, '.pos__pay-error')).toBe(answer('the same code again is refused').body.error.message)
  expect(page.instance.idempotencyKey).not.toBe(keyBefore) // refused: the next attempt is a new sale
  expect(texts(page, '.pos__line-name')).toEqual(['婴儿配方奶粉 1段']) // the sale stays on the counter
})
