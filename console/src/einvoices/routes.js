// E-invoices (menu 财务). Roles: the API's rows for /admin/api/v1/einvoices (store managers see and issue
// their stores' invoices; sending a refused one again is finance's and HQ's).
import EInvoicesPage from './EInvoicesPage.vue'
import { READERS } from './api'
import { t } from '../i18n'

export default [
  { path: 'finance/einvoices', component: EInvoicesPage, title: t('einvoices.title'), icon: 'Postcard', group: t('common.finance'),
    roles: READERS },
]
