const { render, text, texts, flush, installWx, installBackend, memberSession } = require('./helpers')
const { recordedBackend } = require('./contract')

const ME = {
  id: 1, nickname: '小宝妈妈', phone_masked: '138****8000', level: { code: 'gold', name: '金卡会员' },
  points: 1280, balance_fen: 5050, member_code: 'M000123',
  children: [{ id: 9, name: '小宝', birthday: '2023-05-01', stage: '2段' }],
}

function backend(overrides) {
  return installBackend(Object.assign({
    'GET /api/v1/members/me': ME,
    'GET /api/v1/members/me/coupons': { items: [
      { id: 11, name: '满199减20', kind: 'amount', amount_fen: 2000, threshold_fen: 19900, expires_at: '2030-01-31T00:00:00+08:00', status: 'available' },
      { id: 12, name: '奶粉9折券', kind: 'discount', discount_bp: 9000, threshold_fen: 0, expires_at: null, status: 'used' },
    ] },
    'GET /api/v1/members/me/subscriptions': { items: [
      { scene: 'care_reminder', name: '宝宝成长提醒', template_id: 'TPL-CARE', status: null, credits: 0 },
    ] },
    'GET /api/v1/members/me/points': { balance: 1280, items: [
      { delta: 120, reason: '购物赠送积分', created_at: '2024-05-01T10:00:00+08:00' },
      { delta: -200, reason: '下单抵扣', created_at: '2024-05-02T11:30:00+08:00' },
    ] },
  }, overrides || {}))
}

// The server's answers are recorded in tests/contract/member_home.json (a WeChat member with the demo's 满100减20
// coupon and 1280 points, care reminders configured).
test('member card, coupons and points from the recorded server', async () => {
  installWx({ storage: memberSession() })
  const be = recordedBackend('member_home')
  const me = be.answer('member_home', 0)
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  const card = page.querySelector('.member__card')
  expect(text(card, '.member-card__level')).toBe(me.level.name)
  expect(text(card, '.member-card__points')).toBe(String(me.points))
  expect(text(card, '.member-card__balance')).toBe('¥0.00')
  expect(text(card, '.member-card__code')).toBe(`会员码：${me.member_code}`)
  expect(page.querySelector('.member__phone')).toBeTruthy() // no phone yet: the bind button shows

  const coupons = page.querySelectorAll('.member__coupon')
  expect(coupons).toHaveLength(1)
  expect(text(page, '.tab--active')).toBe('优惠券(1)')
  expect(text(coupons[0], '.coupon__value')).toBe('¥20.00')
  expect(text(page, '.member__coupons')).toContain('满¥100.00可用')

  page.querySelectorAll('.tab')[1].dispatchEvent('tap')
  await flush()
  expect(text(page, '.member__points-balance')).toBe('1280')
  expect(texts(page, '.member__points-delta')).toEqual(['+1280'])
  expect(text(page, '.member__points')).toContain('积分调整')
})

test('a guest sees the login prompt and no API calls are made', async () => {
  installWx({ storage: {} })
  const be = backend()
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.member__login')).toBe('微信登录')
  expect(page.querySelector('.member__card')).toBeFalsy()
  expect(be.calls).toHaveLength(0)
  page.querySelector('.member__login').dispatchEvent('tap')
  await flush()
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/login' })
})

test('binding the phone posts the getPhoneNumber code and reloads', async () => {
  installWx({ storage: memberSession() })
  const be = backend({
    'GET /api/v1/members/me': Object.assign({}, ME, { phone_masked: '' }),
    'POST /api/v1/members/me/phone': { member: Object.assign({}, ME) },
  })
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.member__phone')).toBe('绑定手机号，同步门店会员')
  await page.instance.onGetPhoneNumber({ detail: { code: 'phone:13800138000', errMsg: 'getPhoneNumber:ok' } })
  expect(be.last('POST', '/api/v1/members/me/phone').data).toEqual({ code: 'phone:13800138000' })
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '手机号已绑定' }))
})

test('care reminders: shows the subscription, asks WeChat on tap and records the answer as it is (recorded)', async () => {
  installWx({ storage: memberSession() })
  const be = recordedBackend('member_home')
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  expect(text(page, '.member__care-status')).toBe('未订阅')
  expect(text(page, '.member__care-btn')).toBe('订阅提醒')
  page.querySelector('.member__care-btn').dispatchEvent('tap')
  await flush()
  expect(wx.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['TPL-CARE'] }))
  expect(text(page, '.member__care-status')).toBe('已订阅（还可提醒1次）')
  expect(text(page, '.member__care-btn')).toBe('再订阅一次')
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '订阅成功，宝宝到关键月龄时提醒您' }))
  be.assertAllUsed()
})

test('care reminders: a refusal is recorded and shown; no template offered, no row', async () => {
  installWx({ storage: memberSession(), subscribeAnswer: 'reject' })
  const be = backend({
    'POST /api/v1/members/me/subscriptions': { items: [
      { scene: 'care_reminder', name: '宝宝成长提醒', template_id: 'TPL-CARE', status: 'reject', credits: 0 },
    ] },
  })
  const page = render('pages/member/member')
  await page.instance.onShow()
  await flush()
  await page.instance.onSubscribeCare()
  await flush()
  expect(be.last('POST', '/api/v1/members/me/subscriptions').data.results['TPL-CARE']).toBe('reject')
  expect(text(page, '.member__care-status')).toBe('未订阅')
  expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '未订阅成长提醒' }))

  installWx({ storage: memberSession() })
  backend({ 'GET /api/v1/members/me/subscriptions': { items: [] } })
  const other = render('pages/member/member')
  await other.instance.onShow()
  await flush()
  expect(other.querySelector('.member__care')).toBeFalsy()
})
