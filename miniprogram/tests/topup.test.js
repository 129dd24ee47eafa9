// Stored-value top-up at the counter against the recorded server (tests/contract/topup.json).
const { render, text, flush, installWx, staffSession } = require('./helpers')
const { recordedBackend, loadRecording } = require('./contract')

function yuan(fen) {
  return `¥${(fen / 100).toFixed(2)}`
}

function clerkSession() {
  const s = staffSession()
  s['cradle.profile.staff'] = loadRecording('staff_login').exchanges[1].response.body
  return s
}

async function openWithMember() {
  installWx({ storage: clerkSession() })
  const be = recordedBackend('topup')
  const q = be.recorded('topup', 'GET', '/api/v1/pos/members')[0].request.query.q
  const page = render('pages/staff/topup/topup')
  page.instance.onLoad()
  page.instance.onQuery({ detail: { value: q } })
  await page.instance.onFind()
  await flush()
  return { page, be, member: be.answer('topup', 0).items[0] }
}

test('finds the member, tops up in 元 with the chosen method and one Idempotency-Key, shows the new balance', async () => {
  const { page, be, member } = await openWithMember()
  expect(text(page, '.topup__nickname')).toBe(member.nickname)
  expect(text(page, '.topup__balance')).toBe(yuan(member.balance_fen))
  page.instance.onAmount({ detail: { value: '500' } })
  page.instance.onMethod({ detail: { value: '1' } })
  await flush()
  expect(text(page, '.topup__method')).toBe('微信支付 ›')
  await page.instance.onSubmit()
  await flush()
  const url = `/api/v1/pos/members/${member.id}/topup`
  const call = be.last('POST', url)
  expect(call.header['Idempotency-Key']).toMatch(/^topup-/)
  const after = be.answer('topup', 1).topup.member.balance_fen
  expect(text(page, '.topup__balance')).toBe(yuan(after))
  expect(text(page, '.topup__done-amount')).toBe('¥500.00（微信支付）')
  expect(text(page, '.topup__done-balance')).toBe(yuan(after))
  // the next top-up is a new request with a new key
  page.instance.onAmount({ detail: { value: '1.5' } })
  await page.instance.onSubmit()
  await flush()
  const next = be.last('POST', url)
  expect(next.header['Idempotency-Key']).not.toBe(call.header['Idempotency-Key'])
  expect(text(page, '.topup__balance')).toBe(yuan(be.answer('topup', 2).topup.member.balance_fen))
})

test('no answer keeps the key for 重新提交, so a retry cannot top up twice', async () => {
  const { page, be, member } = await openWithMember()
  const url = `/api/v1/pos/members/${member.id}/topup`
  page.instance.onAmount({ detail: { value: '500' } })
  page.instance.onMethod({ detail: { value: '1' } })
  await page.instance.onSubmit()
  await flush()
  page.instance.onAmount({ detail: { value: '1.5' } })
  be.dropNext()
  await page.instance.onSubmit()
  await flush()
  expect(text(page, '.topup__submit')).toBe('重新提交')
  const first = be.last('POST', url).header['Idempotency-Key']
  await page.instance.onSubmit() // the same key and body: the server answers the first top-up again
  await flush()
  expect(be.last('POST', url).header['Idempotency-Key']).toBe(first)
  expect(text(page, '.topup__submit')).toBe('确认充值')
  expect(text(page, '.topup__balance')).toBe(yuan(be.answer('topup', 3).topup.member.balance_fen))
})

test('bad amounts are refused before any request', async () => {
  const { page, be } = await openWithMember()
  for (const v of ['', '0', 'abc', '50000.01']) {
    page.instance.onAmount({ detail: { value: v } })
    await page.instance.onSubmit()
  }
  expect(be.calls.filter(c => c.method === 'POST')).toHaveLength(0)
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '单次充值不能超过50000元' }))
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请输入正确的充值金额' }))
})
