import { get } from '../api/http'
import { t } from '../i18n'

export const searchAudit = (query) => get('/admin/api/v1/audit/', query)

// Chinese names for the common action prefixes (the part before the first dot).
export const AREAS = {
  user: t('audit.areaUser'), staff: t('audit.areaStaff'), shift: t('audit.areaShift'), attendance: t('audit.areaAttendance'), auth: t('audit.areaAuth'), security: t('audit.areaSecurity'),
  catalog: t('common.product'), stock: t('common.stock'), transfer: t('audit.areaTransfer'), stocktake: t('audit.areaStocktake'), purchase_order: t('common.purchaseOrder'), purchasing: t('common.purchasing'),
  supplier: t('common.supplier'), promotion: t('audit.areaPromotion'), coupon_template: t('audit.areaCouponTemplate'), member: t('common.member'), refund: t('audit.areaRefund'),
  finance: t('common.finance'), channels: t('common.channel'), live: t('common.live'), import: t('audit.areaImport'), location: t('common.store'), permission: t('audit.areaPermission'),
}

export const VIAS = [
  { value: 'admin', label: t('audit.viaAdmin') }, { value: 'api', label: 'API' }, { value: 'wecom', label: t('audit.viaWecom') },
  { value: 'task', label: t('audit.viaTask') }, { value: 'import', label: t('audit.areaImport') }, { value: 'demo', label: t('audit.viaDemo') },
]
