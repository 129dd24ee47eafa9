// The order page's 取消订单 / 申请退款 against answers recorded from the real server
// (tests/contract/refund_request.json, scenario test_cancel_or_refund_request in tests/contract/test_miniprogram.py):
// 取消订单 only on unpaid orders (the server refuses to cancel a paid one with 409), 申请退款 on paid orders
// nothing of which is picked yet, and the request's and the refund's state shown.
const { render, text, texts, flush, installWx, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

// The three orders of the recording: unpaid, paid (request queued), paid (request approved at once).
const UNPAID = 0
const PAID = 2
const QUICK = 7

describe('order page: cancel or refund request', () => {
  test('an unpaid order offers 取消订单 and no 申请退款', async () => {
    installWx({ storage: memberSession() })
    const be = recordedBackend('refund_request')
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(be.answer('refund_request', UNPAID).order.id) })
    await flush()
    expect(text(page, '.detail__status')).toBe('待付款')
    expect(text(page, '.detail__cancel')).toBe('取消订单')
    expect(page.querySelector('.detail__refund-btn')).toBeFalsy()
  })

  test('a paid order offers 申请退款, never the 取消订单 the server refuses', async () => {
    installWx({ storage: memberSession() })
    wx.showActionSheet = jest.fn(({ success }) => success({ tapIndex: 0 }))
    const be = recordedBackend('refund_request')
    const id = be.answer('refund_request', PAID).order.id
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(id) })
    await flush()
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
    expect(text(page, '.detail__refund-btn')).toBe('申请退款')
    page.querySelector('.detail__refund-btn').dispatchEvent('tap')
    await flush(10)
    expect(be.last('POST', `/api/v1/orders/${id}/refund-request`).data).toEqual({ reason: '不想要了' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '退款申请已提交，等待门店处理' }))
    expect(text(page, '.detail__refund-request')).toBe('退款申请：待门店审核')
    expect(page.querySelector('.detail__refund-btn')).toBeFalsy() // one open request at a time
    expect(page.querySelector('.detail__cancel')).toBeFalsy()
  })

  test('a request approved at once shows the order cancelled and the refund 退款中', async () => {
    installWx({ storage: memberSession() })
    wx.showActionSheet = jest.fn(({ success }) => success({ tapIndex: 1 }))
    const be = recordedBackend('refund_request')
    const id = be.answer('refund_request', QUICK).order.id
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(id) })
    await flush()
    await page.instance.onRequestRefund()
    await flush(10)
    expect(be.last('POST', `/api/v1/orders/${id}/refund-request`).data).toEqual({ reason: '拍错了/多拍了' })
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
    const be = recordedBackend('refund_request')
    const page = render('pages/order-detail/order-detail')
    await page.instance.onLoad({ id: String(be.answer('refund_request', PAID).order.id) })
    await flush()
    await page.instance.onRequestRefund()
    expect(be.last('POST')).toBeFalsy()
  })
})
