// 打印小票 on the POS: after a cash sale the page fetches the receipt (recorded from the real server,
// pos_receipt.json) and writes its ESC/POS bytes to the bound Bluetooth printer in 20-byte chunks; with no
// printer bound it shows the receipt's text instead.
const { openPage, text, flush, installWx, staffSession } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')
const printer = require('../utils/printer')

function scanReturns(code) {
  wx.scanCode = jest.fn(({ success }) => success({ result: code, scanType: 'EAN_13' }))
}

function clerkSession() {
  const session = staffSession()
  session['cradle.profile.staff'] = loadRecording('staff_login').exchanges[1].response.body
  return session
}

async function cashSale(be) {
  const sku = be.answer('pos_receipt', 0).items[0]
  const page = await openPage('pages/staff/pos/pos', {})
  scanReturns(sku.barcode)
  await page.instance.onScan()
  await flush()
  await page.instance.onCheckout()
  await flush()
  return page
}

test('打印小票 writes the server-built ESC/POS bytes to the bound printer, in order, 20 bytes at a time', async () => {
  const session = clerkSession()
  const bytes = Uint8Array.from({ length: 47 }, (_, i) => i + 1)
  session[printer.KEY] = { deviceId: 'BT-01', serviceId: 'S', characteristicId: 'C', width: 58 }
  installWx({ storage: session })
  wx.base64ToArrayBuffer = jest.fn(() => bytes.buffer.slice(0))
  const written = []
  wx.writeBLECharacteristicValue = jest.fn(o => { written.push(...new Uint8Array(o.value)); o.success({}) })
  const be = recordedBackend('pos_receipt')
  const page = await cashSale(be)
  const sale = be.answer('pos_receipt', 2).order
  expect(text(page, '.receipt__no')).toBe(`单号：${sale.order_no}`)
  expect(text(page, '.receipt__print')).toBe('打印小票')

  const receipt = await page.instance.onPrintReceipt()
  expect(receipt.order_no).toBe(sale.order_no)
  expect(be.last('GET', `/api/v1/orders/${sale.id}/receipt`).query).toEqual({ format: 'json', width: '58' })
  expect(wx.base64ToArrayBuffer).toHaveBeenCalledWith(be.answer('pos_receipt', 3).receipt.escpos_base64)
  expect(wx.writeBLECharacteristicValue).toHaveBeenCalledTimes(3)
  expect(wx.writeBLECharacteristicValue.mock.calls[0][0]).toMatchObject({ deviceId: 'BT-01', serviceId: 'S', characteristicId: 'C' })
  expect(written).toEqual(Array.from(bytes))
  expect(wx.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '小票已打印' }))
  be.assertAllUsed()
})

test('without a bound printer 打印小票 shows the receipt: store, items, total and payment', async () => {
  installWx({ storage: clerkSession() })
  const be = recordedBackend('pos_receipt')
  const page = await cashSale(be)
  await page.instance.onPrintReceipt()
  const r = be.answer('pos_receipt', 3).receipt
  const modal = wx.showModal.mock.calls[wx.showModal.mock.calls.length - 1][0]
  expect(modal.title).toBe('未连接小票打印机')
  const yuan = fen => `¥${(fen / 100).toFixed(2)}`
  expect(modal.content.split('\n')).toEqual([
    r.store_name, `单号：${r.order_no}`, `${r.items[0].name} ×${r.items[0].qty} ${yuan(r.items[0].gross_fen)}`,
    `应付 ${yuan(r.total_fen)}`, `现金 ${yuan(r.total_fen)}`,
  ])
})
