// The request layer: base URL, `Authorization: Bearer`, one token refresh on 401, and error toasts.
//
// Every error body from the backend is {"error": {"code", "message"}} with a Chinese message; it is shown with
// wx.showToast and the promise rejects with an ApiError carrying statusCode, code and message.

const config = require('./config')
const session = require('./session')

const NETWORK_ERROR_MESSAGE = '网络异常，请检查网络后重试'
const SESSION_EXPIRED_MESSAGE = '登录已过期，请重新登录'

class ApiError extends Error {
  constructor(statusCode, code, message, details) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.code = code
    this.details = details
  }
}

const handlers = {
  // Called when a session cannot be refreshed; app.js points it at the login page.
  onSessionExpired: null,
}

// One refresh at a time per session: concurrent 401s wait for the same refresh.
const refreshing = {}

function fullUrl(path) {
  if (/^https?:\/\//.test(path)) return path
  const p = path.startsWith('/api/') ? path : `${config.apiPrefix}${path.startsWith('/') ? '' : '/'}${path}`
  return `${config.baseUrl}${p}`
}

function send(method, url, data, header) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: fullUrl(url),
      method,
      data,
      header,
      dataType: 'json',
      success: res => resolve(res),
      fail: err => reject(new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE, err && err.errMsg)),
    })
  })
}

function toError(res) {
  const body = res && res.data
  const err = body && typeof body === 'object' && body.error
  if (err && err.message) return new ApiError(res.statusCode, err.code || 'error', err.message, err.details)
  if (res && res.statusCode === 401) return new ApiError(401, 'unauthorized', '请先登录')
  if (res && res.statusCode >= 500) return new ApiError(res.statusCode, 'server_error', '服务器开小差了，请稍后再试')
  return new ApiError(res ? res.statusCode : 0, 'error', '请求失败，请稍后再试')
}

function toast(message) {
  wx.showToast({ title: message, icon: 'none', duration: 2500 })
}

// Exchanges the stored refresh token for a new pair and stores both: the backend rotates refresh tokens (each
// works once), so the new refresh_token must replace the old one before any later refresh.
function refreshSession(mode) {
  if (refreshing[mode]) return refreshing[mode]
  const tokens = session.getTokens(mode)
  if (!tokens || !tokens.refresh_token) return Promise.resolve(false)
  refreshing[mode] = send('POST', '/auth/refresh', { refresh_token: tokens.refresh_token }, {
    'content-type': 'application/json',
  })
    .then(res => {
      if (res.statusCode >= 200 && res.statusCode < 300 && res.data && res.data.access_token) {
        session.setTokens(mode, res.data)
        return true
      }
      session.clear(mode)
      return false
    })
    .catch(() => false) // network failure while refreshing: keep the tokens, fail this request
    .then(ok => {
      delete refreshing[mode]
      return ok
    })
  return refreshing[mode]
}

/**
 * request({url, method, data, auth, silent, idempotencyKey, header}) -> Promise<body>
 *   auth: 'member' | 'staff' (default: the current mode) | false (no token)
 *   silent: true to skip the error toast (the caller shows its own message)
 */
function request(options) {
  const method = (options.method || 'GET').toUpperCase()
  const mode = options.auth === false ? null : options.auth || session.getMode()
  const header = Object.assign({ 'content-type': 'application/json' }, options.header || {})
  const tokens = mode ? session.getTokens(mode) : null
  if (tokens && tokens.access_token) header.Authorization = `Bearer ${tokens.access_token}`
  if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey

  const fail = err => {
    if (!options.silent) toast(err.message)
    throw err
  }

  return send(method, options.url, options.data, header).then(
    res => {
      if (res.statusCode >= 200 && res.statusCode < 300) return res.data
      if (res.statusCode === 401 && mode && tokens && !options._retried) {
        // Another request refreshed while this one was in flight: the server rotates refresh tokens (the old
        // one now ends the session if sent again), so retry with the stored tokens instead of refreshing twice.
        const current = session.getTokens(mode)
        const rotated = current && current.access_token && current.access_token !== tokens.access_token
        return (rotated ? Promise.resolve(true) : refreshSession(mode)).then(ok => {
          if (ok) return request(Object.assign({}, options, { _retried: true }))
          const expired = new ApiError(401, 'unauthorized', SESSION_EXPIRED_MESSAGE)
          if (typeof handlers.onSessionExpired === 'function') handlers.onSessionExpired(mode)
          return fail(expired)
        })
      }
      return fail(toError(res))
    },
    fail,
  )
}

function get(url, data, options) {
  return request(Object.assign({ url, method: 'GET', data }, options || {}))
}

function post(url, data, options) {
  return request(Object.assign({ url, method: 'POST', data }, options || {}))
}

function put(url, data, options) {
  return request(Object.assign({ url, method: 'PUT', data }, options || {}))
}

function del(url, options) {
  return request(Object.assign({ url, method: 'DELETE' }, options || {}))
}

// A random key for Idempotency-Key headers (one per checkout / counter sale attempt).
function newIdempotencyKey(prefix) {
  const rand = Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 10)
  return `${prefix || 'mp'}-${Date.now().toString(36)}-${rand}`
}

module.exports = {
  ApiError,
  request,
  get,
  post,
  put,
  del,
  handlers,
  refreshSession,
  fullUrl,
  newIdempotencyKey,
  NETWORK_ERROR_MESSAGE,
  SESSION_EXPIRED_MESSAGE,
}
