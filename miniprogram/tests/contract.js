// The backend of the pages' tests: ONLY request/response pairs recorded from the real server
// (tests/contract/*.json, written by the pytest scenarios in ../../tests/contract/; see docs/miniprogram.md
// "Contract tests"). Never an echo of the request.
//
//   const be = recordedBackend('stocktake')          // one or more scenario names
//   ... drive the page ...
//   be.assertAllUsed()                              // optional: every recorded POST was made
//
// A request is answered with the first unused recorded pair of the same method, path and query whose body is
// equal (else of the same shape: the same keys and JSON types, recursively). A request that matches no pair, a
// body of another shape, or a missing / extra Authorization or Idempotency-Key header is a contract violation:
// it is answered 599 and the test fails after it ends (tests/contract-setup.js), even if the page swallowed the
// error. GETs may be repeated (a page reloading). Recorded answers are deep copies, so a page cannot alter them.
// be.dropNext(n) makes the next n requests fail as without network (they reach no server, nothing is used).

const fs = require('fs')
const path = require('path')

const DIR = path.join(__dirname, 'contract')
const cache = {}
let current = null

function loadRecording(name) {
  if (!cache[name]) {
    const file = path.join(DIR, `${name}.json`)
    if (!fs.existsSync(file)) throw new Error(`no recording ${file}: write its scenario in tests/contract/ (pytest)`)
    cache[name] = JSON.parse(fs.readFileSync(file, 'utf8'))
  }
  return cache[name]
}

function kind(v) {
  if (v === null || v === undefined) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

// The shape of a JSON value: its keys and types, recursively (arrays by the shapes of their elements).
function shape(v) {
  const k = kind(v)
  if (k === 'array') return [...new Set(v.map(x => JSON.stringify(shape(x))))].sort().map(s => JSON.parse(s))
  if (k === 'object') {
    const out = {}
    Object.keys(v).filter(key => v[key] !== undefined).sort().forEach(key => { out[key] = shape(v[key]) })
    return out
  }
  return k
}

function plain(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v))
}

function same(a, b) {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical)
  if (v && typeof v === 'object') {
    const out = {}
    Object.keys(v).filter(k => v[k] !== undefined).sort().forEach(k => { out[k] = canonical(v[k]) })
    return out
  }
  return v
}

function sameQuery(a, b) {
  return same(a || {}, b || {})
}

function recordedBackend(...names) {
  const exchanges = []
  names.forEach(name => {
    loadRecording(name).exchanges.forEach((ex, i) => {
      if (ex.face === 'miniprogram') exchanges.push(Object.assign({ scenario: name, index: i, used: false }, ex))
    })
  })
  const backend = { names, calls: [], violations: [], exchanges, dropping: 0 }

  wx.request = jest.fn(opts => {
    if (backend.dropping > 0) { // the network, not the server: the request never arrives (be.dropNext)
      backend.dropping -= 1
      backend.calls.push({ method: (opts.method || 'GET').toUpperCase(), path: new URL(opts.url).pathname,
        query: {}, data: plain(opts.data), header: opts.header || {}, dropped: true })
      Promise.resolve().then(() => {
        if (opts.fail) opts.fail({ errMsg: 'request:fail timeout' })
        if (opts.complete) opts.complete({})
      })
      return { abort() {} }
    }
    const u = new URL(opts.url)
    const method = (opts.method || 'GET').toUpperCase()
    const header = opts.header || {}
    const req = {
      method,
      path: decodeURIComponent(u.pathname),
      query: Object.fromEntries(u.searchParams.entries()),
      data: plain(opts.data),
      header,
    }
    backend.calls.push(req)
    const body = method === 'GET' ? undefined : req.data === undefined ? {} : req.data
    const candidates = exchanges.filter(ex => ex.request.method === method && ex.request.path === req.path &&
      sameQuery(ex.request.query, req.query))
    const fresh = candidates.filter(ex => !ex.used)
    let ex = fresh.find(e => method === 'GET' || same(e.request.body, body)) ||
      fresh.find(e => same(shape(e.request.body), shape(body)))
    if (!ex && method === 'GET') ex = candidates[candidates.length - 1]
    const problems = []
    if (!ex) {
      const near = candidates.length
        ? `recorded bodies: ${candidates.map(c => JSON.stringify(c.request.body)).join(' | ')}`
        : `recorded calls: ${[...new Set(exchanges.map(e => `${e.request.method} ${e.request.path}`))].join(', ')}`
      problems.push(`${method} ${req.path}${u.search} ${JSON.stringify(body)} is not in the recordings ` +
        `[${names.join(', ')}]; ${near}`)
    } else {
      const hasAuth = Boolean(header.Authorization)
      if (hasAuth !== Boolean(ex.request.auth)) {
        problems.push(`${method} ${req.path}: the server was called ${ex.request.auth ? 'with' : 'without'} a ` +
          `token (${ex.request.auth || 'none'}), the page sent ${hasAuth ? 'one' : 'none'}`)
      }
      const recordedKey = Boolean(ex.request.headers && ex.request.headers['Idempotency-Key'])
      if (recordedKey !== Boolean(header['Idempotency-Key'])) {
        problems.push(`${method} ${req.path}: Idempotency-Key ${recordedKey ? 'missing' : 'not expected'}`)
      }
      ex.used = true
    }
    backend.violations.push(...problems)
    const status = problems.length ? 599 : ex.response.status
    const data = problems.length
      ? { error: { code: 'not_recorded', message: problems.join('; ') } }
      : plain(ex.response.body)
    Promise.resolve().then(() => {
      if (opts.success) opts.success({ statusCode: status, data, header: {} })
      if (opts.complete) opts.complete({})
    })
    return { abort() {} }
  })

  // The next n requests fail as without network (wx.request fail) and reach no server.
  backend.dropNext = (n = 1) => { backend.dropping += n }
  backend.last = (method, pathname) =>
    backend.calls.filter(c => c.method === method && (!pathname || c.path === pathname)).pop()
  // The recorded answer of a scenario's n-th pair (to compare what the page shows with what the server said).
  backend.answer = (name, n) => plain(loadRecording(name).exchanges[n].response.body)
  backend.recorded = (name, method, pathname) =>
    loadRecording(name).exchanges.filter(e => e.request.method === method && (!pathname || e.request.path === pathname))
  backend.assertAllUsed = () => {
    const unused = exchanges.filter(e => !e.used && e.request.method !== 'GET')
    if (unused.length) {
      throw new Error(`recorded calls the page never made: ${unused.map(e => `${e.scenario}#${e.index} ` +
        `${e.request.method} ${e.request.path} ${JSON.stringify(e.request.body)}`).join('; ')}`)
    }
  }
  current = backend
  return backend
}

// Called after every test (tests/contract-setup.js): the test fails on any violation, even a swallowed one.
function checkCurrent() {
  const be = current
  current = null
  if (be && be.violations.length) {
    throw new Error(`the page broke the recorded contract:\n- ${be.violations.join('\n- ')}`)
  }
}

module.exports = { recordedBackend, loadRecording, shape, checkCurrent }
