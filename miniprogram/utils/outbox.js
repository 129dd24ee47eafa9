// Offline counter sales: a POS sale that could not reach the server is kept with its Idempotency-Key and sent
// again later with the same key, so the server records it exactly once.

const api = require('./api')

const KEY = 'cradle.pos.outbox'

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
}

// entry: {key, body, created_at}
function push(entry) {
  const entries = list()
  if (!entries.some(e => e.key === entry.key)) entries.push(Object.assign({ created_at: new Date().toISOString() }, entry))
  save(entries)
  return entries.length
}

function pending() {
  return list().filter(e => !e.failed)
}

// Send every pending sale in order; stops at the first network failure. A sale the server refuses (e.g.
// insufficient stock) is marked failed with the server's message for a manager to look at.
function sync() {
  const result = { sent: 0, failed: 0, remaining: 0 }
  const step = () => {
    const entry = pending()[0]
    if (!entry) return Promise.resolve()
    return api.posSale(entry.body, entry.key, { silent: true }).then(
      () => {
        save(list().filter(e => e.key !== entry.key))
        result.sent += 1
        return step()
      },
      err => {
        if (err && err.code === 'network_error') return null
        save(list().map(e => (e.key === entry.key ? Object.assign({}, e, { failed: true, error: err.message }) : e)))
        result.failed += 1
        return step()
      },
    )
  }
  return step().then(() => {
    result.remaining = pending().length
    return result
  })
}

module.exports = { list, push, pending, sync, KEY }
