// The session's tokens, kept in localStorage so a reload stays logged in.
const ACCESS = 'cradle.console.access'
const REFRESH = 'cradle.console.refresh'

export function accessToken() {
  return localStorage.getItem(ACCESS)
}

export function refreshToken() {
  return localStorage.getItem(REFRESH)
}

export function saveTokens(pair) {
  localStorage.setItem(ACCESS, pair.access_token)
  localStorage.setItem(REFRESH, pair.refresh_token)
}

export function clearTokens() {
  localStorage.removeItem(ACCESS)
  localStorage.removeItem(REFRESH)
}
