// Test helpers: load/render components and pages with miniprogram-simulate (official wcc compiler, so every
// WXML file in the project is compiled by WeChat's real template compiler), plus a fake backend behind
// wx.request and in-memory wx storage.

const path = require('path')
const simulate = require('miniprogram-simulate')

const ROOT = path.resolve(__dirname, '..')
const loaded = {}

// A route value that makes wx.request fail as it does without network.
const NETWORK_DOWN = Symbol('network down')

function load(rel) {
  if (!loaded[rel]) {
    // simulate runs each component's JS with require(); under jest's module registry a second require of
    // the same file would not call Component() again (so a component nested in two parents would render
    // empty). A fresh registry per load makes every load register its components.
    jest.isolateModules(() => {
      loaded[rel] = simulate.load(path.join(ROOT, rel), {
        rootPath: ROOT,
        compilerOptions: { maxBuffer: 64 * 1024 * 1024 },
      })
    })
  }
  return loaded[rel]
}

// Render a component or page and attach it to the document (so lifetimes.attached runs).
function render(rel, props) {
  const comp = simulate.render(load(rel), props || {})
  comp.attach(document.createElement('parent-wrapper'))
  return comp
}

function normalize(s) {
  return String(s || '').replace(/\s+/g, ' ').trim()
}

// Visible text of the whole component or of the first node matching selector (j-component selectors).
function text(comp, selector) {
  if (!selector) return normalize(comp.dom.textContent)
  const node = comp.querySelector(selector)
  if (!node) throw new Error(`no node matches ${selector}`)
  return normalize(node.dom.textContent)
}

function texts(comp, selector) {
  return comp.querySelectorAll(selector).map(n => normalize(n.dom.textContent))
}

// Let pending promises and setData settle.
async function flush(times = 5) {
  for (let i = 0; i < times; i++) await simulate.sleep(0)
}

// ---- wx mocks --------------------------------------------------------------------------------------

function installStorage(initial) {
  const store = Object.assign({}, initial || {})
  wx.getStorageSync = jest.fn(k => (k in store ? store[k] : ''))
  wx.setStorageSync = jest.fn((k, v) => {
    store[k] = v
  })
  wx.removeStorageSync = jest.fn(k => {
    delete store[k]
  })
  return store
}

/**
 * Hand-written backend, for the request layer's transport rules (401 / refresh, network failures) and tests not
 * yet moved to recordings. A page's test should use recordedBackend (./contract.js): answers recorded from the
 * real server, never an echo of the request.
 * routes is {"GET /api/v1/members/me": body | (req) => body | {status, body}}.
 * A route value of the form {status, body} answers that status; anything else answers 200 with it.
 * Unmatched requests answer 404 {"error": {...}} and are kept in backend.unmatched.
 */
function installBackend(routes) {
  const backend = { calls: [], unmatched: [], routes: Object.assign({}, routes || {}) }
  wx.request = jest.fn(opts => {
    const u = new URL(opts.url)
    const key = `${(opts.method || 'GET').toUpperCase()} ${u.pathname}`
    const req = {
      method: (opts.method || 'GET').toUpperCase(),
      path: u.pathname,
      query: Object.fromEntries(u.searchParams.entries()),
      data: opts.data,
      header: opts.header || {},
    }
    backend.calls.push(req)
    let route = backend.routes[`${key}${u.search}`] || backend.routes[key]
    let status = 200
    let body
    if (typeof route === 'function') route = route(req)
    if (route === NETWORK_DOWN) {
      Promise.resolve().then(() => {
        if (opts.fail) opts.fail({ errMsg: 'request:fail timeout' })
        if (opts.complete) opts.complete({})
      })
      return { abort() {} }
    }
    if (route === undefined) {
      backend.unmatched.push(key + u.search)
      status = 404
      body = { error: { code: 'not_found', message: '找不到该资源' } }
    } else {
      if (route && typeof route === 'object' && 'status' in route && 'body' in route) {
        status = route.status
        body = route.body
      } else body = route
    }
    Promise.resolve().then(() => {
      if (opts.success) opts.success({ statusCode: status, data: body, header: {} })
      if (opts.complete) opts.complete({})
    })
    return { abort() {} }
  })
  backend.last = (method, pathname) =>
    backend.calls.filter(c => c.method === method && (!pathname || c.path === pathname)).pop()
  return backend
}

function installWx(options) {
  const o = options || {}
  const storage = installStorage(o.storage)
  wx.showToast = jest.fn()
  wx.showLoading = jest.fn()
  wx.hideLoading = jest.fn()
  wx.navigateTo = jest.fn()
  wx.redirectTo = jest.fn()
  wx.switchTab = jest.fn()
  wx.navigateBack = jest.fn()
  wx.setNavigationBarTitle = jest.fn()
  wx.stopPullDownRefresh = jest.fn()
  wx.vibrateShort = jest.fn()
  wx.login = jest.fn(({ success }) => success({ code: o.loginCode || 'openid:test-user' }))
  wx.showModal = jest.fn(({ success }) => success({ confirm: true, cancel: false }))
  wx.requestPayment = jest.fn(({ success }) => success({ errMsg: 'requestPayment:ok' }))
  wx.scanCode = jest.fn(({ fail }) => fail({ errMsg: 'scanCode:fail cancel' }))
  wx.getLocation = jest.fn(({ success }) => success({ latitude: 31.2304, longitude: 121.4737 }))
  wx.chooseAddress = jest.fn(({ fail }) => fail({ errMsg: 'chooseAddress:fail cancel' }))
  // The user answers o.subscribeAnswer ('accept' unless told) for every template asked.
  wx.requestSubscribeMessage = jest.fn(({ tmplIds, success }) => {
    const res = { errMsg: 'requestSubscribeMessage:ok' }
    ;(tmplIds || []).forEach(t => { res[t] = o.subscribeAnswer || 'accept' })
    success(res)
  })
  return storage
}

// Tokens for a logged-in shopper / clerk in the storage map.
function memberSession() {
  return {
    'cradle.auth.member': { access_token: 'member-access', refresh_token: 'member-refresh', expires_at: null },
    'cradle.profile.member': { id: 1, nickname: '小宝妈妈' },
  }
}

function staffSession() {
  return {
    'cradle.mode': 'staff',
    'cradle.auth.staff': { access_token: 'staff-access', refresh_token: 'staff-refresh', expires_at: null },
    'cradle.profile.staff': { id: 3, username: 'clerk1', display_name: '店员小李', role: 'clerk', store_codes: ['S001'] },
  }
}

// Renders a page and runs its onLoad(query) and onShow, as WeChat does when it opens the page.
async function openPage(path, query) {
  const page = render(path)
  page.instance.onLoad(query)
  await page.instance.onShow()
  await flush()
  return page
}

module.exports = {
  ROOT,
  NETWORK_DOWN,
  simulate,
  load,
  render,
  openPage,
  text,
  texts,
  flush,
  installStorage,
  installBackend,
  installWx,
  memberSession,
  staffSession,
}
