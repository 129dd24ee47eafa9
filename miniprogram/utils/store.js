// The shopper's chosen store (for stock on the product page and store pickup): {code, name}.
const KEY = 'cradle.store'

function get() {
  try {
    return wx.getStorageSync(KEY) || null
  } catch (e) {
    return null
  }
}

function set(store) {
  wx.setStorageSync(KEY, store ? { code: store.code, name: store.name } : '')
}

module.exports = { get, set }
