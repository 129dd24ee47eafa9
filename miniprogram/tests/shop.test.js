// Home, product, cart and login pages.
const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')

const PRODUCTS = [
  { sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', price_fen: 25800, image: '', spec: '800g' },
  { sku_code: 'WIPE-1', name: '婴儿湿巾', price_fen: 1250, image: '', spec: '80抽' },
]

test('home lists categories and products; category and search filter through the API', async () => {
  installWx({ storage: {} })
  const be = installBackend({
    'GET /api/v1/shop/categories': { items: [{ id: 1, name: '奶粉' }, { id: 2, name: '纸尿裤' }] },
    'GET /api/v1/shop/products': req => ({ items: req.query.category_id === '2' ? [] : PRODUCTS, total: req.query.category_id === '2' ? 0 : 2 }),
  })
  const page = render('pages/index/index')
  await page.instance.onLoad({})
  await flush()
  expect(texts(page, '.category')).toEqual(['全部', '奶粉', '纸尿裤'])
  const cards = page.querySelectorAll('.grid__item')
  expect(cards).toHaveLength(2)
  expect(text(cards[0], '.sku-card__name')).toBe('婴儿配方奶粉 1段')
  expect(text(cards[0], '.sku-card__price')).toBe('¥258.00')
  expect(text(page, '.no-more')).toBe('没有更多了')
  expect(be.last('GET', '/api/v1/shop/products').query).toEqual({ page: '1' })

  page.querySelectorAll('.category')[2].dispatchEvent('tap')
  await flush()
  expect(be.last('GET', '/api/v1/shop/products').query).toEqual({ category_id: '2', page: '1' })
  expect(text(page, '.category--active')).toBe('纸尿裤')
  expect(text(page, '.empty')).toBe('暂无商品')

  page.instance.onSearchInput({ detail: { value: '奶粉' } })
  await page.instance.onSearch()
  expect(be.last('GET', '/api/v1/shop/products').query).toEqual({ category_id: '2', q: '奶粉', page: '1' })
})

test('adding from the home grid puts the SKU in the cart', async () => {
  const storage = installWx({ storage: {} })
  installBackend({ 'GET /api/v1/shop/categories': { items: [] }, 'GET /api/v1/shop/products': { items: PRODUCTS, total: 2 } })
  const page = render('pages/index/index')
  await page.instance.onLoad({})
  await flush()
  page.querySelectorAll('.grid__item')[1].querySelector('.sku-card__add').dispatchEvent('tap')
  await flush()
  expect(storage['cradle.cart']).toEqual([{ sku_code: 'WIPE-1', name: '婴儿湿巾', spec: '80抽', image: '', price_fen: 1250, qty: 1, checked: true }])
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已加入购物车' }))
})

test('product detail shows stock for the chosen store and refetches when the store changes', async () => {
  installWx({ storage: { 'cradle.store': { code: 'S001', name: '人民广场店' } } })
  const be = installBackend({
    'GET /api/v1/shop/skus/MILK-1': req => ({ sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', spec: '800g', price_fen: 25800,
      stage: '1段', age_range: '0-6个月', location_code: req.query.location_code, available: req.query.location_code === 'S001' ? 8 : 0 }),
    'GET /api/v1/shop/stores': { items: [{ code: 'S001', name: '人民广场店' }, { code: 'S002', name: '徐家汇店' }] },
  })
  const page = render('pages/product/product')
  await page.instance.onLoad({ sku_code: 'MILK-1' })
  await flush()
  expect(be.last('GET', '/api/v1/shop/skus/MILK-1').query).toEqual({ location_code: 'S001' })
  expect(text(page, '.product__price')).toBe('¥258.00')
  expect(text(page, '.product__stage')).toBe('1段')
  expect(text(page, '.product__age')).toBe('适用 0-6个月')
  expect(text(page, '.product__store')).toBe('人民广场店 ›')
  expect(text(page, '.product__stock')).toBe('有货（可售8件）')
  await page.instance.onStoreChange({ detail: { value: '1' } })
  await flush()
  expect(be.last('GET', '/api/v1/shop/skus/MILK-1').query).toEqual({ location_code: 'S002' })
  expect(text(page, '.product__stock')).toBe('该门店暂时缺货')
})

test('cart totals only checked lines', async () => {
  installWx({ storage: { 'cradle.cart': [
    { sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', spec: '', image: '', price_fen: 25800, qty: 2, checked: true },
    { sku_code: 'WIPE-1', name: '婴儿湿巾', spec: '', image: '', price_fen: 1250, qty: 3, checked: false },
  ] } })
  const page = render('pages/cart/cart')
  page.instance.onShow()
  await flush()
  expect(text(page, '.cart__total')).toBe('¥516.00')
  page.querySelectorAll('.cart-line__check')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.cart__total')).toBe('¥553.50')
  expect(text(page, '.cart__all')).toBe('取消全选')
})

test('login: wx.login code goes to /auth/wechat, tokens are stored, then the phone step', async () => {
  const storage = installWx({ storage: {}, loginCode: 'openid:alice' })
  const be = installBackend({
    'POST /api/v1/auth/wechat': { access_token: 'a1', refresh_token: 'r1', expires_in: 7200,
      member: { id: 5, nickname: '微信用户', level: { code: 'normal', name: '普通会员' }, points: 0, balance_fen: 0 } },
    'POST /api/v1/members/me/phone': { member: { id: 5, phone_masked: '138****8000' } },
  })
  const page = render('pages/login/login')
  page.instance.onLoad({})
  expect(text(page, '.login__wechat')).toBe('微信一键登录')
  await page.instance.onLogin()
  await flush()
  expect(be.last('POST', '/api/v1/auth/wechat').data).toEqual({ code: 'openid:alice' })
  expect(storage['cradle.auth.member'].access_token).toBe('a1')
  expect(text(page, '.login__hello')).toBe('微信用户，欢迎加入')
  await page.instance.onGetPhoneNumber({ detail: { errMsg: 'getPhoneNumber:fail user deny' } })
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消授权手机号' }))
  await page.instance.onGetPhoneNumber({ detail: { code: 'phone:13800138000', errMsg: 'getPhoneNumber:ok' } })
  expect(be.last('POST', '/api/v1/members/me/phone').header.Authorization).toBe('Bearer a1')
  expect(wx.navigateBack).toHaveBeenCalled()
})

test('a phone held by a member with stored value waits for a check: no tokens change, the reason is shown', async () => {
  const storage = installWx({ storage: memberSession() })
  const before = storage['cradle.auth.member'].access_token
  // The shape POST /api/v1/members/me/phone answers (backend/members/tests/test_phone_claims.py).
  installBackend({ 'POST /api/v1/members/me/phone': {
    member: { id: 3, points: 0, balance_fen: 0, phone_masked: '' }, merged: false,
    phone_claim: { id: 1, status: 'pending', status_name: '待确认', side: 'claimant',
      message: '该手机号已绑定的会员账户有储值或积分，需原微信账号确认，或本人到门店由店员核验后合并；在此之前您使用新的会员账户',
      created_at: '2026-12-05T15:20:00+08:00', decided_at: null } } })
  const page = render('pages/login/login')
  await page.instance.onGetPhoneNumber({ detail: { code: 'phone:13800138000' } })
  expect(wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '手机号待核验' }))
  expect(wx.showModal.mock.calls[0][0].content).toContain('门店')
  expect(storage['cradle.auth.member'].access_token).toBe(before)
  expect(wx.navigateBack).toHaveBeenCalled()
})

test('a member merged by phone gets the new tokens from /members/me/phone', async () => {
  const storage = installWx({ storage: memberSession() })
  installBackend({ 'POST /api/v1/members/me/phone': { member: { id: 2 }, access_token: 'merged-a', refresh_token: 'merged-r', expires_in: 7200 } })
  const page = render('pages/login/login')
  await page.instance.onGetPhoneNumber({ detail: { code: 'phone:13800138000' } })
  expect(storage['cradle.auth.member'].access_token).toBe('merged-a')
})
