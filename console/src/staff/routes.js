// Staff: accounts (HQ manages, a store manager reads their stores' staff), shifts, attendance, commission.
import AttendancePage from './AttendancePage.vue'
import CommissionsPage from './CommissionsPage.vue'
import RolesPage from './RolesPage.vue'
import ShiftsPage from './ShiftsPage.vue'
import UsersPage from './UsersPage.vue'
import { t } from '../i18n'

export default [
  { path: 'staff/users', component: UsersPage, title: t('staff.users'), icon: 'User', group: t('staff.groupStaff'),
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/roles', component: RolesPage, title: t('staff.roles'), icon: 'Key', group: t('staff.groupStaff'),
    roles: ['hq_admin'] },
  { path: 'staff/shifts', component: ShiftsPage, title: t('staff.shifts'), icon: 'Calendar', group: t('staff.groupStaff'),
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/attendance', component: AttendancePage, title: t('staff.attendance'), icon: 'Timer', group: t('staff.groupStaff'),
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/commissions', component: CommissionsPage, title: t('staff.commissions'), icon: 'Coin', group: t('staff.groupStaff'),
    roles: ['hq_admin', 'store_manager', 'finance'] },
]
