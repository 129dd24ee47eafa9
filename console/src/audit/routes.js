import AuditPage from './AuditPage.vue'

export default [
  { path: 'audit', component: AuditPage, title: '审计日志', icon: 'Tickets', group: '系统', roles: ['hq_admin', 'finance'] },
]
