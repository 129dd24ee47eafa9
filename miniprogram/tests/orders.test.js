const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

const ORDERS = [
  { id: 7, order_no: 'SO202405010007', status: 'shipped', total_fen: 51600,
    items: [{ id: 70, sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', qty: 2, price_fen: 25800 }],
    shipments: [{ carrier: 'sf', carrier_name: '顺丰速运', tracking_no: 'SF1234567890' }] },
  { id: 6, order_no: 'SO202405010006', status: 'pending', total_fen: 1250,
    items: [{ id: 60, sku_code: 'WIPE-1', name: '婴儿湿巾', qty: 1, price_fen: 1250 }], shipments: [] },
  { id: 5, order_no: 'SO202405010005', status: 'cancelled', total_fen: 9900,
    items: [{ id: 50, sku_code: 'DIAPER-M', name: '纸尿裤 M', qty: 1, price_fen: 9900 }] },
]

describe('orders list', () => {
  test('renders each order with Chinese status, yuan total and tracking', async () => {
    installWx({ storage: memberSession() })
    const be = installBackend({ 'GET /api/v1/orders': { items: ORDERS, total: 3 } })
    const page = render('pages/orders/orders')
    page.instance.onLoad({})
    await page.instance.onShow()
    await flush()
    const cards = page.querySelectorAll('.orders__item')
    expect(cards).toHaveLength(3)
    expect(text(cards[0], '.order-card__status')).toBe('已发货')
    expect(text(cards[0], '.order-card__total')).toBe('¥516.00')
    expect(text(cards[0], '.order-card__tracking')).toBe('物流：顺丰速运 SF1234567890')
    expect(text(cards[1], '.order-card__status')).toBe('待付款')
    expect(text(cards[1], '.order-card__total')).toBe('¥12.50')
    expect(cards[1].querySelector('.order-card__tracking')).toBeFalsy()
    expect(text(cards[2], '.order-card__status')).toBe('已取消')
    expect(be.last('GET', '/api/v1/orders').query).toEqual({})
  })

  test('tabs filter by status through GET /orders?status=', async () => {
    installWx({ storage: memberSession() })
    const be = installBackend({ 'GET /api/v1/orders': req => ({ items: ORDERS.filter(o => !req.query.status || req.query.status.split(',').includes(o.status)), total: 1 }) })
    const page = render('pages/orders/orders')
    await page.instance.onShow()
    await flush()
    expect(texts(page, '.tab')).toEqual(['全部', '待付款', '待发货', '待收货', '已完成'])
    page.querySelectorAll('.tab')[1].dispatchEvent('tap')
    await flush()
    expect(be.last('GET', '/api/v1/orders').query).toEqual({ status: 'pending' })
    expect(text(page, '.tab--active')).toBe('待付款')
    expect(page.querySelectorAll('.orders__item')).toHaveLength(1)
    page.querySelectorAll('.tab')[2].dispatchEvent('tap')
    await flush()
    expect(be.last('GET', '/api/v1/orders').query).toEqual({ status: 'paid,allocated,picking' })
    expect(text(page, '.empty')).toBe('暂无订单')
  })

  test('tapping an order opens its detail', async () => {
    installWx({ storage: memberSession() })
    installBackend({ 'GET /api/v1/orders': { items: ORDERS.slice(0, 1), total: 1 } })
    const page = render('pages/orders/orders')
    await page.instance.onShow()
    await flush()
    page.querySelector('.orders__item').querySelector('.order-card').dispatchEvent('tap')
    await flush()
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/order-detail/order-detail?id=7' })
  })
})

describe('order detail', () => {
  const DETAIL = {
    id: 7, order_no: 'SO202405010007', status: 'delivered', total_fen: 49600, subtotal_fen: 51600,
    created_at: '2024-05-01T10:00:00+08:00', pickup: false, points_used: 1500,
    address: { name: '王女士', phone: '138****8000', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道1号' },
    discounts: [{ kind: 'coupon', label: '满199减20', amount_fen: 2000 }, { kind: 'points', label: '积分抵扣（1500 积分）', amount_fen: 1500 }],
    items: [
      { id: 70, sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', spec: '800g', qty: 3, price_fen: 25800, qty_returned: 1, returnable_qty: 1 },
      { id: 71, sku_code: 'WIPE-1', name: '婴儿湿巾', spec: '80抽', qty: 1, price_fen: 1250, qty_returned: 0, returnable_qty: 0 },
    ],
    shipments: [
      { carrier: 'sf', carrier_name: '顺丰速运', tracking_no: 'SF1234567890', shipped_at: '2024-05-02T09:00:00+08:00' },
      { carrier: '中通快递', carrier_name: '中通快递', tracking_no: 'ZT998', shipped_at: '2024-05-03T09:00:00+08:00' },
    ],
    returns: [{ id: 3, status: 'requested', reason: '商品破损', items: [{ order_item_id: 70, qty: 1 }] }],
  }
  // GET /orders/<id> answers {order} (as POST /orders and cancel do)
  const wrap = order => ({ order })

  test('binds status, amounts, discounts, points, returnable quantities, tracking and returns', async () => {
    installWx({ storage: memberSession() })
    installBackend({ 'GET /api/v1/orders/7': wrap(DETAIL) })
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '7' })
    await flush()
    expect(text(page, '.detail__status')).toBe('已送达')
    expect(text(page, '.detail__no')).toBe('订单号：SO202405010007')
    expect(text(page, '.detail__total')).toBe('¥496.00')
    expect(texts(page, '.detail__discount')).toEqual(['满199减20-¥20.00', '积分抵扣（1500 积分）-¥15.00'])
    expect(text(page, '.detail__points')).toBe('1500积分')
    expect(texts(page, '.detail__returned')).toEqual(['已退1件', ''])
    expect(texts(page, '.detail__returnable')).toEqual(['可退1件', '可退0件'])
    expect(texts(page, '.detail__tracking')).toEqual(['顺丰速运 SF1234567890', '中通快递 ZT998'])
    expect(text(page, '.detail__address')).toBe('王女士 138****8000 上海市上海市浦东新区世纪大道1号')
    expect(text(page, '.detail__return')).toBe('商品破损待审核')
    expect(page.querySelector('.detail__pay')).toBeFalsy()
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
    expect(text(page, '.detail__return-btn')).toBe('申请退货')
  })

  test('return request offers only returnable lines, up to returnable_qty, and posts order_item_id, qty and reason', async () => {
    installWx({ storage: memberSession() })
    const be = installBackend({ 'GET /api/v1/orders/7': wrap(DETAIL), 'POST /api/v1/orders/7/returns': { status: 201, body: { return: { id: 4 } } } })
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '7' })
    await flush()
    page.querySelector('.detail__return-btn').dispatchEvent('tap')
    await flush()
    expect(page.data.returnForm.lines.map(l => [l.order_item_id, l.max])).toEqual([[70, 1]])
    expect(texts(page, '.return-form__check')).toEqual(['☐ 婴儿配方奶粉 1段'])
    page.querySelector('.return-form__check').dispatchEvent('tap')
    await flush()
    await page.instance.onSubmitReturn()
    expect(be.last('POST', '/api/v1/orders/7/returns').data).toEqual({ items: [{ order_item_id: 70, qty: 1 }], reason: '不想要了' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '退货申请已提交' }))
  })

  test('a pending order (recorded, tests/contract/order_detail.json): pay, a message to the store, cancel', async () => {
    installWx({ storage: memberSession() })
    const be = recordedBackend('order_detail')
    const order = be.answer('order_detail', 2).order
    wx.requestPayment = jest.fn(({ fail }) => fail({ errMsg: 'requestPayment:fail cancel' }))
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(order.id) })
    await flush()
    expect(text(page, '.detail__status')).toBe('待付款')
    expect(text(page, '.detail__no')).toBe(`订单号：${order.order_no}`)
    expect(text(page, '.detail__total')).toBe(`¥${(order.total_fen / 100).toFixed(2)}`)
    expect(text(page, '.detail__pay')).toBe('去支付')
    await page.instance.onPay()
    expect(wx.requestPayment).toHaveBeenCalledWith(expect.objectContaining({ signType: 'MD5', package: '<token>' }))
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '支付已取消' }))

    page.instance.onDraftInput({ detail: { value: ' 请问什么时候发货？ ' } })
    await page.instance.onSendMessage()
    await flush()
    expect(texts(page, '.chat__bubble')).toEqual(['请问什么时候发货？'])
    expect(be.last('POST', `/api/v1/orders/${order.id}/messages`).header['Idempotency-Key']).toMatch(/^msg-/)

    await page.instance.onCancel()
    await flush()
    expect(wx.showModal).toHaveBeenCalled()
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '订单已取消' }))
    expect(text(page, '.detail__status')).toBe('已取消')
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
    be.assertAllUsed()
  })

  test('nothing left to return: no return button, no points row without points', async () => {
    installWx({ storage: memberSession() })
    const done = Object.assign({}, DETAIL, {
      points_used: 0, discounts: [],
      items: DETAIL.items.map(i => Object.assign({}, i, { returnable_qty: 0 })),
    })
    installBackend({ 'GET /api/v1/orders/7': wrap(done) })
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '7' })
    await flush()
    expect(page.querySelector('.detail__return-btn')).toBeFalsy()
    expect(page.querySelector('.detail__points')).toBeFalsy()
    expect(page.querySelectorAll('.detail__discount')).toHaveLength(0)
    expect(texts(page, '.detail__returnable')).toEqual(['可退0件', '可退0件'])
  })
  describe('after-sales messages', () => {
    const THREAD = {
      order_id: 7, order_no: 'SO202405010007', has_more: false, can_post: true, closed_reason: null,
      messages: [
        { id: 1, author: 'shopper', author_name: '我', mine: true, body: '奶粉罐底凹了', rma_id: 3, rma_no: 'RMA2024050300001',
          created_at: '2024-05-03T10:05:00+08:00' },
        { id: 2, author: 'staff', author_name: '徐汇店', mine: false, body: '您好，已为您登记换货', rma_id: null, rma_no: null,
          created_at: '2024-05-03T11:30:00+08:00' },
      ],
    }
    const detailWith = extra => wrap(Object.assign({}, DETAIL, extra))

    test('binds the thread: mine on the right, the store on the left, with names, times, return and unread badge', async () => {
      installWx({ storage: memberSession() })
      installBackend({ 'GET /api/v1/orders/7': detailWith({ unread_messages: 1 }), 'GET /api/v1/orders/7/messages': THREAD })
      const page = render('pages/order-detail/order-detail')
      await page.instance.onLoad({ id: '7' })
      await flush()
      expect(text(page, '.chat__unread')).toBe('1条新回复')
      expect(texts(page, '.chat__msg--mine .chat__bubble')).toEqual(['奶粉罐底凹了'])
      expect(texts(page, '.chat__msg--store .chat__bubble')).toEqual(['您好，已为您登记换货'])
      expect(texts(page, '.chat__meta')).toEqual(['我 2024-05-03 10:05', '徐汇店 2024-05-03 11:30'])
      expect(texts(page, '.chat__rma')).toEqual(['关于退货单 RMA2024050300001'])
      expect(page.querySelector('.chat__empty')).toBeFalsy()
      expect(text(page, '.chat__send')).toBe('发送')
      expect(page.querySelector('.chat__closed')).toBeFalsy()
    })

    test('sends the trimmed draft, shows the answered thread and clears the input; an empty draft sends nothing', async () => {
      installWx({ storage: memberSession() })
      const sent = Object.assign({}, THREAD, {
        messages: THREAD.messages.concat([{ id: 3, author: 'shopper', author_name: '我', mine: true, body: '什么时候寄出？',
          created_at: '2024-05-03T12:00:00+08:00' }]),
      })
      const be = installBackend({
        'GET /api/v1/orders/7': detailWith({ unread_messages: 0 }),
        'GET /api/v1/orders/7/messages': Object.assign({}, THREAD, { messages: [] }),
        'POST /api/v1/orders/7/messages': { status: 201, body: sent },
      })
      const page = render('pages/order-detail/order-detail')
      await page.instance.onLoad({ id: '7' })
      await flush()
      expect(text(page, '.chat__empty')).toBe('对订单有疑问？给门店留言，店员会尽快回复。')
      expect(page.querySelector('.chat__unread')).toBeFalsy()
      await page.instance.onSendMessage()
      expect(be.last('POST', '/api/v1/orders/7/messages')).toBeFalsy()
      expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请输入留言内容' }))
      page.querySelector('.chat__input').dispatchEvent('input', { detail: { value: '  什么时候寄出？ ' } })
      await flush()
      expect(page.data.draft).toBe('  什么时候寄出？ ')
      page.querySelector('.chat__send').dispatchEvent('tap')
      await flush()
      expect(be.last('POST', '/api/v1/orders/7/messages').data).toEqual({ body: '什么时候寄出？' })
      expect(be.last('POST', '/api/v1/orders/7/messages').header['Idempotency-Key']).toMatch(/^msg-/)
      expect(texts(page, '.chat__msg--mine .chat__bubble')).toEqual(['奶粉罐底凹了', '什么时候寄出？'])
      expect(page.data.draft).toBe('')
      expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '留言已发送' }))
    })

    test('a refused message (daily limit) keeps the draft and shows the server message', async () => {
      installWx({ storage: memberSession() })
      const limit = '留言过于频繁：每个订单 24 小时内最多 20 条，请稍后再试或致电门店'
      const be = installBackend({
        'GET /api/v1/orders/7': detailWith({}),
        'GET /api/v1/orders/7/messages': THREAD,
        'POST /api/v1/orders/7/messages': { status: 429, body: { error: { code: 'rate_limited', message: limit } } },
      })
      const page = render('pages/order-detail/order-detail')
      await page.instance.onLoad({ id: '7' })
      await flush()
      page.instance.onDraftInput({ detail: { value: '还有问题' } })
      await page.instance.onSendMessage()
      await flush()
      expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: limit }))
      expect(page.data.draft).toBe('还有问题')
      expect(page.data.sending).toBe(false)
      expect(page.querySelectorAll('.chat__msg')).toHaveLength(2)
      // sent again: the same text keeps its Idempotency-Key (a lost answer never stores it twice), a new text a new one
      const first = be.last('POST', '/api/v1/orders/7/messages').header['Idempotency-Key']
      await page.instance.onSendMessage()
      expect(be.last('POST', '/api/v1/orders/7/messages').header['Idempotency-Key']).toBe(first)
      page.instance.onDraftInput({ detail: { value: '换个问题' } })
      await page.instance.onSendMessage()
      expect(be.last('POST', '/api/v1/orders/7/messages').header['Idempotency-Key']).not.toBe(first)
    })

    test('a closed thread shows why and offers no input', async () => {
      installWx({ storage: memberSession() })
      const reason = '该订单未付款已取消，无需售后留言'
      installBackend({
        'GET /api/v1/orders/7': detailWith({ status: 'cancelled' }),
        'GET /api/v1/orders/7/messages': Object.assign({}, THREAD, { can_post: false, closed_reason: reason }),
      })
      const page = render('pages/order-detail/order-detail')
      await page.instance.onLoad({ id: '7' })
      await flush()
      expect(page.querySelector('.chat__input')).toBeFalsy()
      expect(page.querySelector('.chat__send')).toBeFalsy()
      expect(text(page, '.chat__closed')).toBe(reason)
    })
  })
})

describe('exchange (换货)', () => {
  // Answers recorded from the real server (backend/orders/tests/test_exchanges.py, CRADLE_RECORD_FIXTURES=1;
  // that test fails when the server's answers change shape).
  const REC = require('./fixtures/exchange.json')
  const id = REC.order.order.id

  test('a delivered line offers 换货: pick another stage, the request carries an Idempotency-Key, the record shows', async () => {
    installWx({ storage: memberSession() })
    let exchanged = false
    const be = installBackend({
      [`GET /api/v1/orders/${id}`]: () => (exchanged ? REC.order_after : REC.order),
      'GET /api/v1/shop/skus/S1': REC.sku,
      [`POST /api/v1/orders/${id}/exchanges`]: () => { exchanged = true; return { status: 201, body: REC.exchange } },
    })
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(id) })
    await flush()
    expect(text(page, '.detail__exchange-btn')).toBe('换货')
    page.querySelector('.detail__exchange-btn').dispatchEvent('tap')
    await flush()
    expect(text(page, '.exchange-form__target')).toBe('婴儿奶粉 2段 ¥150.00 ›')
    await page.instance.onSubmitExchange()
    await flush()
    const sent = be.last('POST', `/api/v1/orders/${id}/exchanges`)
    expect(sent.data).toEqual({ item_id: REC.order.order.items[0].id, qty: 1, sku_code: 'S2', reason: '换规格' })
    expect(sent.header['Idempotency-Key']).toBeTruthy()
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '换货已申请，需补差价¥37.00' }))
    expect(texts(page, '.detail__exchange')).toEqual(['换成婴儿奶粉 2段，需补差价¥37.00待审核'])
  })
})
