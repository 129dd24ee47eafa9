// The HR pages' calls: /admin/api/v1/hr (employees, positions, transfers, certificates, reviews, recruiting,
// training). Store managers reach their own stores' records, HQ all (the API scopes every call).
import { get, post, request } from '../api/http'

const BASE = '/admin/api/v1/hr'
const patch = (path, body) => request('PATCH', path, { body })

export const CERT_KINDS = ['childcare', 'maternity_care', 'health']
export const STAGES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected']
export const HIRE_ROLES = ['clerk', 'store_manager', 'live_seller']

export const listEmployees = (query) => get(`${BASE}/employees`, query)
export const createEmployee = (body) => post(`${BASE}/employees`, body)
export const getEmployee = (id, reveal = false) => get(`${BASE}/employees/${id}`, reveal ? { reveal: true } : undefined)
export const updateEmployee = (id, body) => patch(`${BASE}/employees/${id}`, body)
export const changePosition = (id, body) => post(`${BASE}/employees/${id}/positions`, body)
export const transferEmployee = (id, body) => post(`${BASE}/employees/${id}/transfers`, body)
export const employeePerformance = (id, month) => get(`${BASE}/employees/${id}/performance`, { month })

export const listCertificates = (query) => get(`${BASE}/certificates`, query)
export const addCertificate = (body) => post(`${BASE}/certificates`, body)
export const renewCertificate = (id, body) => patch(`${BASE}/certificates/${id}`, body)
export const listCertificateNotices = (query) => get(`${BASE}/certificate-notices`, query)

export const listReviews = (query) => get(`${BASE}/reviews`, query)
export const createReview = (body) => post(`${BASE}/reviews`, body)

export const listPostings = (query) => get(`${BASE}/postings`, query)
export const createPosting = (body) => post(`${BASE}/postings`, body)
export const setPostingStatus = (id, status) => patch(`${BASE}/postings/${id}`, { status })
export const listCandidates = (query) => get(`${BASE}/candidates`, query)
export const addCandidate = (body) => post(`${BASE}/candidates`, body)
export const getCandidate = (id) => get(`${BASE}/candidates/${id}`)
export const setCandidateStage = (id, stage, note = '') => post(`${BASE}/candidates/${id}/stage`, { stage, note })
export const scheduleInterview = (id, body) => post(`${BASE}/candidates/${id}/interviews`, body)
export const recordInterview = (id, body) => patch(`${BASE}/interviews/${id}`, body)
export const makeOffer = (id, body) => post(`${BASE}/candidates/${id}/offers`, body)
export const decideOffer = (id, accepted) => post(`${BASE}/offers/${id}/decision`, { accepted })
export const hireCandidate = (id, body) => post(`${BASE}/candidates/${id}/hire`, body)

export const listCourses = () => get(`${BASE}/courses`)
export const createCourse = (body) => post(`${BASE}/courses`, body)
export const listSessions = (query) => get(`${BASE}/training/sessions`, query)
export const createSession = (body) => post(`${BASE}/training/sessions`, body)
export const getSession = (id) => get(`${BASE}/training/sessions/${id}`)
export const recordTraining = (id, items) => post(`${BASE}/training/sessions/${id}/records`, { items })

export { listStores } from '../common/locations'
export const listStaff = (query) => get('/admin/api/v1/users', query)

// The caller's stores for a form's store picker (a store manager has one or a few, HQ all).
export async function storesFor() {
  try {
    return (await listStores()).items
  } catch {
    return []
  }
}
