import { get, post } from '../api/http'
import { t } from '../i18n'

const BASE = '/admin/api/v1/channels'

export const LETTER_STATUSES = [
  { value: 'open', label: t('channels.letterStatusOpen') },
  { value: 'replaying', label: t('channels.letterStatusReplaying') },
  { value: 'resolved', label: t('channels.letterStatusResolved') },
]

export const LETTER_KINDS = [
  { value: 'stock', label: t('channels.stockSync') },
  { value: 'shipment', label: t('channels.kindShipment') },
]

export const PUSH_STATES = { ok: t('channels.synced'), pending: t('channels.pushPending'), retrying: t('channels.retrying'), dead: t('channels.failed') }

export const listShops = () => get(BASE)
export const shopQuantities = (platform) => get(`${BASE}/${platform}/quantities`)
export const pullNow = (platform) => post(`${BASE}/${platform}/pull`)
export const listDeadLetters = (query) => get(`${BASE}/dead-letters`, query)
export const replayDeadLetter = (id) => post(`${BASE}/dead-letters/${id}/replay`)
export const listRuns = () => get(`${BASE}/reconciliations`)
export const getRun = (id) => get(`${BASE}/reconciliations/${id}`)
export const runReconciliation = () => post(`${BASE}/reconciliations`)
export const productPublications = (code) => get(`${BASE}/publications/${encodeURIComponent(code)}`)
export const publishProduct = (body) => post(`${BASE}/publications`, body)

export const LIVE_STATUSES = [
  { value: 'scheduled', label: t('channels.liveScheduled') },
  { value: 'live', label: t('channels.liveLive') },
  { value: 'ended', label: t('common.ended') },
]

export const listLiveSessions = (status) => get('/api/v1/live/sessions', { status })
export const getLiveSession = (id) => get(`/api/v1/live/${id}`)
export const liveStats = (id) => get(`/api/v1/live/${id}/stats`)

// "125" seconds -> "2 分 5 秒"
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '-'
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return t('channels.seconds', { s })
  if (s < 3600) return t('channels.minutes', { p0: Math.floor(s / 60), p1: s % 60 })
  if (s < 86400) return t('channels.hours', { p0: Math.floor(s / 3600), p1: Math.floor((s % 3600) / 60) })
  return t('channels.days', { p0: Math.floor(s / 86400), p1: Math.floor((s % 86400) / 3600) })
}
