// The member's 会员码 page and the clerk's stored-value payment, answered only by the real server's recorded
// answers (tests/contract/paycode.json, recorded and checked by tests/contract/test_miniprogram_paycode.py).
const { render, openPage, text, texts, flush, installWx, memberSession, staffSession } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')
const { bars, decode, symbols, WIDTHS, STOP } = require('../utils/barcode')

const REC = loadRecording('paycode')
const ex = n => REC.exchanges[n]
const FIRST_CODE = ex(0).response.body.code // the page's first code
const CODE = ex(1).response.body.code // 60 s later: the one the clerk scans

function scanReturns(code) {
  wx.scanCode = jest.fn(({ success }) => success({ result: code, scanType: 'CODE_128' }))
}

function counterStorage() {
  const s = staffSession()
  s['cradle.profile.staff'] = loadRecording('staff_login').exchanges[1].response.body // clerk1 at ST-001
  return s
}

function openPos() {
  return openPage('pages/staff/pos/pos', {})
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
  const be = recordedBackend('paycode')
  const page = render('pages/member-code/member-code')
  page.instance.onLoad({})
  await page.instance.onShow()
  await flush()
  expect(text(page, '.member-code__digits')).toBe(FIRST_CODE.replace(/(\d{4})(?=\d)/g, '$1 '))
  expect(text(page, '.member-code__countdown')).toBe('60 秒后自动刷新')
  expect(text(page, '.member-code__member')).toBe(ex(0).response.body.member_code)
  expect(text(page, '.member-code__balance')).toBe(`¥${(ex(0).response.body.balance_fen / 100).toFixed(2)}`)
  const drawn = page.instance.data.bars.map(b => ({ black: b.black, width: b.width / 4 }))
  expect(decode(drawn)).toBe(FIRST_CODE)
  expect(page.querySelectorAll('.member-code__bar--black')).toHaveLength(drawn.filter(b => b.black).length)

  for (let i = 0; i < 59; i++) await page.instance.tick()
  expect(text(page, '.member-code__countdown')).toBe('1 秒后自动刷新')
  expect(be.calls.filter(c => c.path === '/api/v1/members/me/pay-code')).toHaveLength(1)
  await page.instance.tick() // 60 s: a new code replaces the old one
  await flush()
  expect(be.calls.filter(c => c.path === '/api/v1/members/me/pay-code')).toHaveLength(2)
  expect(text(page, '.member-code__digits')).toBe(CODE.replace(/(\d{4})(?=\d)/g, '$1 '))
  page.instance.onUnload()
  expect(page.instance.timer).toBeNull()
})

test('the member centre links to the 会员码 page', async () => {
  installWx({ storage: memberSession() })
  const page = render('pages/member/member')
  page.setData({ loggedIn: true })
  await flush()
  expect(text(page, '.member__paycode')).toBe('会员码 / 储值付款码›')
  page.querySelector('.member__paycode').dispatchEvent('tap')
  await flush()
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/member-code/member-code' })
})

test('POS: scanning the 会员码 finds the member and pays stored value with that code; the code again is refused', async () => {
  installWx({ storage: counterStorage() })
  const be = recordedBackend('paycode')
  const member = ex(2).response.body.items[0]
  const sku = ex(3).response.body.items[0]
  const page = await openPos()
  scanReturns(CODE)
  await page.instance.onMemberScan()
  await flush()
  expect(be.last('GET', '/api/v1/pos/members').query).toEqual(ex(2).request.query)
  expect(text(page, '.pos__member-balance')).toBe(`储值 ¥${(member.balance_fen / 100).toFixed(2)}`)
  scanReturns(sku.barcode)
  await page.instance.onScan()
  await flush()
  expect(be.last('POST', '/api/v1/pos/preview').data).toEqual(ex(4).request.body)
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  await flush()
  expect(text(page, '.pos__balance-hint')).toContain('会员码')
  wx.scanCode = jest.fn() // the code scanned a moment ago is used: no second scan
  await page.instance.onCheckout()
  await flush()
  expect(wx.scanCode).not.toHaveBeenCalled()
  expect(be.last('POST', '/api/v1/orders').data).toEqual(ex(5).request.body)
  expect(text(page, '.receipt__pay-label')).toBe('会员储值（会员码确认）')
  expect(text(page, '.receipt__no')).toBe(`单号：${ex(5).response.body.order.order_no}`)

  // the next sale with the same (used) code: the server's refusal is shown, the next attempt gets a new key
  page.instance.onNewSale()
  scanReturns(CODE)
  await page.instance.onMemberScan() // GETs may repeat: the recorded lookup answers again
  scanReturns(sku.barcode)
  await page.instance.onScan()
  await flush()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  const keyBefore = page.instance.idempotencyKey
  await page.instance.onCheckout()
  await flush()
  expect(be.last('POST', '/api/v1/orders').data).toEqual(ex(7).request.body)
  expect(text(page, '.pos__pay-error')).toBe(ex(7).response.body.error.message)
  expect(page.instance.idempotencyKey).not.toBe(keyBefore)
  expect(texts(page, '.pos__line-name')).toEqual([sku.name]) // the sale stays on the counter
})

test('POS: stored value is never sent without the member\'s code', async () => {
  installWx({ storage: counterStorage() })
  const be = recordedBackend('paycode')
  const sku = ex(3).response.body.items[0]
  const page = await openPos()
  scanReturns(CODE)
  await page.instance.onMemberScan()
  scanReturns(sku.barcode)
  await page.instance.onScan()
  await flush()
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } })
  page.instance.memberPayCode.at -= 60 * 1000 // the scan is a minute old: the page asks for the code again
  wx.scanCode = jest.fn(({ fail }) => fail({ errMsg: 'scanCode:fail cancel' }))
  await page.instance.onCheckout()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '未扫描会员码，储值支付需会员本人出示会员码' }))
  scanReturns('134567890123456789') // a WeChat payment code is not a member code
  await page.instance.onCheckout()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请扫描会员小程序「会员码」页的储值付款码' }))
  expect(be.calls.filter(c => c.method === 'POST' && c.path === '/api/v1/orders')).toHaveLength(0)
})
