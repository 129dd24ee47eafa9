// The marketing (CRM) pages: segments and campaigns for HQ (the API's admin_crm.* rows: hq_admin; approving
// needs crm.campaign_approve, which only HQ holds), members' marketing consent for HQ and store managers.
import CampaignDetailPage from './CampaignDetailPage.vue'
import CampaignsPage from './CampaignsPage.vue'
import ConsentPage from './ConsentPage.vue'
import SegmentsPage from './SegmentsPage.vue'
import { t } from '../i18n'

const HQ = ['hq_admin']

export default [
  { path: 'crm/segments', component: SegmentsPage, title: t('crm.segments'), icon: 'Aim', group: t('crm.groupCrm'), roles: HQ },
  { path: 'crm/campaigns', component: CampaignsPage, title: t('crm.campaigns'), icon: 'Message', group: t('crm.groupCrm'), roles: HQ },
  { path: 'crm/campaigns/:id(\\d+)', component: CampaignDetailPage, props: true, title: t('crm.campaignDetail'), icon: 'Message',
    group: t('crm.groupCrm'), roles: HQ, menu: false },
  { path: 'crm/consent', component: ConsentPage, title: t('crm.consent'), icon: 'Stamp', group: t('crm.groupCrm'),
    roles: ['hq_admin', 'store_manager'] },
]
