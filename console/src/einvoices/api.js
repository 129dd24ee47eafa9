// E-invoices (电子发票) in the back office: /admin/api/v1/einvoices (list, read, a completed order's blue
// invoice, a refused one sent again). Red-letter invoices are made by refunds of an invoiced order.
import { get, post } from '../api/http'

const BASE = '/admin/api/v1/einvoices'

export const listInvoices = (query) => get(`${BASE}/`, query)
// {order_no, buyer_type: individual|company, buyer_name, buyer_tax_no, buyer_email}
export const requestInvoice = (body) => post(`${BASE}/`, body)
export const retryInvoice = (id, body) => post(`${BASE}/${id}/retry`, body)

export const READERS = ['store_manager', 'finance', 'hq_admin'] // list, read, issue (a manager: their stores)
export const RETRIERS = ['finance', 'hq_admin']
