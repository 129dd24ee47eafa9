import { createRouter, createWebHistory } from 'vue-router'
import { loadMe } from './auth/session'
import { canUse } from './menu'
import { PAGES } from './pages'
import LoginPage from './auth/LoginPage.vue'
import ConsoleLayout from './layout/ConsoleLayout.vue'
import DashboardPage from './dashboard/DashboardPage.vue'
import ResultPage from './common/ResultPage.vue'
import { t } from './i18n'

const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/login', component: LoginPage, meta: { public: true, title: t('layout.login') } },
    {
      path: '/',
      component: ConsoleLayout,
      children: [
        { path: '', component: DashboardPage, meta: { title: t('layout.home') } },
        ...PAGES.map((p) => ({ path: p.path, component: p.component, props: p.props,
          meta: { title: p.title, roles: p.roles } })),
        {
          path: 'forbidden',
          component: ResultPage,
          props: { icon: 'warning', title: '403', subTitle: t('layout.forbiddenText'), 'data-test': 'forbidden' },
          meta: { title: t('layout.forbidden') },
        },
        {
          path: ':rest(.*)*',
          component: ResultPage,
          props: { icon: 'info', title: '404', subTitle: t('layout.notFound') },
          meta: { title: t('layout.notFound') },
        },
      ],
    },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  let me = null
  try {
    me = await loadMe()
  } catch {
    me = null
  }
  if (!me) return { path: '/login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (!canUse(to.meta.roles, me.role)) {
    // keep the address the user typed; show the 403 page in its place
    return { path: '/forbidden', query: { from: to.fullPath }, replace: true }
  }
  return true
})

router.afterEach((to) => {
  document.title = t('layout.docTitle', { p0: to.meta.title || '' })
})

export default router
