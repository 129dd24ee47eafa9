// Labels of codes the API sends with a Chinese name beside them (role_name, channel_name...), for codeLabel().
// Each entry: [Simplified Chinese, English].
export default {
  role: {
    shopper: ['顾客', 'Shopper'],
    clerk: ['店员', 'Clerk'],
    store_manager: ['店长', 'Store manager'],
    purchaser: ['采购', 'Purchaser'],
    finance: ['财务', 'Finance'],
    hq_admin: ['总部管理员', 'HQ admin'],
    live_seller: ['主播', 'Live seller'],
  },
  channel: {
    pos: ['门店收银', 'In-store POS'],
    miniprogram: ['小程序', 'Mini-program'],
    phone: ['电话订单', 'Phone order'],
    taobao: ['淘宝', 'Taobao'],
    jd: ['京东', 'JD'],
    pdd: ['拼多多', 'Pinduoduo'],
    douyin: ['抖音', 'Douyin'],
    kuaishou: ['快手', 'Kuaishou'],
    wechat_shop: ['微信小店', 'WeChat Shop'],
    live: ['直播', 'Live'],
  },
}
