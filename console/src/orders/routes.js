// The orders pages: one list of every channel's orders, and an order's page (no menu item of its own).
// roles: the admin API's order search (admin_orders.*: hq_admin, finance, store_manager within their stores).
import OrdersPage from './OrdersPage.vue'
import OrderDetailPage from './OrderDetailPage.vue'
import ReviewsPage from './ReviewsPage.vue'
import PriceVariancesPage from './PriceVariancesPage.vue'
import { t } from '../i18n'

const READERS = ['hq_admin', 'finance', 'store_manager']

export default [
  { path: 'orders', component: OrdersPage, title: t('common.order'), icon: 'List', group: t('common.order'), roles: READERS },
  { path: 'orders/:id(\\d+)', component: OrderDetailPage, props: true, title: t('orders.orderDetail'), icon: 'Document',
    group: t('common.order'), roles: READERS, menu: false },
  // the review queue: orders.review (store managers for their stores, HQ anywhere)
  { path: 'orders/reviews', component: ReviewsPage, title: t('orders.reviews'), icon: 'Stamp', group: t('common.order'),
    roles: ['hq_admin', 'store_manager'] },
  { path: 'orders/price-variances', component: PriceVariancesPage, title: t('orders.priceVariances'), icon: 'WarnTriangleFilled',
    group: t('common.order'), roles: READERS },
]
