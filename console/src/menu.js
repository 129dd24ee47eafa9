// The menu: the pages (pages.js) a role may use, in the order listed there, home first.
import { PAGES } from './pages'
import { t } from './i18n'

export const MENU = [
  { path: '/', title: t('layout.home'), icon: 'House', roles: null },
  ...PAGES.filter((p) => p.menu !== false).map((p) => ({
    path: '/' + p.path, title: p.title, icon: p.icon, group: p.group, roles: p.roles,
  })),
]

export function canUse(roles, role) {
  return !roles || roles.includes(role)
}

export function menuFor(role) {
  return MENU.filter((item) => canUse(item.roles, role))
}
