// Accounts payable under /admin/api/v1/finance: supplier invoices matched three ways (PO, receipt, invoice),
// released or cancelled when held, and payment runs a second finance user approves. The PO is read from
// /api/v1/purchasing (finance may read every PO).
import { get, post } from '../api/http'

const BASE = '/admin/api/v1/finance'

export const listInvoices = (query) => get(`${BASE}/supplier-invoices`, query)
// {invoice_no, po_no, invoice_date, lines: [{sku_code, qty, unit_price_fen}], vat_fen?}
export const enterInvoice = (body) => post(`${BASE}/supplier-invoices`, body)
export const releaseInvoice = (id, reason) => post(`${BASE}/supplier-invoices/${id}/release`, { reason })
export const cancelInvoice = (id, reason) => post(`${BASE}/supplier-invoices/${id}/cancel`, { reason })

export const listRuns = (query) => get(`${BASE}/payment-runs`, query)
// {pay_date, invoice_ids} or {pay_date, due_by}
export const proposeRun = (body) => post(`${BASE}/payment-runs`, body)
export const approveRun = (id) => post(`${BASE}/payment-runs/${id}/approve`)
export const cancelRun = (id) => post(`${BASE}/payment-runs/${id}/cancel`)

export const getOrder = (poNo) => get(`/api/v1/purchasing/orders/${encodeURIComponent(poNo)}`)

export const BOOKS = ['finance', 'hq_admin']
