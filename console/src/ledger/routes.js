// The books kept by hand: chart of accounts, manual journal entries, expenses, budgets (menu 财务 beside the
// reports in ../finance). Roles: the API's finance / HQ rows for /admin/api/v1/finance/{accounts,
// journal-entries,expenses,budgets}; a second user's approval is the API's check (never the maker).
import AccountsPage from './AccountsPage.vue'
import BudgetsPage from './BudgetsPage.vue'
import ExpensesPage from './ExpensesPage.vue'
import JournalPage from './JournalPage.vue'
import { BOOKS } from './api'
import { t } from '../i18n'

export default [
  { path: 'finance/journal', component: JournalPage, title: t('ledger.manualEntries'), icon: 'EditPen', group: t('common.finance'), roles: BOOKS },
  { path: 'finance/expenses', component: ExpensesPage, title: t('ledger.expenses'), icon: 'Wallet', group: t('common.finance'), roles: BOOKS },
  { path: 'finance/budgets', component: BudgetsPage, title: t('ledger.budgets'), icon: 'TrendCharts', group: t('common.finance'), roles: BOOKS },
  { path: 'finance/accounts', component: AccountsPage, title: t('ledger.chartOfAccounts'), icon: 'List', group: t('common.finance'), roles: BOOKS },
]
