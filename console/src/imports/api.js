import { get, post, put, upload } from '../api/http'
import { t } from '../i18n'

const BASE = '/admin/api/v1/imports'

// The kinds the API imports, in the order a migration does them (open orders need SKUs, stock and members).
export const KINDS = [
  { value: 'products', label: '商品', hint: '商品编码、商品名称、售价、分类必填' },
  { value: 'stock', label: '库存（含批次）', hint: '商品编码、门店编码、数量、成本价必填；先导入商品' },
  { value: 'members', label: '会员（含积分）', hint: '手机号必填；同一手机号的多张卡合并' },
  { value: 'suppliers', label: '供应商（含供货商品）', hint: '供应商编码、供应商名称必填' },
  { value: 'open_orders', label: '未完结订单', hint: '最后导入：需要商品、库存和会员' },
]

export const STATUSES = {
  checking: { label: t('imports.statusChecking'), tag: 'warning' },
  check_failed: { label: t('imports.statusCheckFailed'), tag: 'danger' },
  checked: { label: '已预检', tag: 'info' },
  running: { label: '导入中', tag: 'warning' },
  done: { label: '已导入', tag: 'success' },
  failed: { label: '导入失败', tag: 'danger' },
  rolled_back: { label: '已撤回', tag: '' },
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
export const rollbackJob = (id) => post(`${BASE}/${id}/rollback`)
export const listMappings = () => get(`${BASE}/mappings`)
export const saveMapping = (kind, name, columns) => put(`${BASE}/mappings`, { kind, name, columns })
