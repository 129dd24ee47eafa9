// The stock pages. roles mirror the authorization table: the HQ stock list (/admin/api/v1/stock) is for the back
// office roles; the journal and the documents (/api/v1) for the staff who handle them. A store manager sees and
// changes their own stores (the API scopes it), HQ the whole chain.
import AdjustmentsPage from './AdjustmentsPage.vue'
import DiscrepanciesPage from './DiscrepanciesPage.vue'
import MovementsPage from './MovementsPage.vue'
import StockPage from './StockPage.vue'
import StocktakeDetailPage from './StocktakeDetailPage.vue'
import StocktakesPage from './StocktakesPage.vue'
import TransfersPage from './TransfersPage.vue'
import { t } from '../i18n'

const BACK_OFFICE = ['hq_admin', 'finance', 'purchaser', 'store_manager']

export default [
  { path: 'stock', component: StockPage, title: t('stock.stockOnHand'), icon: 'Box', group: t('common.stock'), roles: BACK_OFFICE },
  { path: 'stock/movements', component: MovementsPage, title: t('stock.movements'), icon: 'Tickets', group: t('common.stock'),
    roles: [...BACK_OFFICE, 'clerk'] },
  { path: 'stock/transfers', component: TransfersPage, title: t('stock.transfers'), icon: 'Van', group: t('common.stock'),
    roles: ['hq_admin', 'purchaser', 'store_manager', 'clerk'] },
  { path: 'stock/stocktakes', component: StocktakesPage, title: t('stock.stocktakes'), icon: 'Checked', group: t('common.stock'),
    roles: ['hq_admin', 'store_manager', 'clerk'] },
  { path: 'stock/stocktakes/:no', component: StocktakeDetailPage, title: t('stock.stocktake'), icon: 'Checked', group: t('common.stock'),
    roles: ['hq_admin', 'store_manager', 'clerk'], menu: false },
  { path: 'stock/adjustments', component: AdjustmentsPage, title: t('stock.adjustments'), icon: 'EditPen', group: t('common.stock'),
    roles: ['hq_admin', 'store_manager', 'finance'] },
  { path: 'stock/discrepancies', component: DiscrepanciesPage, title: t('stock.discrepancies'), icon: 'WarnTriangleFilled',
    group: t('common.stock'), roles: ['hq_admin', 'store_manager', 'finance'] },
]
