import { get, post, upload } from '../api/http'

const BASE = '/admin/api/v1/finance'

export const cashPosition = () => get(`${BASE}/cash-position`)
export const cashForecast = (weeks) => get(`${BASE}/cash-forecast`, { weeks })

export function importStatement(accountCode, file) {
  const form = new FormData()
  form.append('file', file, file.name)
  return upload(`${BASE}/bank-statements`, { account_code: accountCode }, form)
}
export const autoMatch = (accountCode) => post(`${BASE}/bank-reconciliation/auto-match`, { account_code: accountCode })
export const reconciliation = (accountCode, asOf) =>
  get(`${BASE}/bank-reconciliation`, { account_code: accountCode, as_of: asOf })
export const unmatchedLines = (accountCode) =>
  get(`${BASE}/bank-statement-lines`, { account_code: accountCode, status: 'unmatched', page_size: 200 })
export const matchLine = (lineId, journalLineId) =>
  post(`${BASE}/bank-statement-lines/${lineId}/match`, { journal_line_id: journalLineId })

export const listCustomers = () => get(`${BASE}/customers`, { page_size: 200 })
export const createCustomer = (body) => post(`${BASE}/customers`, body)
export const listArInvoices = (status) => get(`${BASE}/customer-invoices`, { status, page_size: 200 })
export const createArInvoice = (body) => post(`${BASE}/customer-invoices`, body)
export const createReceipt = (body) => post(`${BASE}/customer-receipts`, body)
export const requestWriteOff = (invoiceId, body) => post(`${BASE}/customer-invoices/${invoiceId}/write-offs`, body)
export const listWriteOffs = (status) => get(`${BASE}/write-offs`, { status, page_size: 200 })
export const approveWriteOff = (id) => post(`${BASE}/write-offs/${id}/approve`)
export const rejectWriteOff = (id, reason) => post(`${BASE}/write-offs/${id}/reject`, { reason })
