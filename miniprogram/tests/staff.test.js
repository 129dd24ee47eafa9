// Staff mode pages other than the counter (see pos.test.js).
const { render, text, texts, flush, installWx, installBackend, staffSession } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')

// A clerk of the demo's first store, as the recorded GET /staff/me answers (tests/contract/staff_login.json).
function clerkSession() {
  const s = staffSession()
  s['cradle.profile.staff'] = loadRecording('staff_login').exchanges[1].response.body
  return s
}

test('staff login with username and password stores the staff session and shows the tools', async () => {
  const storage = installWx({ storage: {} })
  const be = recordedBackend('staff_login')
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  page.instance.onUsername({ detail: { value: 'clerk1' } })
  page.instance.onPassword({ detail: { value: 'cradle123' } })
  await page.instance.onPasswordLogin()
  await flush()
  expect(storage['cradle.auth.staff'].access_token).toBe('<token>')
  expect(storage['cradle.mode']).toBe('staff')
  expect(be.last('GET', '/api/v1/staff/me').header.Authorization).toBe('Bearer <token>')
  expect(storage['cradle.profile.staff'].store_codes).toEqual(['ST-001'])
  expect(text(page, '.staff__name')).toBe('陈晓雯')
  expect(texts(page, '.staff__menu-item')).toEqual(['库存查询', '收银开单', '储值充值', '售后留言', '调拨收货', '盘点', '考勤打卡'])
})

test('an MFA account logging in by WeChat gives the authenticator code before it gets a session', async () => {
  // tests/contract/staff_mfa_login.json: finance1 (MFA enrolled, WeChat bound), a wrong code, then the right one
  const storage = installWx({ storage: {}, loginCode: 'openid:contract-finance1,nonce:1' })
  const be = recordedBackend('staff_mfa_login')
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  await page.instance.onWechatLogin()
  await flush()
  expect(storage['cradle.auth.staff']).toBeUndefined() // no tokens yet
  expect(page.querySelector('.staff__otp')).toBeTruthy()
  page.instance.onOtp({ detail: { value: '000000' } })
  await page.instance.onVerifyMfa()
  await flush()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '动态验证码不正确' }))
  expect(page.querySelector('.staff__otp')).toBeTruthy() // a wrong code may be tried again
  page.instance.onOtp({ detail: { value: '739342' } })
  await page.instance.onVerifyMfa()
  await flush()
  expect(be.last('POST', '/api/v1/auth/mfa/verify').data).toEqual({ mfa_token: '<token>', otp: '739342' })
  expect(storage['cradle.auth.staff'].access_token).toBe('<token>')
  expect(be.last('GET', '/api/v1/staff/me').header.Authorization).toBe('Bearer <token>')
  expect(text(page, '.staff__name')).toBe(loadRecording('staff_mfa_login').exchanges[3].response.body.display_name)
  expect(page.querySelector('.staff__otp')).toBeFalsy()
  be.assertAllUsed()
})

test('logging out ends the session on the server and clears it here', async () => {
  const storage = installWx({ storage: clerkSession() })
  const be = recordedBackend('staff_logout') // tests/contract/staff_logout.json
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  await page.instance.onLogout()
  await flush()
  expect(be.last('POST', '/api/v1/auth/logout').header.Authorization).toBe('Bearer staff-access')
  expect(storage['cradle.auth.staff']).toBeUndefined()
  expect(storage['cradle.mode']).toBe('member')
  expect(page.querySelector('.staff__login')).toBeTruthy()
})

test('staff home shows the profile from the staff session', async () => {
  installWx({ storage: staffSession() })
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  await flush()
  expect(text(page, '.staff__name')).toBe('店员小李')
  expect(text(page, '.staff__role')).toBe('店员 · S001')
})

test('stock lookup by barcode scan shows every location, own store first', async () => {
  installWx({ storage: clerkSession() })
  const be = recordedBackend('stock_lookup')
  const sku = be.answer('stock_lookup', 0).items[0]
  const stock = be.answer('stock_lookup', 1)
  wx.scanCode = jest.fn(({ success }) => success({ result: sku.barcode }))
  const page = render('pages/staff/stock/stock')
  page.instance.onLoad({})
  await page.instance.onScan()
  await flush()
  expect(text(page, '.stock__name')).toBe(sku.name)
  const own = stock.locations.find(l => l.location_code === 'ST-001')
  expect(texts(page, '.stock__loc')[0]).toBe(`${own.location_name}（本店）${own.on_hand}${own.reserved}${own.available}`)
  expect(texts(page, '.stock__available')).toHaveLength(stock.locations.length)
})

describe('receiving a transfer (tests/contract/transfer_receive*.json)', () => {
  test('everything as shipped: an empty body', async () => {
    installWx({ storage: clerkSession() })
    const be = recordedBackend('transfer_receive_all')
    const shipped = be.answer('transfer_receive_all', 0)
    wx.scanCode = jest.fn(({ success }) => success({ result: `transfer:${shipped.id}` }))
    const page = render('pages/staff/receive/receive')
    page.instance.onLoad({})
    await page.instance.onScan()
    await flush()
    expect(text(page, '.receive__no')).toBe(shipped.transfer_no)
    expect(text(page, '.receive__status')).toBe('运输中')
    expect(text(page, '.receive__route')).toBe('WH-SH → ST-001')
    expect(texts(page, '.receive__item-name')).toEqual(shipped.lines.map(l => l.name))
    await page.instance.onReceive()
    await flush()
    expect(text(page, '.receive__status')).toBe('已收货')
    expect(page.querySelector('.receive__confirm')).toBeFalsy()
    be.assertAllUsed()
  })

  test('a line that arrived short is sent with what arrived and why', async () => {
    installWx({ storage: clerkSession() })
    const be = recordedBackend('transfer_receive')
    const shipped = be.answer('transfer_receive', 0)
    const page = render('pages/staff/receive/receive')
    await page.instance.onLoad({ id: String(shipped.id) })
    await flush()
    expect(texts(page, '.receive__item-name')).toEqual(shipped.lines.map(l => l.name))
    expect(texts(page, '.receive__item-qty')).toEqual(shipped.lines.map(l => String(l.qty)))
    page.querySelectorAll('.receive__item-input')[1].dispatchEvent('input', { detail: { value: String(shipped.lines[1].qty - 1) } })
    await flush()
    await page.instance.onReceive()
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请填写短少原因' }))
    page.querySelector('.receive__item-reason').dispatchEvent('input', { detail: { value: '外箱破损，少一件' } })
    await flush()
    await page.instance.onReceive()
    await flush()
    expect(text(page, '.receive__status')).toBe('已收货')
    expect(texts(page, '.receive__item-short')).toEqual(['短少 1'])
    be.assertAllUsed()
  })
})

test('stocktake: each scan adds one, a typed count sets (tests/contract/stocktake.json)', async () => {
  installWx({ storage: clerkSession() })
  const be = recordedBackend('stocktake')
  const sheet = be.answer('stocktake', 0)
  const scanned = be.answer('stocktake', 1)
  wx.scanCode = jest.fn(({ success }) => success({ result: scanned.barcode }))
  const page = render('pages/staff/stocktake/stocktake')
  await page.instance.onLoad({ id: String(sheet.id) })
  await flush()
  expect(text(page, '.stocktake__no')).toBe(sheet.stocktake_no)
  await page.instance.onScan()
  await page.instance.onScan()
  await page.instance.onScan()
  await flush()
  expect(texts(page, '.stocktake__line')).toEqual([`${scanned.name}3`])
  expect(text(page, '.stocktake__last')).toBe(`刚刚：${scanned.name}：3`)
  page.instance.onManualBarcode({ detail: { value: scanned.barcode } })
  page.instance.onManualQty({ detail: { value: '10' } })
  await page.instance.onManualSubmit()
  await flush()
  expect(texts(page, '.stocktake__line')).toEqual([`${scanned.name}10`])
  be.assertAllUsed()
})

test('clock in sends the location and shows the result; a refused location is explained', async () => {
  installWx({ storage: clerkSession() })
  const be = recordedBackend('clock')
  const sent = be.recorded('clock', 'POST', '/api/v1/attendance/clock')[0].request.body
  wx.getLocation = jest.fn(({ success }) => success({ latitude: sent.lat, longitude: sent.lng }))
  const page = render('pages/staff/clock/clock')
  page.instance.onLoad({})
  await page.instance.onClockIn()
  await flush()
  expect(texts(page, '.clock__record')).toEqual(['上班 2026-01-01 09:00距门店0米'])
  wx.getLocation = jest.fn(({ fail }) => fail({ errMsg: 'getLocation:fail auth deny' }))
  await page.instance.onClockOut()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请允许获取位置信息后再打卡' }))
  expect(be.calls.filter(c => c.path === '/api/v1/attendance/clock')).toHaveLength(1)
})

describe('after-sales inbox', () => {
  const INBOX = {
    items: [
      { order_id: 42, order_no: 'SO202405030042', status: 'delivered', status_name: '已送达', location_code: 'S001',
        location_name: '徐汇店', member_nickname: '小宝妈妈', unread: 2,
        last_message: { id: 9, body: '奶粉罐底凹了，可以换吗？', created_at: '2024-05-03T10:05:00+08:00' } },
      { order_id: 41, order_no: 'SO202405020041', status: 'completed', status_name: '已完成', location_code: 'S001',
        location_name: '徐汇店', member_nickname: '', unread: 0,
        last_message: { id: 7, body: '好的谢谢', created_at: '2024-05-02T09:00:00+08:00' } },
    ],
    total: 2, page: 1, page_size: 20,
  }
  const THREAD = {
    order_id: 42, order_no: 'SO202405030042', has_more: false, can_post: true, closed_reason: null,
    messages: [{ id: 9, author: 'shopper', author_name: '小宝妈妈', mine: false, body: '奶粉罐底凹了，可以换吗？',
      rma_no: null, created_at: '2024-05-03T10:05:00+08:00' }],
  }

  test('lists waiting orders with unread counts, opens a thread and replies (recorded, aftersales_staff.json)', async () => {
    installWx({ storage: clerkSession() })
    const be = recordedBackend('aftersales_staff')
    const waiting = be.answer('aftersales_staff', 0).items[0]
    const page = render('pages/staff/aftersales/aftersales')
    await page.instance.onShow()
    await flush()
    expect(text(page, '.inbox__total')).toBe('待回复 1 单')
    expect(texts(page, '.inbox__order')).toEqual([waiting.order_no])
    expect(texts(page, '.inbox__unread')).toEqual(['1条未读'])
    expect(texts(page, '.inbox__who')).toEqual([`顾客 · ${waiting.location_name} · ${waiting.status_name}`])
    expect(texts(page, '.inbox__preview')).toEqual([waiting.last_message.body])

    page.querySelector('.inbox__item').dispatchEvent('tap')
    await flush()
    expect(text(page, '.thread__order')).toBe(`订单 ${waiting.order_no}`)
    expect(texts(page, '.thread__msg--shopper .thread__bubble')).toEqual([waiting.last_message.body])
    page.querySelector('.thread__input').dispatchEvent('input', { detail: { value: ' 带上取货码即可 ' } })
    await flush()
    page.querySelector('.thread__send').dispatchEvent('tap')
    await flush()
    expect(texts(page, '.thread__msg--staff .thread__bubble')).toEqual(['带上取货码即可'])
    expect(page.data.draft).toBe('')

    page.querySelector('.thread__back').dispatchEvent('tap')
    await flush()
    expect(page.querySelectorAll('.inbox__item')).toHaveLength(0) // answered: out of the inbox
    be.assertAllUsed()
  })

  test('the unread filter asks the server for unread_only and an empty inbox says so', async () => {
    installWx({ storage: staffSession() })
    const be = installBackend({ 'GET /api/v1/aftersales/inbox': { items: [], total: 0, page: 1, page_size: 20 } })
    const page = render('pages/staff/aftersales/aftersales')
    await page.instance.onShow()
    await flush()
    expect(be.last('GET', '/api/v1/aftersales/inbox').query).toEqual({ page: '1', page_size: '20' })
    page.querySelector('.inbox__filter').dispatchEvent('tap')
    await flush()
    expect(be.last('GET', '/api/v1/aftersales/inbox').query).toEqual({ page: '1', page_size: '20', unread_only: 'true' })
    expect(text(page, '.inbox__filter')).toBe('显示全部待回复')
    expect(text(page, '.inbox__empty')).toBe('暂无待回复的顾客留言')
  })
})
