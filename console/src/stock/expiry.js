// How a batch's expiry reads on the stock pages: expired, near expiry (within NEAR_DAYS) or fine.
import { t } from '../i18n'
export const NEAR_DAYS = 60

export function expiryTag(batch) {
  if (batch.days_to_expiry === null || batch.days_to_expiry === undefined) return { type: 'info', text: t('stock.noShelfLife') }
  if (batch.expired) return { type: 'danger', text: t('stock.expiredDays', { p0: -batch.days_to_expiry }) }
  if (batch.days_to_expiry <= NEAR_DAYS) return { type: 'warning', text: t('stock.nearExpiry', { daysToExpiry: batch.days_to_expiry }) }
  return { type: 'success', text: t('stock.daysToExpiry', { daysToExpiry: batch.days_to_expiry }) }
}
