import { get, post } from '../api/http'

const BASE = '/admin/api/v1/channels'

export const LETTER_STATUSES = [
  { value: 'open', label: '待处理' },
  { value: 'replaying', label: '重放中' },
  { value: 'resolved', label: '已解决' },
]

export const LETTER_KINDS = [
  { value: 'stock', label: '库存同步' },
  { value: 'shipment', label: '物流回传' },
]

export const PUSH_STATES = { ok: '已同步', pending: '待推送', retrying: '重试中', dead: '失败' }

export const listShops = () => get(BASE)
export const shopQuantities = (platform) => get(`${BASE}/${platform}/quantities`)
export const pullNow = (platform) => post(`${BASE}/${platform}/pull`)
export const listDeadLetters = (query) => get(`${BASE}/dead-letters`, query)
export const replayDeadLetter = (id) => post(`${BASE}/dead-letters/${id}/replay`)
export const listRuns = () => get(`${BASE}/reconciliations`)
export const getRun = (id) => get(`${BASE}/reconciliations/${id}`)
export const runReconciliation = () => post(`${BASE}/reconciliations`)

export const LIVE_STATUSES = [
  { value: 'scheduled', label: '未开播' },
  { value: 'live', label: '直播中' },
  { value: 'ended', label: '已结束' },
]

export const listLiveSessions = (status) => get('/api/v1/live/sessions', { status })
export const getLiveSession = (id) => get(`/api/v1/live/${id}`)
export const liveStats = (id) => get(`/api/v1/live/${id}/stats`)

// "125" seconds -> "2 分 5 秒"
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '-'
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} 秒`
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`
  if (s < 86400) return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`
  return `${Math.floor(s / 86400)} 天 ${Math.floor((s % 86400) / 3600)} 小时`
}
