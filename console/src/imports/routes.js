// The legacy import pages (HQ only, like the API's /admin/api/v1/imports routes).
import ImportRunPage from './ImportRunPage.vue'
import ImportsPage from './ImportsPage.vue'
import NewImportPage from './NewImportPage.vue'

const HQ = ['hq_admin']

export default [
  { path: 'imports', component: ImportsPage, title: '数据导入', icon: 'Upload', group: '系统', roles: HQ },
  { path: 'imports/new', component: NewImportPage, title: '新建导入', icon: 'Upload', group: '系统', roles: HQ,
    menu: false },
  { path: 'imports/:id(\\d+)', component: ImportRunPage, props: true, title: '导入详情', icon: 'Upload',
    group: '系统', roles: HQ, menu: false },
]
