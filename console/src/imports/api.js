import { get, post, put, upload } from '../api/http'
import { t } from '../i18n'

const BASE = '/admin/api/v1/imports'

// The kinds the API imports, in the order a migration does them (open orders need SKUs, stock and members).
export const KINDS = [
  { value: 'products', label: t('common.product'), hint: t('imports.hintProducts') },
  { value: 'stock', label: t('imports.kindStock'), hint: t('imports.hintStock') },
  { value: 'members', label: t('imports.kindMembers'), hint: t('imports.hintMembers') },
  { value: 'suppliers', label: t('imports.kindSuppliers'), hint: t('imports.hintSuppliers') },
  { value: 'open_orders', label: t('imports.kindOpenOrders'), hint: t('imports.hintOpenOrders') },
  { value: 'sales_history', label: t('imports.kindSalesHistory'), hint: t('imports.hintSalesHistory') },
]

export const STATUSES = {
  checking: { label: t('imports.statusChecking'), tag: 'warning' },
  check_failed: { label: t('imports.statusCheckFailed'), tag: 'danger' },
  checked: { label: t('imports.statusChecked'), tag: 'info' },
  running: { label: t('imports.statusRunning'), tag: 'warning' },
  done: { label: t('imports.imported'), tag: 'success' },
  failed: { label: t('imports.statusFailed'), tag: 'danger' },
  rolled_back: { label: t('imports.rolledBack'), tag: '' },
}

function fileForm(file, fields = {}) {
  const form = new FormData()
  form.append('file', file, file.name)
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return form
}

export const listJobs = (query) => get(`${BASE}/`, query)
export const getJob = (id) => get(`${BASE}/${id}`)
export const listRows = (id, query) => get(`${BASE}/${id}/rows`, query)
export const previewFile = (kind, file, mapping) => upload(`${BASE}/preview`, { kind, mapping }, fileForm(file))
// the dry run: columns is {file header: field}, exactly the columns to read; answers at once (202) with the job
// checking, its progress and then its report are polled with getJob
export const startDryRun = (kind, file, columns, batchSize) =>
  upload(`${BASE}/`, { kind, batch_size: batchSize, wait: false },
    fileForm(file, { columns: JSON.stringify(columns) }))
// answers at once (202) with the job running; its progress is polled with getJob
export const startRun = (id) => post(`${BASE}/${id}/run?wait=false`)
// a sales-history import's file-against-imported figures per store and month
export const getTotals = (id) => get(`${BASE}/${id}/totals`)
export const rollbackJob = (id) => post(`${BASE}/${id}/rollback`)
export const listMappings = () => get(`${BASE}/mappings`)
export const saveMapping = (kind, name, columns) => put(`${BASE}/mappings`, { kind, name, columns })
