// The HR pages: employee records, certificates, recruiting and training for store managers (their stores) and
// HQ (the API's admin_hr.* and admin_hr_recruiting.* rows); transfers between stores and hiring are HQ's
// (the buttons are shown to HQ only, and the API refuses others).
import CandidateDetailPage from './CandidateDetailPage.vue'
import CertificatesPage from './CertificatesPage.vue'
import EmployeeDetailPage from './EmployeeDetailPage.vue'
import EmployeesPage from './EmployeesPage.vue'
import RecruitingPage from './RecruitingPage.vue'
import TrainingPage from './TrainingPage.vue'
import { t } from '../i18n'

const HR = ['hq_admin', 'store_manager']

export default [
  { path: 'hr/employees', component: EmployeesPage, title: t('hr.employees'), icon: 'Postcard', group: t('hr.groupHr'), roles: HR },
  { path: 'hr/employees/:id(\\d+)', component: EmployeeDetailPage, props: true, title: t('hr.employeeDetail'), icon: 'Postcard',
    group: t('hr.groupHr'), roles: HR, menu: false },
  { path: 'hr/certificates', component: CertificatesPage, title: t('hr.certificatesPage'), icon: 'Medal', group: t('hr.groupHr'), roles: HR },
  { path: 'hr/recruiting', component: RecruitingPage, title: t('hr.recruiting'), icon: 'Avatar', group: t('hr.groupHr'), roles: HR },
  { path: 'hr/candidates/:id(\\d+)', component: CandidateDetailPage, props: true, title: t('hr.candidate'), icon: 'Avatar',
    group: t('hr.groupHr'), roles: HR, menu: false },
  { path: 'hr/training', component: TrainingPage, title: t('hr.trainingPage'), icon: 'Reading', group: t('hr.groupHr'), roles: HR },
]
