// The parallel-run pages' calls: /admin/api/v1/parallel-runs (HQ runs them; a store manager reads their store's).
import { get, post, request, upload } from '../api/http'

const BASE = '/admin/api/v1/parallel-runs'

export const SECTIONS = ['sales', 'stock', 'members']
export const DIFF_SECTIONS = ['sales', 'stock', 'balance', 'points']

export const listRuns = () => get(`${BASE}/`)
export const createRun = (body) => post(`${BASE}/`, body)
export const getRun = (id) => get(`${BASE}/${id}`)
export const updateRun = (id, body) => request('PATCH', `${BASE}/${id}`, { body })
export const getDay = (id, day, section) => get(`${BASE}/${id}/days/${day}`, section ? { section } : undefined)
export const compareDay = (id, day) => post(`${BASE}/${id}/days/${day}/compare`)
export const explainDifference = (id, diffId, reason) => post(`${BASE}/${id}/differences/${diffId}/explain`, { reason })
export const signOff = (id) => post(`${BASE}/${id}/sign-off`)
export const runReport = (id) => get(`${BASE}/${id}/report`)

// One section of the old system's export for the day (CSV or xlsx); the answer is the day compared.
export function uploadExport(id, day, section, file) {
  const form = new FormData()
  form.append('file', file, file.name)
  return upload(`${BASE}/${id}/days/${day}/exports`, { section }, form)
}

export { listStores } from '../common/locations'

// A figure of a difference as shown: yuan for money sections, a count otherwise; '-' when a side has none.
export function figure(unit, value, yuan) {
  if (value === null || value === undefined) return '-'
  return unit === 'fen' ? yuan(value) : String(value)
}

export function dayTag(status) {
  return { agreed: 'success', explained: 'success', differences: 'danger', incomplete: 'warning' }[status] || 'info'
}
