import { get } from '../api/http'

// The chain's open stores (the store pickers of list pages: campaigns, HR, parallel runs, promotions, stock
// discrepancies, offline price variances).
export const listStores = () => get('/admin/api/v1/locations/', { kind: 'store', include_inactive: false })
