// The channels pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  shops: ['渠道店铺', 'Channel shops'],
  deadLetters: ['同步死信', 'Sync dead letters'],
  reconciliation: ['渠道对账', 'Channel reconciliation'],
  liveSessions: ['直播场次', 'Live sessions'],
  liveSession: ['直播详情', 'Live session'],
}
