// The promotions pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  promotions: ['促销活动', 'Promotions'],
  groupMarketing: ['营销', 'Marketing'],
}
