// The purchasing pages: replenishment suggestions, purchase orders (list, detail with approval and receiving),
// suppliers and their scorecards. roles mirror backend/security/authorization.py.
import OrderDetailPage from './OrderDetailPage.vue'
import OrdersPage from './OrdersPage.vue'
import SuggestionsPage from './SuggestionsPage.vue'
import SupplierDetailPage from './SupplierDetailPage.vue'
import SuppliersPage from './SuppliersPage.vue'

const READERS = ['purchaser', 'store_manager', 'finance', 'hq_admin']

export default [
  { path: 'purchasing/suggestions', component: SuggestionsPage, title: '补货建议', icon: 'ShoppingCart',
    group: '采购', roles: ['purchaser', 'store_manager', 'hq_admin'] },
  { path: 'purchasing/orders', component: OrdersPage, title: '采购单', icon: 'Tickets', group: '采购',
    roles: READERS },
  { path: 'purchasing/orders/:poNo', component: OrderDetailPage, title: '采购单详情', icon: 'Tickets',
    group: '采购', roles: READERS, menu: false, props: true },
  { path: 'purchasing/suppliers', component: SuppliersPage, title: '供应商', icon: 'OfficeBuilding', group: '采购',
    roles: READERS },
  { path: 'purchasing/suppliers/:code', component: SupplierDetailPage, title: '供应商详情', icon: 'OfficeBuilding',
    group: '采购', roles: READERS, menu: false, props: true },
]
