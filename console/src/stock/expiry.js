// How a batch's expiry reads on the stock pages: expired, near expiry (within NEAR_DAYS) or fine.
export const NEAR_DAYS = 60

export function expiryTag(batch) {
  if (batch.days_to_expiry === null || batch.days_to_expiry === undefined) return { type: 'info', text: '无保质期' }
  if (batch.expired) return { type: 'danger', text: `已过期 ${-batch.days_to_expiry} 天` }
  if (batch.days_to_expiry <= NEAR_DAYS) return { type: 'warning', text: `临期 ${batch.days_to_expiry} 天` }
  return { type: 'success', text: `${batch.days_to_expiry} 天` }
}
