// The members pages: search, and a member's page (no menu item of its own).
// roles: the admin API's member routes (admin_members.*: hq_admin, finance, store_manager).
import MembersPage from './MembersPage.vue'
import MemberDetailPage from './MemberDetailPage.vue'

const READERS = ['hq_admin', 'finance', 'store_manager']

export default [
  { path: 'members', component: MembersPage, title: '会员', icon: 'User', group: '会员', roles: READERS },
  { path: 'members/:id(\\d+)', component: MemberDetailPage, props: true, title: '会员详情', icon: 'UserFilled',
    group: '会员', roles: READERS, menu: false },
]
