import { get, post, put, request } from '../api/http'
import { t } from '../i18n'

const USERS = '/admin/api/v1/users'

export const ROLE_TAGS = {
  hq_admin: 'danger', finance: 'warning', store_manager: 'success', purchaser: '', clerk: 'info', live_seller: '',
}

export const listRoles = () => get('/admin/api/v1/roles')
export const getRole = (code) => get(`/admin/api/v1/roles/${encodeURIComponent(code)}`)
export const createRole = (body) => post('/admin/api/v1/roles', body)
export const updateRole = (code, body) => request('PATCH', `/admin/api/v1/roles/${encodeURIComponent(code)}`, { body })
export const listPermissions = () => get('/admin/api/v1/permissions')
export const listUsers = (query) => get(USERS, query)
export const createUser = (body) => post(USERS, body)
export const updateUser = (id, body) => request('PATCH', `${USERS}/${id}`, { body })
export const assignRole = (id, role) => put(`${USERS}/${id}/role`, { role })
export const setUserLocations = (id, codes) => put(`${USERS}/${id}/locations`, { location_codes: codes })
export const resetPassword = (id, password) => post(`${USERS}/${id}/password`, { password })
export const endSessions = (id) => request('DELETE', `${USERS}/${id}/sessions`)
export const listLocations = () => get('/admin/api/v1/locations/', { include_inactive: false })

export const listShifts = (query) => get('/api/v1/staff/shifts', query)
export const addShift = (body) => post('/api/v1/staff/shifts', body)

export const attendanceReport = (query) => get('/api/v1/attendance/report', query)
export const unverifiedClocks = (query) => get('/api/v1/attendance/unverified', query)
export const confirmClock = (id) => post(`/api/v1/attendance/records/${id}/confirm`)

export const commissions = (query) => get('/api/v1/staff/commissions', query)

export const ATTENDANCE_STATUS = {
  on_time: [t('staff.onTime'), 'success'], late: [t('staff.late'), 'warning'], early_leave: [t('staff.leftEarly'), 'warning'], absent: [t('staff.absent'), 'danger'],
  unverified: [t('staff.toConfirm'), 'info'], scheduled: [t('staff.notYet'), 'info'],
}

export function thisMonth() {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}
