// The finance pages: each entry is a route under /console/ and, unless menu is false, a menu item.
import PnlPage from './PnlPage.vue'

export default [
  { path: 'finance/pnl', component: PnlPage, title: '利润表', icon: 'Money', group: '财务',
    roles: ['finance', 'store_manager', 'hq_admin'] },
]
