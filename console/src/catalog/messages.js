// The catalog pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  skuDetail: ['商品详情', 'Product details'],
  priceLists: ['价格表', 'Price lists'],
}
