// The clerk's offline counter: cash sales kept in wx storage while the network is down (utils/outbox), kept
// across restarts of the mini-program, synced in order when the network returns, surviving a failed sync and a
// lost answer. The server's answers come only from the recordings tests/contract/pos_offline*.json
// (tests/contract/test_miniprogram_offline.py).
const { openPage, text, flush, installWx, staffSession } = require('./helpers')
const { recordedBackend } = require('./contract')

const QUEUE = 'cradle.pos.outbox'

// wx's network status: the handlers the page and the queue registered, and what getNetworkType answers.
function installNetwork(connected) {
  const net = { connected, handlers: [] }
  wx.getNetworkType = jest.fn(({ success }) => success({ networkType: net.connected ? 'wifi' : 'none' }))
  wx.onNetworkStatusChange = jest.fn(fn => net.handlers.push(fn))
  wx.offNetworkStatusChange = jest.fn(fn => { net.handlers = net.handlers.filter(h => h !== fn) })
  net.set = async isConnected => {
    net.connected = isConnected
    net.handlers.slice().forEach(fn => fn({ isConnected, networkType: isConnected ? 'wifi' : 'none' }))
    await flush(10)
  }
  return net
}

let queue = null // the queue module the page runs with (pages load in their own module registry)

async function openPos() {
  const page = await openPage('pages/staff/pos/pos', {})
  queue = page.instance.queue
  return page
}

function scanReturns(code) {
  wx.scanCode = jest.fn(({ success }) => success({ result: code, scanType: 'EAN_13' }))
}

async function scan(page, code) {
  scanReturns(code)
  await page.instance.onScan()
  await flush()
}

// The mini-program is closed and opened again: the queue's in-memory state is gone, storage stays.
async function restart(net) {
  queue._reset()
  net.handlers = []
  return openPos()
}

// Online: the clerk scans each SKU once (the page keeps it for offline use) and takes it off the sale again.
async function lookUpOnline(page, skus) {
  for (const sku of skus) {
    await scan(page, sku.barcode)
    expect(page.instance.data.lines.map(l => l.sku_code)).toEqual([sku.sku_code])
    page.instance.onRemoveLine({ currentTarget: { dataset: { index: 0 } } })
    await flush()
  }
}

// Offline: one cash sale per list of barcodes (a barcode twice is two units).
async function sellOffline(page, barcodes) {
  for (const code of barcodes) await scan(page, code)
  const receipt = await page.instance.onCheckout()
  await flush()
  expect(receipt.offline).toBe(true)
  page.instance.onNewSale()
}

afterEach(() => {
  if (queue) queue._reset()
  queue = null
})

async function threeOfflineSales() {
  const storage = installWx({ storage: staffSession() })
  const net = installNetwork(true)
  const be = recordedBackend('pos_offline')
  const a = be.answer('pos_offline', 0).items[0]
  const b = be.answer('pos_offline', 2).items[0]
  const page = await openPos()
  await lookUpOnline(page, [a, b])

  be.dropNext(1000) // the network goes: nothing reaches the server
  await net.set(false)
  expect(text(page, '.pos__offline')).toBe('网络不可用：现金和会员储值（扫会员码）销售保存在本机，联网后自动同步；付款码需要联网')
  await sellOffline(page, [a.barcode])
  await sellOffline(page, [b.barcode, a.barcode])
  await sellOffline(page, [a.barcode, a.barcode])
  expect(text(page, '.pos__outbox')).toBe('待同步 3 笔，点击立即同步')
  return { storage, net, be, page, a, b }
}

test('offline cash sales are kept with their key, time and prices, survive a restart and sync in order when the network returns', async () => {
  const { storage, net, be, a, b } = await threeOfflineSales()
  const kept = storage[QUEUE]
  expect(kept.map(e => e.sale.items)).toEqual([
    [{ sku_code: a.sku_code, qty: 1, unit_price_fen: a.price_fen }],
    [{ sku_code: b.sku_code, qty: 1, unit_price_fen: b.price_fen }, { sku_code: a.sku_code, qty: 1, unit_price_fen: a.price_fen }],
    [{ sku_code: a.sku_code, qty: 2, unit_price_fen: a.price_fen }],
  ])
  expect(kept.map(e => e.sale.payments)).toEqual([
    [{ method: 'cash', amount_fen: a.price_fen }],
    [{ method: 'cash', amount_fen: a.price_fen + b.price_fen }],
    [{ method: 'cash', amount_fen: 2 * a.price_fen }],
  ])
  const keys = kept.map(e => e.key)
  expect(new Set(keys).size).toBe(3)
  kept.forEach(e => {
    expect(e.sale.key).toBe(e.key)
    expect(e.sale.occurred_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
  })
  // Each sale first tried POST /orders with the key it is kept under.
  const tried = be.calls.filter(c => c.method === 'POST' && c.path === '/api/v1/orders').map(c => c.header['Idempotency-Key'])
  expect(tried).toEqual(keys)

  // The mini-program is closed and opened again, still offline: the sales are still there, in order.
  const page = await restart(net)
  expect(text(page, '.pos__outbox')).toBe('待同步 3 笔，点击立即同步')
  expect(storage[QUEUE].map(e => e.key)).toEqual(keys)

  // The network returns: the queue syncs by itself, oldest first, with the keys it kept.
  be.dropping = 0
  await net.set(true)
  const sent = be.last('POST', '/api/v1/pos/offline-sales')
  expect(sent.data.sales.map(s => s.key)).toEqual(keys)
  expect(sent.data.sales.map(s => s.items)).toEqual(kept.map(e => e.sale.items))
  expect(storage[QUEUE]).toEqual([])
  expect(page.querySelector('.pos__outbox')).toBeFalsy()
})

test('a failed sync keeps every sale in order; a sync whose answer was lost is sent again and counted once', async () => {
  const { storage, net, be, page } = await threeOfflineSales()
  const keys = storage[QUEUE].map(e => e.key)

  // The network comes back, but the sync request is lost on the way.
  be.dropping = 0
  be.dropNext(1)
  await net.set(true)
  expect(be.last('POST', '/api/v1/pos/offline-sales').dropped).toBe(true)
  expect(storage[QUEUE].map(e => e.key)).toEqual(keys)
  expect(storage[QUEUE].map(e => e.attempts)).toEqual([1, 1, 1])
  expect(text(page, '.pos__outbox')).toBe('待同步 3 笔，点击立即同步')

  // 立即同步: the server records them (recording: three sales recorded, one with a stock discrepancy).
  const before = JSON.parse(JSON.stringify(storage[QUEUE]))
  await page.instance.onSync()
  await flush()
  expect(storage[QUEUE]).toEqual([])

  // The phone was switched off before it stored that answer: after the restart it sends the same sales again,
  // and the server answers each as a duplicate (nothing recorded twice); the queue empties.
  storage[QUEUE] = before
  const again = await restart(net)
  await flush(10)
  const resent = be.last('POST', '/api/v1/pos/offline-sales')
  expect(resent.data.sales.map(s => s.key)).toEqual(keys)
  expect(storage[QUEUE]).toEqual([])
  expect(again.querySelector('.pos__outbox')).toBeFalsy()
  be.assertAllUsed()
})

test('a sale the server refuses stays in its place with the reason; the others are synced', async () => {
  const storage = installWx({ storage: staffSession() })
  const net = installNetwork(true)
  const be = recordedBackend('pos_offline_refused')
  const a = be.answer('pos_offline_refused', 0).items[0]
  const page = await openPos()
  await lookUpOnline(page, [a])
  be.dropNext(1000)
  await net.set(false)
  for (let i = 0; i < 3; i++) await sellOffline(page, [a.barcode])
  // The phone's clock was months behind when the second sale was made.
  storage[QUEUE][1].sale.occurred_at = '2025-05-01T10:00:00+08:00'
  const keys = storage[QUEUE].map(e => e.key)

  be.dropping = 0
  await net.set(true)
  expect(storage[QUEUE].map(e => e.key)).toEqual([keys[1]])
  expect(storage[QUEUE][0].failed).toBe(true)
  expect(storage[QUEUE][0].error).toContain('时钟')
  expect(page.querySelector('.pos__outbox')).toBeFalsy()
  expect(text(page, '.pos__outbox-failed')).toContain('1 笔离线销售同步失败')
  be.assertAllUsed()
})

test('offline, a payment code says it needs the network; cash stays selected', async () => {
  installWx({ storage: staffSession() })
  const net = installNetwork(false)
  recordedBackend('pos_offline')
  const page = await openPos()
  expect(text(page, '.pos__offline')).toContain('付款码需要联网')
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'code' } } })
  expect(wx.showToast).toHaveBeenLastCalledWith({ title: '网络不可用：付款码支付需要联网，请收现金或用会员储值（离线销售联网后自动同步）', icon: 'none' })
  expect(page.instance.data.payMethod).toBe('cash')
  await net.set(true)
  expect(page.querySelector('.pos__offline')).toBeFalsy()
})

test('offline stored value: the member\'s 会员码 scanned at 收款 is kept with the sale and synced later', async () => {
  const storage = installWx({ storage: staffSession() })
  const net = installNetwork(true)
  const be = recordedBackend('pos_offline_balance')
  const a = be.answer('pos_offline_balance', 0).items[0]
  const page = await openPos()
  await lookUpOnline(page, [a])
  be.dropNext(1000)
  await net.set(false)
  await scan(page, a.barcode)
  page.instance.onPayMethod({ currentTarget: { dataset: { key: 'balance' } } }) // no member looked up: offline
  expect(page.instance.data.payMethod).toBe('balance')
  const memberCode = '884519000000000123'
  scanReturns(memberCode)
  const receipt = await page.instance.onCheckout()
  await flush()
  expect(receipt.offline).toBe(true)
  const kept = storage[QUEUE]
  expect(kept).toHaveLength(1)
  expect(kept[0].sale.payments).toEqual([{ method: 'balance', amount_fen: a.price_fen, auth_code: memberCode }])
  expect(kept[0].sale.member_id).toBeUndefined() // the server finds the member by the code

  be.dropping = 0
  await net.set(true)
  expect(be.last('POST', '/api/v1/pos/offline-sales').data.sales[0].payments[0].auth_code).toBe(memberCode)
  expect(storage[QUEUE]).toEqual([])
  be.assertAllUsed()
})
