import { download, get } from '../api/http'

const CHANNELS = {
  pos: '门店收银', miniprogram: '小程序', phone: '电话', taobao: '淘宝', jd: '京东', pdd: '拼多多',
  douyin: '抖音', kuaishou: '快手', wechat_shop: '微信小店', live: '直播',
}
export const channelOptions = Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))

function query({ from, to, channel, location_code }) {
  return { from, to, channel, location_code }
}

export const profitAndLoss = (filters) => get('/api/v1/finance/pnl', query(filters))

export const exportProfitAndLoss = (filters) =>
  download('/api/v1/finance/pnl', { ...query(filters), format: 'xlsx' }, `利润表_${filters.from}_${filters.to}.xlsx`)

export const listLocations = () => get('/admin/api/v1/locations/', { include_inactive: false })
