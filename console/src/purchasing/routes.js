// The purchasing pages: replenishment suggestions, purchase orders (list, detail with approval and receiving),
// suppliers and their scorecards. roles mirror backend/security/authorization.py.
import NewOrderPage from './NewOrderPage.vue'
import OrderDetailPage from './OrderDetailPage.vue'
import OrdersPage from './OrdersPage.vue'
import SuggestionsPage from './SuggestionsPage.vue'
import SupplierDetailPage from './SupplierDetailPage.vue'
import SuppliersPage from './SuppliersPage.vue'
import { t } from '../i18n'

const READERS = ['purchaser', 'store_manager', 'finance', 'hq_admin']

export default [
  { path: 'purchasing/suggestions', component: SuggestionsPage, title: t('purchasing.suggestions'), icon: 'ShoppingCart',
    group: t('common.purchasing'), roles: ['purchaser', 'store_manager', 'hq_admin'] },
  { path: 'purchasing/orders', component: OrdersPage, title: t('common.purchaseOrder'), icon: 'Tickets', group: t('common.purchasing'),
    roles: READERS },
  { path: 'purchasing/orders/new', component: NewOrderPage, title: t('purchasing.newOrder'), icon: 'Tickets',
    group: t('common.purchasing'), roles: ['purchaser', 'store_manager', 'hq_admin'], menu: false },
  { path: 'purchasing/orders/:poNo', component: OrderDetailPage, title: t('purchasing.orderDetail'), icon: 'Tickets',
    group: t('common.purchasing'), roles: READERS, menu: false, props: true },
  { path: 'purchasing/suppliers', component: SuppliersPage, title: t('common.supplier'), icon: 'OfficeBuilding', group: t('common.purchasing'),
    roles: READERS },
  { path: 'purchasing/suppliers/:code', component: SupplierDetailPage, title: t('purchasing.supplierDetail'), icon: 'OfficeBuilding',
    group: t('common.purchasing'), roles: READERS, menu: false, props: true },
]
