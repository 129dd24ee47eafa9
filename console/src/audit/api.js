import { get } from '../api/http'

export const searchAudit = (query) => get('/admin/api/v1/audit/', query)

// Chinese names for the common action prefixes (the part before the first dot).
export const AREAS = {
  user: '员工账号', staff: '员工', shift: '排班', attendance: '考勤', auth: '登录', security: '安全',
  catalog: '商品', stock: '库存', transfer: '调拨', stocktake: '盘点', purchase_order: '采购单', purchasing: '采购',
  supplier: '供应商', promotion: '促销', coupon_template: '优惠券', member: '会员', refund: '退款',
  finance: '财务', channels: '渠道', live: '直播', import: '导入', location: '门店', permission: '权限',
}

export const VIAS = [
  { value: 'admin', label: '后台' }, { value: 'api', label: 'API' }, { value: 'wecom', label: '企业微信' },
  { value: 'task', label: '定时任务' }, { value: 'import', label: '导入' }, { value: 'demo', label: '演示数据' },
]
