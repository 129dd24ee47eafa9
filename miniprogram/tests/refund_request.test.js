// The order page's 取消订单 / 申请退款 against answers recorded from the real server
// (tests/recorded/refund_request.json, written by backend/orders/tests/test_refund_request_recording.py):
// 取消订单 only on unpaid orders (the server refuses to cancel a paid one with 409), 申请退款 on paid orders
// nothing of which is picked yet, and the request's and the refund's state shown.
const path = require('path')
const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')

const RECORDING = require(path.join(__dirname, 'recorded', 'refund_request.json'))

// Routes answering each recorded request in order; a GET asked again after its last recording repeats it.
function recordedRoutes(names) {
  const queues = {}
  RECORDING.exchanges.filter(e => names.includes(e.name)).forEach(e => {
    const key = `${e.method} ${e.path}`
    queues[key] = queues[key] || []
    queues[key].push(e)
  })
  const routes = {}
  Object.keys(queues).forEach(key => {
    const q = queues[key]
    routes[key] = req => {
      const e = q.length > 1 ? q.shift() : q[0]
      if (e.body) expect(req.data).toEqual(e.body) // the page sends what the server was sent
      return { status: e.status, body: JSON.parse(JSON.stringify(e.answer)) }
    }
  })
  return routes
}

function recorded(name) {
  return RECORDING.exchanges.find(e => e.name === name)
}

describe('order page: cancel or refund request', () => {
  test('an unpaid order offers 取消订单 and no 申请退款', async () => {
    installWx({ storage: memberSession() })
    installBackend(recordedRoutes(['unpaid order']))
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '1001' })
    await flush()
    expect(text(page, '.detail__status')).toBe('待付款')
    expect(text(page, '.detail__cancel')).toBe('取消订单')
    expect(page.querySelector('.detail__refund-btn')).toBeFalsy()
  })

  test('a paid order offers 申请退款, never the 取消订单 the server refuses', async () => {
    expect(recorded('cancel of a paid order (refused)').status).toBe(409)
    installWx({ storage: memberSession() })
    wx.showActionSheet = jest.fn(({ success }) => success({ tapIndex: 0 }))
    const be = installBackend(recordedRoutes(['paid order', 'refund request queued', 'paid order after the request']))
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '1002' })
    await flush()
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
    expect(text(page, '.detail__refund-btn')).toBe('申请退款')
    page.querySelector('.detail__refund-btn').dispatchEvent('tap')
    await flush(10)
    expect(be.last('POST', '/api/v1/orders/1002/refund-request').data).toEqual({ reason: '不想要了' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '退款申请已提交，等待门店处理' }))
    expect(text(page, '.detail__refund-request')).toBe('退款申请：待门店审核')
    expect(page.querySelector('.detail__refund-btn')).toBeFalsy() // one open request at a time
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
  })

  test('a request approved at once shows the order cancelled and the refund 退款中', async () => {
    installWx({ storage: memberSession() })
    wx.showActionSheet = jest.fn(({ success }) => success({ tapIndex: 1 }))
    const be = installBackend(recordedRoutes(['second paid order', 'refund request approved at once',
      'second order after the refund']))
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '1003' })
    await flush()
    await page.instance.onRequestRefund()
    await flush(10)
    expect(be.last('POST', '/api/v1/orders/1003/refund-request').data).toEqual({ reason: '拍错了/多拍了' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已同意退款，款项原路退回' }))
    expect(text(page, '.detail__status')).toBe('已取消')
    expect(text(page, '.detail__refund-request')).toBe('退款申请：已同意（付款后短时间内且未拣货，系统自动同意）')
    expect(texts(page, '.detail__refund-status')).toEqual(['退款中'])
    expect(page.querySelector('.detail__refund-btn')).toBeFalsy()
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
  })

  test('backing out of the reason sheet sends nothing', async () => {
    installWx({ storage: memberSession() })
    wx.showActionSheet = jest.fn(({ fail }) => fail({ errMsg: 'showActionSheet:fail cancel' }))
    const be = installBackend(recordedRoutes(['paid order']))
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: '1002' })
    await flush()
    await page.instance.onRequestRefund()
    expect(be.last('POST')).toBeFalsy()
  })
})
