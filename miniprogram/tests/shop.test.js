// Home, product, cart and login pages.
const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

// The shop's answers are the real server's (tests/contract/shop.json): the price shown is the mini-program
// channel's price (the one checkout charges, see checkout.test.js), not the SKU's list price.
function yuan(fen) {
  return `¥${(fen / 100).toFixed(2)}`
}

function cardTexts(page, selector) {
  return page.querySelectorAll('.grid__item').map(card => text(card, selector))
}

test('home lists categories and products; category and search filter through the API', async () => {
  installWx({ storage: {} })
  const be = recordedBackend('shop')
  const cats = be.answer('shop', 0).items
  const first = be.answer('shop', 1)
  const page = render('pages/index/index')
  await page.instance.onLoad({})
  await flush()
  expect(texts(page, '.category')).toEqual(['全部', ...cats.map(c => c.name)])
  const cards = page.querySelectorAll('.grid__item')
  expect(cards).toHaveLength(first.items.length)
  expect(text(cards[0], '.sku-card__name')).toBe(first.items[0].name)
  expect(text(cards[0], '.sku-card__price')).toBe(yuan(first.items[0].price_fen))

  page.querySelectorAll('.category')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.category--active')).toBe(cats[0].name)
  const milk = be.answer('shop', 2).items
  expect(cardTexts(page, '.sku-card__name')).toEqual(milk.map(i => i.name))
  // the mini-program price, below the list price where the channel's price list says so
  expect(milk.some(i => i.price_fen < i.list_price_fen)).toBe(true)
  expect(cardTexts(page, '.sku-card__price')).toEqual(milk.map(i => yuan(i.price_fen)))

  page.querySelectorAll('.category')[0].dispatchEvent('tap')
  await flush()
  const q = be.recorded('shop', 'GET', '/api/v1/shop/products')[2].request.query.q
  page.instance.onSearchInput({ detail: { value: q } })
  await page.instance.onSearch()
  await flush()
  expect(cardTexts(page, '.sku-card__name')).toEqual(be.answer('shop', 3).items.map(i => i.name))
})

test('adding from the home grid puts the SKU in the cart at the price shown', async () => {
  const storage = installWx({ storage: {} })
  const be = recordedBackend('shop')
  const item = be.answer('shop', 1).items[1]
  const page = render('pages/index/index')
  await page.instance.onLoad({})
  await flush()
  page.querySelectorAll('.grid__item')[1].querySelector('.sku-card__add').dispatchEvent('tap')
  await flush()
  expect(storage['cradle.cart']).toEqual([{ sku_code: item.sku_code, name: item.name, spec: item.spec, image: '',
    price_fen: item.price_fen, qty: 1, checked: true }])
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已加入购物车' }))
})

test('product detail shows the price and the stock for the chosen store and refetches when the store changes', async () => {
  installWx({ storage: {} })
  const be = recordedBackend('shop')
  const plain = be.answer('shop', 4)
  const atStore = be.answer('shop', 5)
  const page = render('pages/product/product')
  await page.instance.onLoad({ sku_code: plain.sku_code })
  await flush()
  expect(text(page, '.product__price')).toBe(yuan(plain.price_fen))
  expect(text(page, '.product__age')).toBe(`适用 ${plain.age_range}`)
  expect(text(page, '.product__store')).toBe('选择门店 ›')
  await page.instance.onStoreChange({ detail: { value: '0' } })
  await flush()
  expect(be.last('GET', `/api/v1/shop/skus/${plain.sku_code}`).query).toEqual({ location_code: 'ST-001' })
  expect(text(page, '.product__store')).toBe('徐汇漕溪北路店 ›')
  expect(text(page, '.product__price')).toBe(yuan(atStore.price_fen))
  expect(text(page, '.product__stock')).toBe(`有货（可售${atStore.available}件）`)
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
  const storage = installWx({ storage: {}, loginCode: 'openid:contract-login,nonce:1' })
  const be = recordedBackend('member_login')
  const page = render('pages/login/login')
  page.instance.onLoad({})
  expect(text(page, '.login__wechat')).toBe('微信一键登录')
  await page.instance.onLogin()
  await flush()
  expect(storage['cradle.auth.member'].access_token).toBe('<token>')
  expect(text(page, '.login__hello')).toBe('欢迎加入') // a new WeChat member has no nickname yet
  await page.instance.onGetPhoneNumber({ detail: { errMsg: 'getPhoneNumber:fail user deny' } })
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消授权手机号' }))
  await page.instance.onGetPhoneNumber({ detail: { code: 'phone:13900001111', errMsg: 'getPhoneNumber:ok' } })
  expect(be.last('POST', '/api/v1/members/me/phone').header.Authorization).toBe('Bearer <token>')
  expect(wx.navigateBack).toHaveBeenCalled()
  be.assertAllUsed()
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
