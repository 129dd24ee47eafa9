// A hold reason (backend/orders/hold.py reasons_for: { rule, message }) in the console's language. The API keeps
// one Chinese sentence per reason; in English the sentence's figures (amounts, a count) and the data quoted in it
// (the buyer's note, the address's risky words, which stay as typed) are read out of it and put into the
// catalogue's sentence. A sentence no pattern knows is shown as the API wrote it.
import { isEnglish, t } from '../i18n'

const FIELDS = { 收货人: 'receiverName', 联系电话: 'receiverPhone', 收货地址: 'receiverAddress' }

const PATTERNS = [
  ['highValue', /^订单金额 (\S+) 达到大额审核门槛 (\S+)$/, (m) => ({ total: m[1], threshold: m[2] })],
  ['incomplete', /^收货信息不完整：缺少(.+)$/, (m) => ({
    fields: m[1].split('、').map((f) => (FIELDS[f] ? t(`orders.holdReason.${FIELDS[f]}`) : f)).join(t('common.listSep')) })],
  ['shortAddress', /^收货地址过短（(\d+) 个字），可能不完整$/, (m) => ({ n: m[1] })],
  ['riskWords', /^收货地址含风险关键词：(.+)$/, (m) => ({ words: m[1] })],
  ['firstOrder', /^该会员的首笔订单$/, () => ({})],
  ['buyerRemark', /^买家留言：([\s\S]*)$/, (m) => ({ remark: m[1] })],
]

export function holdReasonText(reason) {
  const message = reason?.message ?? ''
  if (!isEnglish) return message
  for (const [key, pattern, params] of PATTERNS) {
    const m = pattern.exec(message)
    if (m) return t(`orders.holdReason.${key}`, params(m))
  }
  return message
}
