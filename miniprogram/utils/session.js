// Token and profile storage. Two independent sessions: "member" (shopper) and "staff" (clerk mode).

const TOKEN_KEYS = { member: 'cradle.auth.member', staff: 'cradle.auth.staff' }
const PROFILE_KEYS = { member: 'cradle.profile.member', staff: 'cradle.profile.staff' }
const MODE_KEY = 'cradle.mode'

function read(key) {
  try {
    return wx.getStorageSync(key) || null
  } catch (e) {
    return null
  }
}

function write(key, value) {
  try {
    if (value === null || value === undefined) wx.removeStorageSync(key)
    else wx.setStorageSync(key, value)
  } catch (e) {
    // storage full or unavailable: the session simply is not persisted
  }
}

function checkMode(mode) {
  if (!TOKEN_KEYS[mode]) throw new Error(`unknown session mode: ${mode}`)
  return mode
}

function getTokens(mode) {
  return read(TOKEN_KEYS[checkMode(mode)])
}

// tokens: {access_token, refresh_token, expires_in}
function setTokens(mode, tokens) {
  checkMode(mode)
  if (!tokens) return write(TOKEN_KEYS[mode], null)
  write(TOKEN_KEYS[mode], {
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token,
    expires_at: tokens.expires_in ? Date.now() + tokens.expires_in * 1000 : null,
  })
}

function clear(mode) {
  write(TOKEN_KEYS[checkMode(mode)], null)
  write(PROFILE_KEYS[mode], null)
}

function getProfile(mode) {
  return read(PROFILE_KEYS[checkMode(mode)])
}

function setProfile(mode, profile) {
  write(PROFILE_KEYS[checkMode(mode)], profile || null)
}

function isLoggedIn(mode) {
  const t = getTokens(mode)
  return !!(t && t.access_token)
}

// Which session the UI is in; requests default to it.
function getMode() {
  return read(MODE_KEY) === 'staff' ? 'staff' : 'member'
}

function setMode(mode) {
  write(MODE_KEY, checkMode(mode))
}

module.exports = {
  getTokens,
  setTokens,
  clear,
  getProfile,
  setProfile,
  isLoggedIn,
  getMode,
  setMode,
}
