// The catalogue pages. The back-office roles read (the authorization table's admin_catalog readers); only HQ
// sees the edit buttons (the API refuses the others).
import BrandsPage from './BrandsPage.vue'
import CategoriesPage from './CategoriesPage.vue'
import PriceListsPage from './PriceListsPage.vue'
import SkuDetailPage from './SkuDetailPage.vue'
import SkuSearchPage from './SkuSearchPage.vue'
import { t } from '../i18n'

const READERS = ['hq_admin', 'finance', 'purchaser', 'store_manager']

export default [
  { path: 'catalog/skus', component: SkuSearchPage, title: t('common.product'), icon: 'Goods', group: t('common.product'), roles: READERS },
  { path: 'catalog/skus/:code', component: SkuDetailPage, title: t('catalog.skuDetail'), icon: 'Goods', group: t('common.product'),
    roles: READERS, menu: false },
  { path: 'catalog/price-lists', component: PriceListsPage, title: t('catalog.priceLists'), icon: 'PriceTag', group: t('common.product'),
    roles: READERS },
  { path: 'catalog/categories', component: CategoriesPage, title: t('catalog.categories'), icon: 'Menu',
    group: t('common.product'), roles: READERS },
  { path: 'catalog/brands', component: BrandsPage, title: t('catalog.brands'), icon: 'CollectionTag',
    group: t('common.product'), roles: READERS },
]
