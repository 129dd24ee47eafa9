// The orders pages: one list of every channel's orders, and an order's page (no menu item of its own).
// roles: the admin API's order search (admin_orders.*: hq_admin, finance, store_manager within their stores).
import OrdersPage from './OrdersPage.vue'
import OrderDetailPage from './OrderDetailPage.vue'

const READERS = ['hq_admin', 'finance', 'store_manager']

export default [
  { path: 'orders', component: OrdersPage, title: '订单', icon: 'List', group: '订单', roles: READERS },
  { path: 'orders/:id(\\d+)', component: OrderDetailPage, props: true, title: '订单详情', icon: 'Document',
    group: '订单', roles: READERS, menu: false },
]
