// The catalogue pages. The back-office roles read (the authorization table's admin_catalog readers); only HQ
// sees the edit buttons (the API refuses the others).
import PriceListsPage from './PriceListsPage.vue'
import SkuDetailPage from './SkuDetailPage.vue'
import SkuSearchPage from './SkuSearchPage.vue'

const READERS = ['hq_admin', 'finance', 'purchaser', 'store_manager']

export default [
  { path: 'catalog/skus', component: SkuSearchPage, title: '商品', icon: 'Goods', group: '商品', roles: READERS },
  { path: 'catalog/skus/:code', component: SkuDetailPage, title: '商品详情', icon: 'Goods', group: '商品',
    roles: READERS, menu: false },
  { path: 'catalog/price-lists', component: PriceListsPage, title: '价格表', icon: 'PriceTag', group: '商品',
    roles: READERS },
]
