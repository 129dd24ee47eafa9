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
