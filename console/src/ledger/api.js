// The books finance keeps by hand, under /admin/api/v1/finance: the chart of accounts (sub-accounts), manual
// journal entries (maker-checker), expenses with attachments and approval, budgets with actual against budget.
import { download, get, post, put, request, upload } from '../api/http'

const BASE = '/admin/api/v1/finance'

export const listAccounts = () => get(`${BASE}/accounts`)
// {parent_code, name, code?}
export const createAccount = (body) => post(`${BASE}/accounts`, body)
// {name?, is_active?}
export const updateAccount = (code, body) =>
  request('PATCH', `${BASE}/accounts/${encodeURIComponent(code)}`, { body })

export const listEntries = (query) => get(`${BASE}/journal-entries`, query)
// {date, memo, lines: [{account, debit_fen, credit_fen, memo}]}
export const draftEntry = (body) => post(`${BASE}/journal-entries`, body)
export const approveEntry = (id) => post(`${BASE}/journal-entries/${id}/approve`)
export const rejectEntry = (id, reason) => post(`${BASE}/journal-entries/${id}/reject`, { reason })

export const listExpenses = (query) => get(`${BASE}/expenses`, query)
// {location_code, account, date, amount_fen, pay_method, payee, memo}
export const createExpense = (body) => post(`${BASE}/expenses`, body)
export function attachToExpense(id, file) {
  const form = new FormData()
  form.append('file', file, file.name)
  return upload(`${BASE}/expenses/${id}/attachments`, undefined, form)
}
export const downloadAttachment = (expenseId, att) =>
  download(`${BASE}/expenses/${expenseId}/attachments/${att.id}`, undefined, att.filename)
export const approveExpense = (id) => post(`${BASE}/expenses/${id}/approve`)
export const rejectExpense = (id, reason) => post(`${BASE}/expenses/${id}/reject`, { reason })

export const budgetVsActual = (locationCode, month) =>
  get(`${BASE}/budgets`, { location_code: locationCode, month })
// items: [{account, amount_fen}] (0 removes an account's budget)
export const setBudget = (locationCode, month, items) =>
  put(`${BASE}/budgets`, { location_code: locationCode, month, items })

export const listLocations = () => get('/admin/api/v1/locations/', { include_inactive: false })

export const BOOKS = ['finance', 'hq_admin'] // every route here: the API's finance and HQ rows
