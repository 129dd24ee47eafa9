import PromotionsPage from './PromotionsPage.vue'
import { t } from '../i18n'

export default [
  { path: 'promotions', component: PromotionsPage, title: t('promotions.promotions'), icon: 'Present', group: t('promotions.groupMarketing'),
    roles: ['store_manager', 'hq_admin'] },
]
