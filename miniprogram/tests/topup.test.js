const { render, text, flush, installWx, installBackend, staffSession, NETWORK_DOWN } = require('./helpers')

const FOUND = { items: [{ id: 5, nickname: '小宝妈妈', phone_masked: '138****8000', member_code: 'M000123', balance_fen: 5050 }] }

function topupAnswer(req) {
  return { status: 201, body: { topup: {
    amount_fen: req.data.amount_fen, method: req.data.method, location_code: req.data.location_code,
    member: { id: 5, member_code: 'M000123', nickname: '小宝妈妈', balance_fen: 5050 + req.data.amount_fen },
    entry: { delta_fen: req.data.amount_fen, kind: 'topup', balance_after_fen: 5050 + req.data.amount_fen },
  } } }
}

async function openWithMember(routes) {
  installWx({ storage: staffSession() })
  const be = installBackend(Object.assign({ 'GET /api/v1/pos/members': FOUND }, routes))
  const page = render('pages/staff/topup/topup')
  page.instance.onLoad()
  page.instance.onQuery({ detail: { value: '13800138000' } })
  await page.instance.onFind()
  await flush()
  return { page, be }
}

test('finds the member, tops up in 元 with the chosen method and one Idempotency-Key, shows the new balance', async () => {
  const { page, be } = await openWithMember({ 'POST /api/v1/pos/members/5/topup': topupAnswer })
  expect(be.last('GET', '/api/v1/pos/members').query).toEqual({ q: '13800138000' })
  expect(text(page, '.topup__nickname')).toBe('小宝妈妈')
  expect(text(page, '.topup__balance')).toBe('¥50.50')
  page.instance.onAmount({ detail: { value: '500' } })
  page.instance.onMethod({ detail: { value: '1' } })
  await flush()
  expect(text(page, '.topup__method')).toBe('微信支付 ›')
  await page.instance.onSubmit()
  await flush()
  const call = be.last('POST', '/api/v1/pos/members/5/topup')
  expect(call.data).toEqual({ amount_fen: 50000, method: 'wechat', location_code: 'S001' })
  expect(call.header['Idempotency-Key']).toMatch(/^topup-/)
  expect(call.header.Authorization).toBe('Bearer staff-access')
  expect(text(page, '.topup__balance')).toBe('¥550.50')
  expect(text(page, '.topup__done-amount')).toBe('¥500.00（微信支付）')
  expect(text(page, '.topup__done-balance')).toBe('¥550.50')
  // the next top-up is a new request with a new key
  page.instance.onAmount({ detail: { value: '1.5' } })
  await page.instance.onSubmit()
  const next = be.last('POST', '/api/v1/pos/members/5/topup')
  expect(next.data.amount_fen).toBe(150)
  expect(next.header['Idempotency-Key']).not.toBe(call.header['Idempotency-Key'])
})

test('no answer keeps the key for 重新提交, so a retry cannot top up twice', async () => {
  let down = true
  const { page, be } = await openWithMember({
    'POST /api/v1/pos/members/5/topup': req => (down ? NETWORK_DOWN : topupAnswer(req)),
  })
  page.instance.onAmount({ detail: { value: '200' } })
  await page.instance.onSubmit()
  await flush()
  expect(text(page, '.topup__submit')).toBe('重新提交')
  const first = be.last('POST', '/api/v1/pos/members/5/topup').header['Idempotency-Key']
  down = false
  await page.instance.onSubmit()
  await flush()
  expect(be.last('POST', '/api/v1/pos/members/5/topup').header['Idempotency-Key']).toBe(first)
  expect(text(page, '.topup__submit')).toBe('确认充值')
  expect(text(page, '.topup__balance')).toBe('¥250.50')
})

test('bad amounts are refused before any request', async () => {
  const { page, be } = await openWithMember({})
  for (const v of ['', '0', 'abc', '50000.01']) {
    page.instance.onAmount({ detail: { value: v } })
    await page.instance.onSubmit()
  }
  expect(be.calls.filter(c => c.method === 'POST')).toHaveLength(0)
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '单次充值不能超过50000元' }))
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请输入正确的充值金额' }))
})
