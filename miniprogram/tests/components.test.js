const { render, text, texts, flush, installWx } = require('./helpers')

beforeEach(() => installWx())

describe('price', () => {
  test('formats fen as yuan and follows updates', () => {
    const c = render('components/price/index', { fen: 1250 })
    expect(text(c)).toBe('¥12.50')
    c.setData({ fen: 5 })
    expect(text(c)).toBe('¥0.05')
    c.setData({ fen: -19900 })
    expect(text(c)).toBe('-¥199.00')
  })

  test('strike and size classes', () => {
    const c = render('components/price/index', { fen: 100, strike: true, size: 'large' })
    const cls = c.querySelector('.price').dom.getAttribute('class')
    expect(cls).toContain('price--strike')
    expect(cls).toContain('price--large')
  })
})

describe('order-status', () => {
  test.each([
    ['pending', '待付款'],
    ['paid', '已付款'],
    ['allocated', '待发货'],
    ['picking', '拣货中'],
    ['shipped', '已发货'],
    ['delivered', '已送达'],
    ['completed', '已完成'],
    ['cancelled', '已取消'],
  ])('%s is shown as %s', (status, label) => {
    const c = render('components/order-status/index', { status })
    expect(text(c)).toBe(label)
    expect(c.querySelector('.order-status').dom.getAttribute('class')).toContain(`order-status--${status}`)
  })
})

describe('sku-card', () => {
  const sku = { sku_code: 'MILK-1', name: '婴儿配方奶粉 1段', spec: '800g', price_fen: 25800, image: '' }

  test('renders name, spec and price', () => {
    const c = render('components/sku-card/index', { sku })
    expect(text(c, '.sku-card__name')).toBe('婴儿配方奶粉 1段')
    expect(text(c, '.sku-card__spec')).toBe('800g')
    expect(text(c, '.sku-card__price')).toBe('¥258.00')
    expect(text(c, '.sku-card__add')).toBe('加入购物车')
  })

  test('emits select and add', async () => {
    const c = render('components/sku-card/index', { sku })
    const onSelect = jest.fn()
    const onAdd = jest.fn()
    c.addEventListener('select', onSelect)
    c.addEventListener('add', onAdd)
    c.querySelector('.sku-card').dispatchEvent('tap')
    c.querySelector('.sku-card__add').dispatchEvent('tap')
    await flush()
    expect(onSelect.mock.calls[0][0].detail).toEqual({ sku_code: 'MILK-1' })
    expect(onAdd.mock.calls[0][0].detail.sku.sku_code).toBe('MILK-1')
  })

  test('hides the add button when showAdd is false', () => {
    const c = render('components/sku-card/index', { sku, showAdd: false })
    expect(c.querySelector('.sku-card__add')).toBeFalsy()
  })
})

describe('member-card', () => {
  test('shows level, points and balance', () => {
    const member = {
      nickname: '小宝妈妈', phone_masked: '138****8000', level: { code: 'gold', name: '金卡会员' },
      points: 1280, balance_fen: 5050, member_code: 'M000123',
    }
    const c = render('components/member-card/index', { member })
    expect(text(c, '.member-card__nickname')).toBe('小宝妈妈')
    expect(text(c, '.member-card__phone')).toBe('138****8000')
    expect(text(c, '.member-card__level')).toBe('金卡会员')
    expect(text(c, '.member-card__points')).toBe('1280')
    expect(text(c, '.member-card__balance')).toBe('¥50.50')
    expect(text(c, '.member-card__code')).toBe('会员码：M000123')
    expect(c.querySelector('.member-card').dom.getAttribute('class')).toContain('member-card--gold')
  })

  test('defaults for a fresh member', () => {
    const c = render('components/member-card/index', { member: { nickname: '', points: 0, balance_fen: 0 } })
    expect(text(c, '.member-card__nickname')).toBe('微信用户')
    expect(text(c, '.member-card__phone')).toBe('未绑定手机号')
    expect(text(c, '.member-card__level')).toBe('普通会员')
    expect(text(c, '.member-card__balance')).toBe('¥0.00')
  })
})

describe('coupon-item', () => {
  test('amount coupon with threshold', () => {
    const coupon = { id: 1, name: '新人券', kind: 'amount', amount_fen: 1000, threshold_fen: 10000,
      expires_at: '2030-06-30T15:59:59Z', status: 'available' }
    const c = render('components/coupon-item/index', { coupon })
    expect(text(c, '.coupon__value')).toBe('¥10.00')
    expect(text(c, '.coupon__condition')).toBe('满¥100.00可用')
    expect(text(c, '.coupon__expires')).toMatch(/^2030-06-30 到期$/)
    expect(text(c, '.coupon__status')).toBe('可使用')
  })

  test('discount coupon, used, not selectable', async () => {
    const coupon = { id: 2, name: '会员折扣券', kind: 'discount', discount_bp: 8500, threshold_fen: 0, status: 'used' }
    const c = render('components/coupon-item/index', { coupon, selectable: true })
    expect(text(c, '.coupon__value')).toBe('8.5折')
    expect(text(c, '.coupon__condition')).toBe('无门槛')
    expect(c.querySelector('.coupon').dom.getAttribute('class')).toContain('coupon--disabled')
    const onSelect = jest.fn()
    c.addEventListener('select', onSelect)
    c.querySelector('.coupon').dispatchEvent('tap')
    await flush()
    expect(onSelect).not.toHaveBeenCalled()
  })

  test('selectable coupon emits select', async () => {
    const coupon = { id: 3, name: '满减券', kind: 'amount', amount_fen: 500, threshold_fen: 5000, status: 'available' }
    const c = render('components/coupon-item/index', { coupon, selectable: true, selected: true })
    expect(text(c, '.coupon__check')).toBe('已选')
    const onSelect = jest.fn()
    c.addEventListener('select', onSelect)
    c.querySelector('.coupon').dispatchEvent('tap')
    await flush()
    expect(onSelect.mock.calls[0][0].detail.coupon.id).toBe(3)
  })
})

describe('qty-stepper', () => {
  test('emits clamped changes', async () => {
    const c = render('components/qty-stepper/index', { value: 1, min: 1, max: 2 })
    const onChange = jest.fn()
    c.addEventListener('change', onChange)
    c.querySelector('.stepper__minus').dispatchEvent('tap')
    await flush()
    expect(onChange).not.toHaveBeenCalled()
    c.querySelector('.stepper__plus').dispatchEvent('tap')
    await flush()
    expect(onChange.mock.calls[0][0].detail).toEqual({ value: 2 })
    expect(text(c, '.stepper__value')).toBe('1')
  })
})

describe('order-card', () => {
  test('summary, status, total and tracking', () => {
    const order = {
      id: 7, order_no: 'SO202405010001', status: 'shipped', total_fen: 51600,
      items: [{ id: 1, name: '婴儿配方奶粉 1段', qty: 2 }, { id: 2, name: '纸尿裤 M', qty: 1 }],
      shipments: [{ carrier: 'sf', carrier_name: '顺丰速运', tracking_no: 'SF1234567890' }],
    }
    const c = render('components/order-card/index', { order })
    expect(text(c, '.order-card__no')).toBe('订单号 SO202405010001')
    expect(text(c, '.order-card__status')).toBe('已发货')
    expect(text(c, '.order-card__summary')).toBe('婴儿配方奶粉 1段 等2种商品')
    expect(text(c, '.order-card__qty')).toBe('共3件')
    expect(text(c, '.order-card__total')).toBe('¥516.00')
    expect(text(c, '.order-card__tracking')).toBe('物流：顺丰速运 SF1234567890')
    expect(texts(c, '.order-card__total-label')).toEqual(['实付'])
    expect(c.querySelector('.order-card__unread')).toBeFalsy()
  })

  test('the store\'s unread after-sales replies', () => {
    const c = render('components/order-card/index', { order: { id: 8, order_no: 'SO8', status: 'completed', total_fen: 100,
      items: [], unread_messages: 2 } })
    expect(text(c, '.order-card__unread')).toBe('门店回复了 2 条留言')
  })
})
