import { get } from '../api/http'
import { t } from '../i18n'

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
  { value: 'auto', label: t('members.autoDetect') }, { value: 'phone', label: t('members.phone') },
  { value: 'member_code', label: t('members.memberNo') }, { value: 'name', label: t('members.nickname') },
]

export const COUPON_STATUS = { available: t('members.available'), used: t('members.used'), expired: t('members.expired'), not_started: t('members.notYetValid') }

export const listMembers = (query) => get(`${BASE}/`, query)
export const getMember = (id) => get(`${BASE}/${id}`)
export const memberPoints = (id, query) => get(`${BASE}/${id}/points`, query)
export const memberBalance = (id, query) => get(`${BASE}/${id}/balance`, query)
export const memberCoupons = (id) => get(`${BASE}/${id}/coupons`)
export const memberChildren = (id) => get(`${BASE}/${id}/children`)
export const memberOrders = (memberCode, query) =>
  get('/admin/api/v1/orders/', { member_code: memberCode, ...query })
