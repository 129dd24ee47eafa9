// Catalogue: SKU search and detail (/api/v1/skus), maintenance and price lists (/admin/api/v1/catalog, HQ changes).
import { get, post, put, request } from '../api/http'
import { t } from '../i18n'

const A = '/admin/api/v1/catalog'
const enc = encodeURIComponent

export const CHANNELS = [
  { value: 'pos', label: t('common.inStorePos') }, { value: 'miniprogram', label: t('common.miniProgram') }, { value: 'phone', label: t('common.phone') },
  { value: 'taobao', label: t('common.taobao') }, { value: 'jd', label: t('common.jd') }, { value: 'pdd', label: t('common.pinduoduo') },
  { value: 'douyin', label: t('common.douyin') }, { value: 'kuaishou', label: t('common.kuaishou') }, { value: 'wechat_shop', label: t('common.wechatShop') },
  { value: 'live', label: t('common.live') },
]
export const CHANNEL_NAMES = Object.fromEntries(CHANNELS.map((c) => [c.value, c.label]))

export const searchSkus = (query) => get('/api/v1/skus', query)
export const skuDetail = (code) => get(`/api/v1/skus/${enc(code)}`)
export const categoryTree = () => get('/api/v1/categories')
export const brands = () => get('/api/v1/brands')
export const locations = () => get('/api/v1/locations')

export const createProduct = (body) => post(`${A}/products`, body)
export const createSku = (body) => post(`${A}/skus`, body)
export const updateSku = (code, body) => request('PATCH', `${A}/skus/${enc(code)}`, { body })
export const getProduct = (code) => get(`${A}/products/${enc(code)}`)
export const updateProduct = (code, body) => request('PATCH', `${A}/products/${enc(code)}`, { body })

// brands and the category tree (the back-office roles read; HQ creates and edits)
export const listBrands = () => get(`${A}/brands`)
export const createBrand = (name) => post(`${A}/brands`, { name })
export const renameBrand = (id, name) => put(`${A}/brands/${id}`, { name })
export const listCategories = () => get(`${A}/categories`)
export const createCategory = (body) => post(`${A}/categories`, body)
export const updateCategory = (id, body) => request('PATCH', `${A}/categories/${id}`, { body })

export const listPriceLists = () => get(`${A}/price-lists`)
export const getPriceList = (id) => get(`${A}/price-lists/${id}`)
export const createPriceList = (body) => post(`${A}/price-lists`, body)
export const updatePriceList = (id, body) => request('PATCH', `${A}/price-lists/${id}`, { body })
export const setPriceItems = (id, items) => put(`${A}/price-lists/${id}/items`, { items })
export const removePriceItem = (id, skuCode) => request('DELETE', `${A}/price-lists/${id}/items/${enc(skuCode)}`)
