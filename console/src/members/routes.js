// The members pages: search, and a member's page (no menu item of its own).
// roles: the admin API's member routes (admin_members.*: hq_admin, finance, store_manager).
import MembersPage from './MembersPage.vue'
import MemberDetailPage from './MemberDetailPage.vue'
import { t } from '../i18n'

const READERS = ['hq_admin', 'finance', 'store_manager']

export default [
  { path: 'members', component: MembersPage, title: t('common.member'), icon: 'User', group: t('common.member'), roles: READERS },
  { path: 'members/:id(\\d+)', component: MemberDetailPage, props: true, title: t('members.memberDetail'), icon: 'UserFilled',
    group: t('common.member'), roles: READERS, menu: false },
]
