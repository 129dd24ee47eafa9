// The request layer: Bearer tokens, one refresh on 401, error bodies mapped to toasts.
const { installWx, installBackend, memberSession, staffSession, flush, NETWORK_DOWN } = require('./helpers')

let request
let session

beforeEach(() => {
  jest.resetModules()
  request = require('../utils/request')
  session = require('../utils/session')
})

const ok = body => ({ status: 200, body })
const unauthorized = { status: 401, body: { error: { code: 'unauthorized', message: '请先登录' } } }

test('sends the bearer token of the current session and resolves the body', async () => {
  installWx({ storage: memberSession() })
  const backend = installBackend({ 'GET /api/v1/members/me': { id: 1, points: 10 } })
  await expect(request.get('/members/me')).resolves.toEqual({ id: 1, points: 10 })
  const call = backend.last('GET', '/api/v1/members/me')
  expect(call.header.Authorization).toBe('Bearer member-access')
  expect(call.header['content-type']).toBe('application/json')
  expect(wx.showToast).not.toHaveBeenCalled()
})

test('staff requests use the staff token; auth:false sends none', async () => {
  installWx({ storage: Object.assign(memberSession(), staffSession()) })
  const backend = installBackend({ 'GET /api/v1/skus': { items: [], total: 0 }, 'POST /api/v1/auth/wechat': {} })
  await request.get('/skus', undefined, { auth: 'staff' })
  expect(backend.last('GET').header.Authorization).toBe('Bearer staff-access')
  await request.post('/auth/wechat', { code: 'x' }, { auth: false })
  expect(backend.last('POST').header.Authorization).toBeUndefined()
})

test('on 401 refreshes once, stores the new tokens and retries with them', async () => {
  const storage = installWx({ storage: memberSession() })
  const backend = installBackend({
    'GET /api/v1/members/me': req =>
      req.header.Authorization === 'Bearer new-access' ? ok({ id: 1 }) : unauthorized,
    'POST /api/v1/auth/refresh': req =>
      req.data.refresh_token === 'member-refresh'
        ? ok({ access_token: 'new-access', refresh_token: 'new-refresh', expires_in: 7200 })
        : unauthorized,
  })
  await expect(request.get('/members/me')).resolves.toEqual({ id: 1 })
  const paths = backend.calls.map(c => `${c.method} ${c.path}`)
  expect(paths).toEqual(['GET /api/v1/members/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/members/me'])
  expect(backend.calls[1].header.Authorization).toBeUndefined()
  expect(storage['cradle.auth.member'].access_token).toBe('new-access')
  expect(storage['cradle.auth.member'].refresh_token).toBe('new-refresh')
  expect(wx.showToast).not.toHaveBeenCalled()
})

test('a failed refresh clears the session, reports expiry and rejects', async () => {
  const storage = installWx({ storage: memberSession() })
  const backend = installBackend({ 'GET /api/v1/orders': unauthorized, 'POST /api/v1/auth/refresh': unauthorized })
  const expired = jest.fn()
  request.handlers.onSessionExpired = expired
  const err = await request.get('/orders').catch(e => e)
  expect(err).toBeInstanceOf(request.ApiError)
  expect(err.statusCode).toBe(401)
  expect(err.code).toBe('unauthorized')
  expect(err.message).toBe('登录已过期，请重新登录')
  expect(expired).toHaveBeenCalledWith('member')
  expect(storage['cradle.auth.member']).toBeUndefined()
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '登录已过期，请重新登录', icon: 'none' }))
  expect(backend.calls.filter(c => c.path === '/api/v1/auth/refresh')).toHaveLength(1)
})

test('refreshes at most once per request: a 401 after the refresh is final', async () => {
  installWx({ storage: memberSession() })
  const backend = installBackend({
    'GET /api/v1/orders': unauthorized,
    'POST /api/v1/auth/refresh': ok({ access_token: 'a2', refresh_token: 'r2', expires_in: 60 }),
  })
  const err = await request.get('/orders').catch(e => e)
  expect(err.statusCode).toBe(401)
  expect(backend.calls.map(c => c.path)).toEqual(['/api/v1/orders', '/api/v1/auth/refresh', '/api/v1/orders'])
})

test('concurrent 401s share one refresh', async () => {
  installWx({ storage: memberSession() })
  const backend = installBackend({
    'GET /api/v1/members/me': req => (req.header.Authorization === 'Bearer a2' ? ok({ id: 1 }) : unauthorized),
    'GET /api/v1/members/me/points': req => (req.header.Authorization === 'Bearer a2' ? ok({ balance: 5 }) : unauthorized),
    'POST /api/v1/auth/refresh': ok({ access_token: 'a2', refresh_token: 'r2', expires_in: 60 }),
  })
  const [a, b] = await Promise.all([request.get('/members/me'), request.get('/members/me/points')])
  expect(a).toEqual({ id: 1 })
  expect(b).toEqual({ balance: 5 })
  expect(backend.calls.filter(c => c.path === '/api/v1/auth/refresh')).toHaveLength(1)
})

test('each refresh sends the refresh token the previous one answered (the server rotates them)', async () => {
  const storage = installWx({ storage: memberSession() })
  let access = 'member-access'
  const sent = []
  const backend = installBackend({
    'GET /api/v1/members/me': req => (req.header.Authorization === `Bearer ${access}` ? ok({ id: 1 }) : unauthorized),
    'POST /api/v1/auth/refresh': req => {
      sent.push(req.data.refresh_token)
      const n = sent.length
      return ok({ access_token: `a${n}`, refresh_token: `r${n}`, expires_in: 60 })
    },
  })
  access = 'a1' // the stored access token has expired
  await expect(request.get('/members/me')).resolves.toEqual({ id: 1 })
  access = 'a2' // and expires again later
  await expect(request.get('/members/me')).resolves.toEqual({ id: 1 })
  expect(sent).toEqual(['member-refresh', 'r1'])
  expect(storage['cradle.auth.member'].refresh_token).toBe('r2')
  expect(backend.calls.filter(c => c.path === '/api/v1/auth/refresh')).toHaveLength(2)
})

test('a 401 that comes back after another request refreshed retries with the new tokens, not a second refresh', async () => {
  installWx({ storage: memberSession() })
  const backend = installBackend({
    'GET /api/v1/orders': req => {
      if (req.header.Authorization === 'Bearer a2') return ok({ items: [] })
      // while this request was in flight another one refreshed: the stored pair is already the rotated one
      session.setTokens('member', { access_token: 'a2', refresh_token: 'r2', expires_in: 60 })
      return unauthorized
    },
    'POST /api/v1/auth/refresh': unauthorized,
  })
  await expect(request.get('/orders')).resolves.toEqual({ items: [] })
  expect(backend.calls.map(c => c.path)).toEqual(['/api/v1/orders', '/api/v1/orders'])
  expect(session.getTokens('member').refresh_token).toBe('r2') // r2 was not spent by a second refresh
})

test('without a refresh token a 401 is not retried', async () => {
  installWx({ storage: {} })
  const backend = installBackend({ 'GET /api/v1/members/me': unauthorized })
  const err = await request.get('/members/me', undefined, { auth: 'member' }).catch(e => e)
  expect(err.code).toBe('unauthorized')
  expect(backend.calls).toHaveLength(1)
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录' }))
})

test('error bodies become toasts with the server message and an ApiError', async () => {
  installWx({ storage: memberSession() })
  installBackend({
    'POST /api/v1/orders': { status: 409, body: { error: { code: 'insufficient_stock', message: '库存不足：婴儿奶粉 1段' } } },
  })
  const err = await request.post('/orders', { items: [] }).catch(e => e)
  expect(err.statusCode).toBe(409)
  expect(err.code).toBe('insufficient_stock')
  expect(err.message).toBe('库存不足：婴儿奶粉 1段')
  expect(wx.showToast).toHaveBeenCalledWith({ title: '库存不足：婴儿奶粉 1段', icon: 'none', duration: 2500 })
})

test('a 500 without an error body gets a generic Chinese message; silent skips the toast', async () => {
  installWx({ storage: memberSession() })
  installBackend({ 'GET /api/v1/orders': { status: 502, body: '<html>bad gateway</html>' } })
  const err = await request.get('/orders').catch(e => e)
  expect(err.message).toBe('服务器开小差了，请稍后再试')
  wx.showToast.mockClear()
  await request.get('/orders', undefined, { silent: true }).catch(() => {})
  expect(wx.showToast).not.toHaveBeenCalled()
})

test('network failures reject with network_error and a toast', async () => {
  installWx({ storage: memberSession() })
  installBackend({ 'GET /api/v1/orders': NETWORK_DOWN })
  const err = await request.get('/orders').catch(e => e)
  expect(err.code).toBe('network_error')
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络异常，请检查网络后重试' }))
})

test('idempotency keys are sent as the Idempotency-Key header', async () => {
  installWx({ storage: staffSession() })
  const backend = installBackend({ 'POST /api/v1/orders': { status: 201, body: { order: { id: 1 } } } })
  const key = request.newIdempotencyKey('pos')
  expect(key).toMatch(/^pos-/)
  await request.post('/orders', { channel: 'pos' }, { idempotencyKey: key })
  expect(backend.last('POST').header['Idempotency-Key']).toBe(key)
  expect(backend.last('POST').header.Authorization).toBe('Bearer staff-access')
  await flush()
})

test('urls get the base URL and API prefix', () => {
  expect(request.fullUrl('/orders')).toBe('http://127.0.0.1:8000/api/v1/orders')
  expect(request.fullUrl('/api/v1/health')).toBe('http://127.0.0.1:8000/api/v1/health')
  expect(request.fullUrl('https://x.test/a')).toBe('https://x.test/a')
})
