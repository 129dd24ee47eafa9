// The finance pages: each entry is a route under /console/ and, unless menu is false, a menu item.
import AgeingPage from './AgeingPage.vue'
import BalanceSheetPage from './BalanceSheetPage.vue'
import PeriodsPage from './PeriodsPage.vue'
import PnlPage from './PnlPage.vue'
import VatPage from './VatPage.vue'
import { t } from '../i18n'

const BOOKS = ['finance', 'hq_admin'] // the API's finance.balance_sheet / vat_summary / receivables / periods rows

export default [
  { path: 'finance/pnl', component: PnlPage, title: t('finance.pnl'), icon: 'Money', group: t('common.finance'),
    roles: ['finance', 'store_manager', 'hq_admin'] },
  { path: 'finance/balance-sheet', component: BalanceSheetPage, title: t('finance.balanceSheet'), icon: 'Notebook', group: t('common.finance'),
    roles: BOOKS },
  { path: 'finance/vat', component: VatPage, title: t('finance.vat'), icon: 'Coin', group: t('common.finance'), roles: BOOKS },
  { path: 'finance/ageing', component: AgeingPage, title: t('finance.ageing'), icon: 'Timer', group: t('common.finance'), roles: BOOKS },
  { path: 'finance/periods', component: PeriodsPage, title: t('finance.periods'), icon: 'Lock', group: t('common.finance'), roles: BOOKS },
]
