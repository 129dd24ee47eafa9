// SKUs the till has looked up, kept in wx storage so a barcode scanned before can still be sold while the
// network is down (the offline counter). The newest MAX are kept.

const KEY = 'cradle.pos.skus'
const MAX = 500

function all() {
  try {
    const v = wx.getStorageSync(KEY)
    return Array.isArray(v) ? v : []
  } catch (e) {
    return []
  }
}

// Remember skus [{sku_code, name, barcode, price_fen}] (the search answer's items).
function remember(skus) {
  const fresh = (skus || []).filter(s => s && s.sku_code)
  if (!fresh.length) return
  const codes = new Set(fresh.map(s => s.sku_code))
  const kept = all().filter(s => !codes.has(s.sku_code))
  const next = fresh.map(s => ({ sku_code: s.sku_code, name: s.name, barcode: s.barcode || '', price_fen: s.price_fen }))
    .concat(kept).slice(0, MAX)
  wx.setStorageSync(KEY, next)
}

// The SKU with this barcode or code, or null.
function find(code) {
  const c = String(code || '').trim()
  if (!c) return null
  return all().find(s => s.barcode === c || s.sku_code === c) || null
}

module.exports = { remember, find, KEY }
