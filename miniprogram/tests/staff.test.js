// Staff mode pages other than the counter (see pos.test.js).
const { render, text, texts, flush, installWx, installBackend, staffSession } = require('./helpers')

test('staff login with username and password stores the staff session and shows the tools', async () => {
  const storage = installWx({ storage: {} })
  const be = installBackend({
    'POST /api/v1/auth/login': { access_token: 's1', refresh_token: 'sr1', expires_in: 3600 },
    'GET /api/v1/staff/me': { id: 3, username: 'clerk1', display_name: '店员小李', role: 'clerk', store_codes: ['S001'] },
  })
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  page.instance.onUsername({ detail: { value: 'clerk1' } })
  page.instance.onPassword({ detail: { value: 'cradle123' } })
  await page.instance.onPasswordLogin()
  await flush()
  expect(be.last('POST', '/api/v1/auth/login').data).toEqual({ username: 'clerk1', password: 'cradle123' })
  expect(storage['cradle.auth.staff'].access_token).toBe('s1')
  expect(storage['cradle.mode']).toBe('staff')
  expect(be.last('GET', '/api/v1/staff/me').header.Authorization).toBe('Bearer s1')
  expect(storage['cradle.profile.staff'].store_codes).toEqual(['S001'])
  expect(text(page, '.staff__name')).toBe('店员小李')
  expect(texts(page, '.staff__menu-item')).toEqual(['库存查询', '收银开单', '储值充值', '售后留言', '调拨收货', '盘点', '考勤打卡'])
})

test('staff home shows the profile from the staff session', async () => {
  installWx({ storage: staffSession() })
  installBackend({})
  const page = render('pages/staff/index/index')
  page.instance.onShow()
  await flush()
  expect(text(page, '.staff__name')).toBe('店员小李')
  expect(text(page, '.staff__role')).toBe('店员 · S001')
})

test('stock lookup by barcode scan shows every location, own store first', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend({
    'GET /api/v1/skus': { items: [{ sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', barcode: '6901234567890', price_fen: 25800 }], total: 1 },
    'GET /api/v1/stock': { sku_code: 'MILK-1', locations: [
      { location_code: 'WH01', on_hand: 120, reserved: 10, available: 110 },
      { location_code: 'S001', on_hand: 5, reserved: 2, available: 3 },
    ] },
  })
  wx.scanCode = jest.fn(({ success }) => success({ result: '6901234567890' }))
  const page = render('pages/staff/stock/stock')
  page.instance.onLoad({})
  await page.instance.onScan()
  await flush()
  expect(be.last('GET', '/api/v1/skus').query).toEqual({ q: '6901234567890', page: '1', page_size: '20' })
  expect(be.last('GET', '/api/v1/stock').query).toEqual({ sku_code: 'MILK-1' })
  expect(text(page, '.stock__name')).toBe('婴儿配方奶粉 1段')
  expect(texts(page, '.stock__loc')).toEqual(['S001（本店）523', 'WH0112010110'])
  expect(texts(page, '.stock__available')).toEqual(['3', '110'])
})

test('receiving a shipped transfer', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend({
    'GET /api/v1/transfers/12': { id: 12, transfer_no: 'TR-0012', from_location_code: 'WH01', to_location_code: 'S001', status: 'shipped',
      items: [{ sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', qty: 6 }] },
    'POST /api/v1/transfers/12/receive': { id: 12, status: 'received' },
  })
  wx.scanCode = jest.fn(({ success }) => success({ result: 'transfer:12' }))
  const page = render('pages/staff/receive/receive')
  page.instance.onLoad({})
  await page.instance.onScan()
  await flush()
  expect(text(page, '.receive__no')).toBe('TR-0012')
  expect(text(page, '.receive__status')).toBe('运输中')
  expect(text(page, '.receive__route')).toBe('WH01 → S001')
  await page.instance.onReceive()
  await flush()
  expect(be.last('POST', '/api/v1/transfers/12/receive').data).toEqual({})
  expect(text(page, '.receive__status')).toBe('已收货')
  expect(page.querySelector('.receive__confirm')).toBeFalsy()
})

test('stocktake: each scan sends the new absolute count', async () => {
  installWx({ storage: staffSession() })
  const counts = []
  const be = installBackend({
    'GET /api/v1/stocktakes/3': { id: 3, stocktake_no: 'ST-0003', location_code: 'S001', status: 'counting', lines: [] },
    'POST /api/v1/stocktakes/3/counts': req => {
      counts.push(req.data)
      return { sku_code: 'MILK-1', barcode: '6901234567890', name: '婴儿配方奶粉 1段', counted_qty: req.data.counted_qty }
    },
  })
  wx.scanCode = jest.fn(({ success }) => success({ result: '6901234567890' }))
  const page = render('pages/staff/stocktake/stocktake')
  await page.instance.onLoad({ id: '3' })
  await flush()
  expect(text(page, '.stocktake__no')).toBe('ST-0003')
  await page.instance.onScan()
  await page.instance.onScan()
  await page.instance.onScan()
  await flush()
  expect(counts).toEqual([
    { barcode: '6901234567890', counted_qty: 1 },
    { barcode: '6901234567890', counted_qty: 2 },
    { barcode: '6901234567890', counted_qty: 3 },
  ])
  expect(texts(page, '.stocktake__line')).toEqual(['婴儿配方奶粉 1段3'])
  expect(text(page, '.stocktake__last')).toBe('刚刚：婴儿配方奶粉 1段：3')
  page.instance.onManualBarcode({ detail: { value: '6901234567890' } })
  page.instance.onManualQty({ detail: { value: '10' } })
  await page.instance.onManualSubmit()
  expect(be.last('POST', '/api/v1/stocktakes/3/counts').data).toEqual({ barcode: '6901234567890', counted_qty: 10 })
})

test('clock in sends the location and shows the result; a refused location is explained', async () => {
  installWx({ storage: staffSession() })
  const be = installBackend({
    'POST /api/v1/attendance/clock': req => ({ id: 77, kind: req.data.kind, clocked_at: '2024-05-01T09:01:00+08:00', distance_m: 35.4, within_range: true }),
  })
  const page = render('pages/staff/clock/clock')
  page.instance.onLoad({})
  await page.instance.onClockIn()
  await flush()
  expect(be.last('POST', '/api/v1/attendance/clock').data).toEqual({ kind: 'in', lat: 31.2304, lng: 121.4737 })
  expect(texts(page, '.clock__record')).toEqual(['上班 2024-05-01 09:01距门店35米'])
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

  test('lists waiting orders with unread counts, opens a thread and replies with the staff token', async () => {
    installWx({ storage: staffSession() })
    const replied = Object.assign({}, THREAD, { messages: THREAD.messages.concat([{ id: 10, author: 'staff',
      author_name: '店员小李', mine: true, body: '可以的，请带到门店换货', created_at: '2024-05-03T10:20:00+08:00' }]) })
    const be = installBackend({
      'GET /api/v1/aftersales/inbox': INBOX,
      'GET /api/v1/orders/42/messages': THREAD,
      'POST /api/v1/orders/42/messages': { status: 201, body: replied },
    })
    const page = render('pages/staff/aftersales/aftersales')
    await page.instance.onShow()
    await flush()
    expect(be.last('GET', '/api/v1/aftersales/inbox').header.Authorization).toBe('Bearer staff-access')
    expect(text(page, '.inbox__total')).toBe('待回复 2 单')
    expect(texts(page, '.inbox__order')).toEqual(['SO202405030042', 'SO202405020041'])
    expect(texts(page, '.inbox__unread')).toEqual(['2条未读', '已读未回复'])
    expect(texts(page, '.inbox__who')).toEqual(['小宝妈妈 · 徐汇店 · 已送达', '顾客 · 徐汇店 · 已完成'])
    expect(texts(page, '.inbox__preview')).toEqual(['奶粉罐底凹了，可以换吗？', '好的谢谢'])
    expect(texts(page, '.inbox__time')).toEqual(['2024-05-03 10:05', '2024-05-02 09:00'])

    page.querySelector('.inbox__item').dispatchEvent('tap')
    await flush()
    expect(text(page, '.thread__order')).toBe('订单 SO202405030042')
    expect(texts(page, '.thread__msg--shopper .thread__bubble')).toEqual(['奶粉罐底凹了，可以换吗？'])
    expect(texts(page, '.thread__meta')).toEqual(['小宝妈妈 2024-05-03 10:05'])

    await page.instance.onReply()
    expect(be.last('POST', '/api/v1/orders/42/messages')).toBeFalsy()
    page.querySelector('.thread__input').dispatchEvent('input', { detail: { value: ' 可以的，请带到门店换货 ' } })
    await flush()
    page.querySelector('.thread__send').dispatchEvent('tap')
    await flush()
    const sent = be.last('POST', '/api/v1/orders/42/messages')
    expect(sent.data).toEqual({ body: '可以的，请带到门店换货' })
    expect(sent.header.Authorization).toBe('Bearer staff-access')
    expect(texts(page, '.thread__msg--staff .thread__bubble')).toEqual(['可以的，请带到门店换货'])
    expect(page.data.draft).toBe('')

    page.querySelector('.thread__back').dispatchEvent('tap')
    await flush()
    expect(page.querySelectorAll('.inbox__item')).toHaveLength(2)
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
