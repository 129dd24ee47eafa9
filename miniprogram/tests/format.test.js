const f = require('../utils/format')

test('formatFen', () => {
  expect(f.formatFen(1250)).toBe('¥12.50')
  expect(f.formatFen(0)).toBe('¥0.00')
  expect(f.formatFen(7)).toBe('¥0.07')
  expect(f.formatFen(-100)).toBe('-¥1.00')
  expect(f.formatFen(123456789)).toBe('¥1234567.89')
  expect(f.formatFen(null)).toBe('--')
})

test('yuanToFen', () => {
  expect(f.yuanToFen('12.5')).toBe(1250)
  expect(f.yuanToFen('100')).toBe(10000)
  expect(f.yuanToFen('0.07')).toBe(7)
  expect(f.yuanToFen('1.234')).toBeNaN()
  expect(f.yuanToFen('abc')).toBeNaN()
})

test('labels', () => {
  expect(f.orderStatusLabel('pending')).toBe('待付款')
  expect(f.orderStatusLabel('weird')).toBe('weird')
  expect(f.couponValueText({ kind: 'discount', discount_bp: 9000 })).toBe('9折')
  expect(f.couponValueText({ kind: 'amount', amount_fen: 2000 })).toBe('¥20.00')
  expect(f.couponConditionText({ threshold_fen: 19900 })).toBe('满¥199.00可用')
  expect(f.payMethodLabel('balance')).toBe('储值余额')
  expect(f.formatPointsDelta(20)).toBe('+20')
  expect(f.formatPointsDelta(-5)).toBe('-5')
})
