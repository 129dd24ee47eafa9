import AuditPage from './AuditPage.vue'
import { t } from '../i18n'

export default [
  { path: 'audit', component: AuditPage, title: t('audit.auditLog'), icon: 'Tickets', group: t('audit.groupSystem'), roles: ['hq_admin', 'finance'] },
]
