// The channel back office (HQ): shops and their sync, dead letters, reconciliation; live sessions (HQ and sellers).
import DeadLettersPage from './DeadLettersPage.vue'
import LiveSessionPage from './LiveSessionPage.vue'
import LiveSessionsPage from './LiveSessionsPage.vue'
import ReconciliationPage from './ReconciliationPage.vue'
import ShopsPage from './ShopsPage.vue'

export default [
  { path: 'channels/shops', component: ShopsPage, title: '渠道店铺', icon: 'Shop', group: '渠道', roles: ['hq_admin'] },
  { path: 'channels/dead-letters', component: DeadLettersPage, title: '同步死信', icon: 'WarningFilled', group: '渠道',
    roles: ['hq_admin'] },
  { path: 'channels/reconciliations', component: ReconciliationPage, title: '渠道对账', icon: 'Finished',
    group: '渠道', roles: ['hq_admin'] },
  { path: 'channels/live', component: LiveSessionsPage, title: '直播场次', icon: 'VideoCamera', group: '渠道',
    roles: ['hq_admin', 'live_seller'] },
  { path: 'channels/live/:id', component: LiveSessionPage, props: true, title: '直播详情', icon: 'VideoCamera',
    group: '渠道', roles: ['hq_admin', 'live_seller'], menu: false },
]
