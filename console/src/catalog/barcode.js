// The API's barcode rule (backend/catalog/products.valid_barcode), checked in the form first: 8-14 digits, and a
// 13-digit code carries a right EAN-13 check digit.
export function validBarcode(code) {
  if (!/^\d{8,14}$/.test(code)) return false
  if (code.length !== 13) return true
  const sum = [...code.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === Number(code[12])
}
