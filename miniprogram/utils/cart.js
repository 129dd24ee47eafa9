// The shopping cart, kept in local storage: [{sku_code, name, spec, image, price_fen, qty, checked}].

const KEY = 'cradle.cart'
const BUY_NOW_KEY = 'cradle.buynow'

function items() {
  try {
    const v = wx.getStorageSync(KEY)
    return Array.isArray(v) ? v : []
  } catch (e) {
    return []
  }
}

function save(list) {
  wx.setStorageSync(KEY, list)
  return list
}

function add(sku, qty) {
  const n = Math.max(1, Number(qty) || 1)
  const list = items()
  const found = list.find(i => i.sku_code === sku.sku_code)
  if (found) found.qty += n
  else {
    list.push({
      sku_code: sku.sku_code,
      name: sku.name,
      spec: sku.spec || '',
      image: sku.image || '',
      price_fen: sku.price_fen,
      qty: n,
      checked: true,
    })
  }
  return save(list)
}

function setQty(skuCode, qty) {
  const list = items()
  const found = list.find(i => i.sku_code === skuCode)
  if (found) found.qty = Math.max(1, Number(qty) || 1)
  return save(list)
}

function toggle(skuCode, checked) {
  const list = items()
  list.forEach(i => {
    if (skuCode === '*' || i.sku_code === skuCode) i.checked = checked === undefined ? !i.checked : !!checked
  })
  return save(list)
}

function remove(skuCodes) {
  const drop = Array.isArray(skuCodes) ? skuCodes : [skuCodes]
  return save(items().filter(i => drop.indexOf(i.sku_code) < 0))
}

function checkedItems() {
  return items().filter(i => i.checked)
}

function count() {
  return items().reduce((n, i) => n + i.qty, 0)
}

function totalFen(list) {
  return (list || checkedItems()).reduce((s, i) => s + i.price_fen * i.qty, 0)
}

// "Buy now" from the product page bypasses the cart.
function setBuyNow(line) {
  wx.setStorageSync(BUY_NOW_KEY, line ? [Object.assign({ checked: true }, line)] : '')
}

function takeBuyNow() {
  const v = wx.getStorageSync(BUY_NOW_KEY)
  return Array.isArray(v) ? v : null
}

module.exports = { items, add, setQty, toggle, remove, checkedItems, count, totalFen, setBuyNow, takeBuyNow }
