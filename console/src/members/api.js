import { get } from '../api/http'

const BASE = '/admin/api/v1/members'

// One search box: an 11-digit mobile number searches by phone (the API's blind index), a member code (M00001)
// by code, anything else by nickname.
export function searchQuery(text, kind) {
  const t = (text || '').trim()
  if (!t) return {}
  const k = kind === 'auto' ? guessKind(t) : kind
  if (k === 'phone') return { phone: t }
  if (k === 'member_code') return { member_code: t.toUpperCase() }
  return { q: t }
}

export function guessKind(t) {
  const digits = t.replace(/[\s-]/g, '')
  if (/^\+?(86)?1\d{10}$/.test(digits)) return 'phone'
  if (/^M\d{3,}$/i.test(t)) return 'member_code'
  return 'name'
}

export const SEARCH_KINDS = [
  { value: 'auto', label: '自动识别' }, { value: 'phone', label: '手机号' },
  { value: 'member_code', label: '会员编号' }, { value: 'name', label: '昵称' },
]

export const COUPON_STATUS = { available: '可用', used: '已使用', expired: '已过期', not_started: '未生效' }

export const listMembers = (query) => get(`${BASE}/`, query)
export const getMember = (id) => get(`${BASE}/${id}`)
export const memberPoints = (id, query) => get(`${BASE}/${id}/points`, query)
export const memberBalance = (id, query) => get(`${BASE}/${id}/balance`, query)
export const memberCoupons = (id) => get(`${BASE}/${id}/coupons`)
export const memberChildren = (id) => get(`${BASE}/${id}/children`)
export const memberOrders = (memberCode, query) =>
  get('/admin/api/v1/orders/', { member_code: memberCode, ...query })
