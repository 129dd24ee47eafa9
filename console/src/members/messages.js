// The members pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  memberDetail: ['会员详情', 'Member details'],
}
