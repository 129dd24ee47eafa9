// The finance pages: each entry is a route under /console/ and, unless menu is false, a menu item.
import AgeingPage from './AgeingPage.vue'
import BalanceSheetPage from './BalanceSheetPage.vue'
import PeriodsPage from './PeriodsPage.vue'
import PnlPage from './PnlPage.vue'
import VatPage from './VatPage.vue'

const BOOKS = ['finance', 'hq_admin'] // the API's finance.balance_sheet / vat_summary / receivables / periods rows

export default [
  { path: 'finance/pnl', component: PnlPage, title: '利润表', icon: 'Money', group: '财务',
    roles: ['finance', 'store_manager', 'hq_admin'] },
  { path: 'finance/balance-sheet', component: BalanceSheetPage, title: '资产负债表', icon: 'Notebook', group: '财务',
    roles: BOOKS },
  { path: 'finance/vat', component: VatPage, title: '增值税', icon: 'Coin', group: '财务', roles: BOOKS },
  { path: 'finance/ageing', component: AgeingPage, title: '应收应付账龄', icon: 'Timer', group: '财务', roles: BOOKS },
  { path: 'finance/periods', component: PeriodsPage, title: '期间结账', icon: 'Lock', group: '财务', roles: BOOKS },
]
