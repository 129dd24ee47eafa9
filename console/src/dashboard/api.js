// What the dashboard (首页) reads; each block calls only routes its roles may use (see DashboardPage.vue).
import { get } from '../api/http'

export const grossMargin = (from, to, by) => get('/api/v1/finance/gross-margin', { from, to, by })
export const salesTrend = (from, to) => get('/api/v1/finance/sales-trend', { from, to })

export const lowStock = () => get('/api/v1/stock/alerts/low-stock')
export const nearExpiry = (days) => get('/api/v1/stock/alerts/near-expiry', { days })

export const poApprovals = () => get('/api/v1/purchasing/approvals')
export const promotionsAwaiting = () => get('/admin/api/v1/promotions/', { status: 'pending_approval', page_size: 1 })
export const deadLetters = () => get('/admin/api/v1/channels/dead-letters', { status: 'open', page_size: 1 })
export const afterSalesAwaiting = () => get('/admin/api/v1/orders/awaiting-decision', { limit: 5 })
export const failedRefunds = () => get('/admin/api/v1/refunds/', { status: 'failed', page_size: 1 })
export const journalEntriesAwaiting = () =>
  get('/admin/api/v1/finance/journal-entries', { status: 'pending', page_size: 1 })
