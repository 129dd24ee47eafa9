// The one request layer: bearer token on every call, one refresh on a 401 (refresh tokens rotate, so the new
// refresh token is stored each time and concurrent 401s share a single refresh), and back to the login page
// when the session cannot be renewed. Errors carry the API's {"error": {"code", "message"}}, in the console's
// language: every call sends it as Accept-Language.
import { acceptLanguage, t } from '../i18n'
import { accessToken, clearTokens, refreshToken, saveTokens } from './tokens'

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

let onSessionLost = () => {}
export function setSessionLostHandler(fn) {
  onSessionLost = fn
}

let refreshing = null

async function refreshOnce() {
  if (!refreshing) {
    refreshing = (async () => {
      const token = refreshToken()
      if (!token) return false
      const resp = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage },
        body: JSON.stringify({ refresh_token: token }),
      })
      if (!resp.ok) return false
      saveTokens(await resp.json())
      return true
    })().finally(() => {
      setTimeout(() => { refreshing = null }, 0)
    })
  }
  return refreshing
}

async function errorOf(resp) {
  let code = 'http_' + resp.status
  let message = t('common.requestFailed', { status: resp.status })
  try {
    const body = await resp.json()
    if (body && body.error) {
      code = body.error.code || code
      message = body.error.message || message
    }
  } catch {
    // not JSON: keep the generic message
  }
  return new ApiError(resp.status, code, message)
}

function buildUrl(path, query) {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.append(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

// Returns the raw Response (after one refresh when the token expired); throws ApiError on 4xx/5xx.
export async function send(method, path, { query, body, auth = true } = {}) {
  const url = buildUrl(path, query)
  const attempt = () => {
    const headers = { Accept: 'application/json', 'Accept-Language': acceptLanguage }
    const form = body instanceof FormData // a file upload: the browser sets the multipart Content-Type
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json'
    const token = accessToken()
    if (auth && token) headers.Authorization = `Bearer ${token}`
    return fetch(url, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) })
  }
  let resp = await attempt()
  if (resp.status === 401 && auth) {
    if (await refreshOnce()) {
      resp = await attempt()
    }
    if (resp.status === 401) {
      const err = await errorOf(resp)
      clearTokens()
      onSessionLost(err)
      throw err
    }
  }
  if (!resp.ok) throw await errorOf(resp)
  return resp
}

export async function request(method, path, options) {
  const resp = await send(method, path, options)
  if (resp.status === 204) return null
  return resp.json()
}

export const get = (path, query) => request('GET', path, { query })
export const post = (path, body) => request('POST', path, { body: body ?? {} })
export const put = (path, body) => request('PUT', path, { body })
// POST a FormData (a file in field "file" and any text fields) as multipart/form-data; JSON answer.
export const upload = (path, query, form) => request('POST', path, { query, body: form })

function filenameOf(disposition, fallback) {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '')
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition || '')
  return plain ? plain[1] : fallback
}

// GET a file (an xlsx export) with the session's token and hand it to the browser as a download.
export async function download(path, query, fallbackName) {
  const resp = await send('GET', path, { query })
  const blob = await resp.blob()
  const name = filenameOf(resp.headers.get('Content-Disposition'), fallbackName)
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
  return name
}
