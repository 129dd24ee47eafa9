// Staff: accounts (HQ manages, a store manager reads their stores' staff), shifts, attendance, commission.
import AttendancePage from './AttendancePage.vue'
import CommissionsPage from './CommissionsPage.vue'
import ShiftsPage from './ShiftsPage.vue'
import UsersPage from './UsersPage.vue'

export default [
  { path: 'staff/users', component: UsersPage, title: '员工账号', icon: 'User', group: '员工',
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/shifts', component: ShiftsPage, title: '排班', icon: 'Calendar', group: '员工',
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/attendance', component: AttendancePage, title: '考勤', icon: 'Timer', group: '员工',
    roles: ['hq_admin', 'store_manager'] },
  { path: 'staff/commissions', component: CommissionsPage, title: '销售提成', icon: 'Coin', group: '员工',
    roles: ['hq_admin', 'store_manager', 'finance'] },
]
