// The legacy import pages (HQ only, like the API's /admin/api/v1/imports routes).
import ImportRunPage from './ImportRunPage.vue'
import ImportsPage from './ImportsPage.vue'
import NewImportPage from './NewImportPage.vue'
import { t } from '../i18n'

const HQ = ['hq_admin']

export default [
  { path: 'imports', component: ImportsPage, title: t('imports.imports'), icon: 'Upload', group: t('imports.groupSystem'), roles: HQ },
  { path: 'imports/new', component: NewImportPage, title: t('imports.newImport'), icon: 'Upload', group: t('imports.groupSystem'), roles: HQ,
    menu: false },
  { path: 'imports/:id(\\d+)', component: ImportRunPage, props: true, title: t('imports.importRun'), icon: 'Upload',
    group: t('imports.groupSystem'), roles: HQ, menu: false },
]
