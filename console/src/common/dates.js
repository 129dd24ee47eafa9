// Dates as the API's YYYY-MM-DD (local calendar day) and datetimes as +08:00 ISO strings.
const pad = (n) => String(n).padStart(2, '0')

export function isoDate(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function monthSoFar() {
  const today = new Date()
  return [isoDate(new Date(today.getFullYear(), today.getMonth(), 1)), isoDate(today)]
}

// A date picked in the browser as a China-time (+08:00) timestamp for the API.
export function chinaTime(d) {
  const shifted = new Date(d.getTime() + 8 * 3600 * 1000)
  const y = shifted.getUTCFullYear()
  const mo = pad(shifted.getUTCMonth() + 1)
  const day = pad(shifted.getUTCDate())
  return `${y}-${mo}-${day}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:00+08:00`
}

export function showTime(iso) {
  if (!iso) return '-'
  return iso.replace('T', ' ').slice(0, 16)
}
