// The treasury pages (customer receivables, bank reconciliation, cash position and forecast): finance and HQ,
// as the API's admin_receivables and admin_banking rows.
import BankReconPage from './BankReconPage.vue'
import CashForecastPage from './CashForecastPage.vue'
import ReceivablesPage from './ReceivablesPage.vue'
import { t } from '../i18n'

const TREASURY = ['finance', 'hq_admin']

export default [
  { path: 'finance/customer-receivables', component: ReceivablesPage, title: t('treasury.receivables'), icon: 'Memo',
    group: t('common.finance'), roles: TREASURY },
  { path: 'finance/bank-reconciliation', component: BankReconPage, title: t('treasury.bankRecon'), icon: 'Wallet',
    group: t('common.finance'), roles: TREASURY },
  { path: 'finance/cash-forecast', component: CashForecastPage, title: t('treasury.cashForecast'), icon: 'DataLine',
    group: t('common.finance'), roles: TREASURY },
]
