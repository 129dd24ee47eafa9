import PromotionsPage from './PromotionsPage.vue'

export default [
  { path: 'promotions', component: PromotionsPage, title: '促销活动', icon: 'Present', group: '营销',
    roles: ['store_manager', 'hq_admin'] },
]
