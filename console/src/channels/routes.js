// The channel back office (HQ): shops and their sync, dead letters, reconciliation; live sessions (HQ and sellers).
import DeadLettersPage from './DeadLettersPage.vue'
import LiveSessionPage from './LiveSessionPage.vue'
import LiveSessionsPage from './LiveSessionsPage.vue'
import PublishingPage from './PublishingPage.vue'
import ReconciliationPage from './ReconciliationPage.vue'
import ShopsPage from './ShopsPage.vue'
import { t } from '../i18n'

export default [
  { path: 'channels/shops', component: ShopsPage, title: t('channels.shops'), icon: 'Shop', group: t('common.channel'), roles: ['hq_admin'] },
  { path: 'channels/dead-letters', component: DeadLettersPage, title: t('channels.deadLetters'), icon: 'WarningFilled', group: t('common.channel'),
    roles: ['hq_admin'] },
  { path: 'channels/reconciliations', component: ReconciliationPage, title: t('channels.reconciliation'), icon: 'Finished',
    group: t('common.channel'), roles: ['hq_admin'] },
  { path: 'channels/publishing', component: PublishingPage, title: t('channels.publishing'), icon: 'Upload', group: t('common.channel'),
    roles: ['hq_admin'] },
  { path: 'channels/live', component: LiveSessionsPage, title: t('channels.liveSessions'), icon: 'VideoCamera', group: t('common.channel'),
    roles: ['hq_admin', 'live_seller'] },
  { path: 'channels/live/:id', component: LiveSessionPage, props: true, title: t('channels.liveSession'), icon: 'VideoCamera',
    group: t('common.channel'), roles: ['hq_admin', 'live_seller'], menu: false },
]
