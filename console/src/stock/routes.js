// The stock pages. roles mirror the authorization table: the HQ stock list (/admin/api/v1/stock) is for the back
// office roles; the journal and the documents (/api/v1) for the staff who handle them. A store manager sees and
// changes their own stores (the API scopes it), HQ the whole chain.
import AdjustmentsPage from './AdjustmentsPage.vue'
import MovementsPage from './MovementsPage.vue'
import StockPage from './StockPage.vue'
import StocktakeDetailPage from './StocktakeDetailPage.vue'
import StocktakesPage from './StocktakesPage.vue'
import TransfersPage from './TransfersPage.vue'

const BACK_OFFICE = ['hq_admin', 'finance', 'purchaser', 'store_manager']

export default [
  { path: 'stock', component: StockPage, title: '库存查询', icon: 'Box', group: '库存', roles: BACK_OFFICE },
  { path: 'stock/movements', component: MovementsPage, title: '库存流水', icon: 'Tickets', group: '库存',
    roles: [...BACK_OFFICE, 'clerk'] },
  { path: 'stock/transfers', component: TransfersPage, title: '调拨', icon: 'Van', group: '库存',
    roles: ['hq_admin', 'purchaser', 'store_manager', 'clerk'] },
  { path: 'stock/stocktakes', component: StocktakesPage, title: '盘点', icon: 'Checked', group: '库存',
    roles: ['hq_admin', 'store_manager', 'clerk'] },
  { path: 'stock/stocktakes/:no', component: StocktakeDetailPage, title: '盘点单', icon: 'Checked', group: '库存',
    roles: ['hq_admin', 'store_manager', 'clerk'], menu: false },
  { path: 'stock/adjustments', component: AdjustmentsPage, title: '库存调整', icon: 'EditPen', group: '库存',
    roles: ['hq_admin', 'store_manager', 'finance'] },
]
