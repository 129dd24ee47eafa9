// Money is integer fen in the API; the console shows yuan and parses yuan input back to fen without floats.
export function yuan(fen) {
  if (fen === null || fen === undefined) return '-'
  const n = BigInt(fen)
  const neg = n < 0n
  const abs = neg ? -n : n
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (abs % 100n).toString().padStart(2, '0')
  return `${neg ? '-' : ''}¥${whole}.${cents}`
}

// Fen as the text of a yuan input box (no sign, no separators): 1250 -> "12.50"; the inverse of fenOf.
export function amountText(fen) {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

// "12.5" -> 1250; null when the text is not a non-negative amount with at most two decimals.
export function fenOf(text) {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(String(text ?? ''))
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'))
}

// Fen as a yuan number for charts only (axis values; never for sums or display of amounts).
export function yuanNumber(fen) {
  return Number(fen) / 100
}
