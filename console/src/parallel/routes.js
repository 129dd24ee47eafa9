// The parallel-run pages (the API's admin_parallel_runs.* rows): HQ runs them (start, upload, compare, explain,
// sign off; the buttons are HQ's), a store manager reads their store's run.
import ParallelRunPage from './ParallelRunPage.vue'
import ParallelRunsPage from './ParallelRunsPage.vue'
import { t } from '../i18n'

const READERS = ['hq_admin', 'store_manager']

export default [
  { path: 'parallel-runs', component: ParallelRunsPage, title: t('parallel.parallelRuns'), icon: 'Switch', group: t('imports.groupSystem'),
    roles: READERS },
  { path: 'parallel-runs/:id(\\d+)', component: ParallelRunPage, props: true, title: t('parallel.parallelRun'), icon: 'Switch',
    group: t('imports.groupSystem'), roles: READERS, menu: false },
]
