// The console's pages and which roles may use them (the same roles the API's authorization table admits, so a
// menu item a role cannot use is not shown; the API still refuses it).
export const ROLES = {
  hq_admin: 'hq_admin',
  finance: 'finance',
  store_manager: 'store_manager',
  purchaser: 'purchaser',
  clerk: 'clerk',
  live_seller: 'live_seller',
}

export const MENU = [
  { path: '/', title: '首页', icon: 'House', roles: null },
  { path: '/finance/pnl', title: '利润表', icon: 'Money', group: '财务', roles: ['finance', 'store_manager', 'hq_admin'] },
  { path: '/promotions', title: '促销活动', icon: 'Present', group: '营销', roles: ['store_manager', 'hq_admin'] },
]

export function canUse(roles, role) {
  return !roles || roles.includes(role)
}

export function menuFor(role) {
  return MENU.filter((item) => canUse(item.roles, role))
}
