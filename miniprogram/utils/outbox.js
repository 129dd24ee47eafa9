// The clerk's offline queue: counter sales made while the till had no network, kept in wx storage (so they
// survive closing the mini-program) with their Idempotency-Key and the moment they happened, and sent in the
// order they were made to POST /pos/offline-sales when the network is back (wx.onNetworkStatusChange, the POS
// page opening, 立即同步, and a retry with backoff after a failed attempt). The server records each sale once
// whatever how often it arrives, so a send whose answer is lost is simply sent again.
//
// entry: {key, sale: {key, occurred_at, location_code, items: [{sku_code, qty, unit_price_fen}],
//         payments: [{method, amount_fen}], member_id?}, created_at, attempts, last_error?,
//         failed?, error?}
// A sale the server refuses (its reason is permanent: a wrong clock, a store not the clerk's) stays in its place,
// marked failed with the server's message, until someone looks at it (retryFailed sends it again).
// Entries of the older shape {key, body} (a POST /orders body kept by an earlier version) are sent as they were.

const api = require('./api')

const KEY = 'cradle.pos.outbox'
const BATCH = 50 // the server's limit per request
const RETRY_BASE_MS = 5000
const RETRY_MAX_MS = 5 * 60 * 1000

let running = null // the sync in flight: a second call joins it instead of sending the same sales twice
let retryTimer = null
let retries = 0
let started = false
const listeners = []

function list() {
  try {
    const v = wx.getStorageSync(KEY)
    return Array.isArray(v) ? v : []
  } catch (e) {
    return []
  }
}

function save(entries) {
  wx.setStorageSync(KEY, entries)
  listeners.forEach(fn => {
    try { fn(summary(entries)) } catch (e) { /* a page gone */ }
  })
}

function summary(entries) {
  const all = entries || list()
  const failed = all.filter(e => e.failed)
  return { waiting: all.length - failed.length, failed: failed.length, error: failed.length ? failed[0].error : '' }
}

// Keep a sale made offline (once per key).
function push(sale) {
  const entries = list()
  if (!entries.some(e => e.key === sale.key)) {
    entries.push({ key: sale.key, sale, created_at: sale.occurred_at || new Date().toISOString(), attempts: 0 })
  }
  save(entries)
  return entries.length
}

function pending() {
  return list().filter(e => !e.failed)
}

function count() {
  return pending().length
}

function update(keys, change) {
  save(list().map(e => (keys.includes(e.key) ? Object.assign({}, e, change(e)) : e)))
}

function remove(keys) {
  save(list().filter(e => !keys.includes(e.key)))
}

// One request for up to BATCH new-shape sales in order; per-sale answers: recorded / duplicate leave the
// queue, error stays (failed, in place). Rejects on a failure of the whole request (network, server).
function sendBatch(entries, result) {
  return api.posOfflineSales(entries.map(e => e.sale), { silent: true }).then(res => {
    // One result per sale, in the order sent (results[i] answers entries[i]).
    const results = res.results || []
    const done = []
    const refused = {}
    entries.forEach((e, i) => {
      const r = results[i]
      if (!r) return // not answered: stays, sent again next time
      if (r.status === 'recorded' || r.status === 'duplicate') done.push(e.key)
      else refused[e.key] = (r.error && r.error.message) || '同步失败'
    })
    remove(done)
    const keys = Object.keys(refused)
    if (keys.length) update(keys, e => ({ failed: true, error: refused[e.key] }))
    result.sent += done.length
    result.failed += keys.length
  })
}

// An entry kept by the earlier version: its POST /orders body, sent again with its key.
function sendLegacy(entry, result) {
  return api.posSale(entry.body, entry.key, { silent: true }).then(
    () => {
      remove([entry.key])
      result.sent += 1
    },
    err => {
      if (transient(err)) throw err
      update([entry.key], () => ({ failed: true, error: err.message }))
      result.failed += 1
    },
  )
}

function transient(err) {
  return !err || err.code === 'network_error' || (err.statusCode || 0) >= 500 || err.statusCode === 401
}

function scheduleRetry() {
  if (retryTimer) return
  const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * Math.pow(2, retries))
  retries += 1
  retryTimer = setTimeout(() => {
    retryTimer = null
    sync()
  }, delay)
}

function cancelRetry() {
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = null
}

// Send every waiting sale, oldest first. Resolves {sent, failed, remaining, error?}; never rejects. When the
// network or the server fails, every unsent sale stays as it was (same order, same key) and a retry is
// scheduled.
function sync() {
  if (running) return running
  cancelRetry()
  const result = { sent: 0, failed: 0, remaining: 0 }
  const step = () => {
    const waiting = pending()
    if (!waiting.length) return Promise.resolve()
    const head = waiting[0]
    if (head.body && !head.sale) return sendLegacy(head, result).then(step)
    const run = []
    for (const e of waiting) {
      if (!e.sale || run.length >= BATCH) break
      run.push(e)
    }
    return sendBatch(run, result).then(step)
  }
  running = step()
    .then(() => {
      retries = 0
    }, err => {
      const message = (err && err.message) || '同步失败'
      update(pending().map(e => e.key), e => ({ attempts: (e.attempts || 0) + 1, last_error: message }))
      result.error = message
      if (transient(err)) scheduleRetry()
    })
    .then(() => {
      running = null
      result.remaining = pending().length
      return result
    })
  return running
}

// Send the sales the server refused again (after the cause was fixed, e.g. the till's clock).
function retryFailed() {
  update(list().filter(e => e.failed).map(e => e.key), () => ({ failed: false, error: '', attempts: 0 }))
  return sync()
}

// Sync whenever the network comes back (registered once per app run).
function start() {
  if (started) return
  started = true
  if (wx.onNetworkStatusChange) {
    wx.onNetworkStatusChange(res => {
      if (res && res.isConnected && count() > 0) sync()
    })
  }
}

// fn(summary) after every change of the queue; returns the function that stops it.
function subscribe(fn) {
  listeners.push(fn)
  return () => {
    const i = listeners.indexOf(fn)
    if (i >= 0) listeners.splice(i, 1)
  }
}

// Tests: forget the in-memory state of this app run (a restart of the mini-program); storage is kept.
function _reset() {
  cancelRetry()
  running = null
  retries = 0
  started = false
  listeners.splice(0, listeners.length)
}

module.exports = { list, push, pending, count, summary, sync, retryFailed, start, subscribe, KEY, BATCH, _reset }
