// The counter's Bluetooth receipt printer (ESC/POS, 58 or 80 mm). A printer bound on this phone is kept in
// storage as { deviceId, serviceId, characteristicId, width }; the server builds the receipt's bytes
// (GET /orders/<id>/receipt?format=json: escpos_base64) and they are written in chunks of 20 bytes, the BLE
// default payload.

const KEY = 'cradle.printer'
const CHUNK = 20

function bound() {
  const p = wx.getStorageSync(KEY)
  return p && p.deviceId && p.serviceId && p.characteristicId ? Object.assign({ width: 58 }, p) : null
}

function bind(p) {
  wx.setStorageSync(KEY, p)
}

function writeChunk(p, bytes) {
  return new Promise((resolve, reject) => {
    wx.writeBLECharacteristicValue({
      deviceId: p.deviceId, serviceId: p.serviceId, characteristicId: p.characteristicId, value: bytes,
      success: resolve, fail: reject,
    })
  })
}

// Writes the receipt's bytes in order, one chunk after the other; resolves with the number of bytes written.
function print(p, base64) {
  const all = new Uint8Array(wx.base64ToArrayBuffer(base64))
  let chain = Promise.resolve()
  for (let at = 0; at < all.length; at += CHUNK) {
    const chunk = all.slice(at, at + CHUNK).buffer
    chain = chain.then(() => writeChunk(p, chunk))
  }
  return chain.then(() => all.length)
}

function yuan(fen) {
  return `¥${(fen / 100).toFixed(2)}`
}

// A short text of the receipt for the modal shown when no printer is bound.
function preview(r) {
  const lines = [r.store_name, `单号：${r.order_no}`]
  r.items.forEach(i => lines.push(`${i.name} ×${i.qty} ${yuan(i.gross_fen)}`))
  r.discounts.forEach(d => lines.push(`${d.label} -${yuan(d.amount_fen)}`))
  lines.push(`应付 ${yuan(r.total_fen)}`)
  r.payments.forEach(p => lines.push(`${p.label} ${yuan(p.amount_fen)}`))
  return lines.join('\n')
}

module.exports = { KEY, CHUNK, bound, bind, print, preview }
