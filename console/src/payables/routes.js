// Accounts payable (menu 财务): supplier invoices matched to PO and receipt, and payment runs. Roles: the API's
// finance / HQ rows for /admin/api/v1/finance/{supplier-invoices,payment-runs}; releasing a held invoice and
// paying a run are a second user's (the API refuses the maker).
import PaymentRunsPage from './PaymentRunsPage.vue'
import SupplierInvoicesPage from './SupplierInvoicesPage.vue'
import { BOOKS } from './api'
import { t } from '../i18n'

export default [
  { path: 'finance/supplier-invoices', component: SupplierInvoicesPage, title: t('payables.supplierInvoices'), icon: 'Tickets',
    group: t('common.finance'), roles: BOOKS },
  { path: 'finance/payment-runs', component: PaymentRunsPage, title: t('payables.paymentRuns'), icon: 'CreditCard',
    group: t('common.finance'), roles: BOOKS },
]
