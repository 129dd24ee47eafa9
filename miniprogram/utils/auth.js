// WeChat login for shoppers and the staff-mode session for clerks.

const api = require('./api')
const session = require('./session')
const wxp = require('./wxp')

// wx.login -> POST /auth/wechat {code} -> member tokens + profile.
function loginWithWechat() {
  return wxp.login().then(({ code }) => api.wechatLogin(code)).then(res => {
    session.setTokens('member', res)
    session.setProfile('member', res.member || null)
    return res.member
  })
}

// Phone number from <button open-type="getPhoneNumber">: the event carries a one-time code.
function bindPhoneFromEvent(event) {
  const detail = (event && event.detail) || {}
  if (!detail.code) {
    return Promise.reject(Object.assign(new Error('已取消授权手机号'), { cancelled: true }))
  }
  return api.bindPhone(detail.code)
}

function saveStaffSession(res) {
  session.setTokens('staff', res)
  if (res.staff) session.setProfile('staff', res.staff)
  session.setMode('staff')
  return res.staff || session.getProfile('staff')
}

// POST /auth/login answers tokens (the contract); the profile comes with it as `staff` or from GET /staff/me.
function staffLogin(username, password) {
  return api.staffLogin(username, password).then(res => {
    if (res.staff) return saveStaffSession(res)
    session.setTokens('staff', res)
    return api.staffMe()
      .then(staff => saveStaffSession(Object.assign({}, res, { staff })))
      .catch(() => saveStaffSession(Object.assign({}, res, { staff: { username } })))
  })
}

// A clerk whose WeChat is bound to a staff account gets staff mode without a password.
function staffWechatLogin() {
  return wxp.login().then(({ code }) => api.staffWechatLogin(code)).then(saveStaffSession)
}

function bindStaffWechat() {
  return wxp.login().then(({ code }) => api.bindStaffWechat(code))
}

function leaveStaffMode() {
  session.setMode('member')
}

function staffLogout() {
  session.clear('staff')
  session.setMode('member')
}

// The staff member's current store (first of their stores), used as location_code at the counter.
function staffLocationCode() {
  const p = session.getProfile('staff')
  if (!p) return ''
  if (p.location_code) return p.location_code
  return (p.store_codes && p.store_codes[0]) || ''
}

function requireLogin(mode) {
  if (session.isLoggedIn(mode)) return true
  wx.navigateTo({ url: mode === 'staff' ? '/pages/staff/index/index' : '/pages/login/login' })
  return false
}

module.exports = {
  loginWithWechat,
  bindPhoneFromEvent,
  staffLogin,
  staffWechatLogin,
  bindStaffWechat,
  leaveStaffMode,
  staffLogout,
  staffLocationCode,
  requireLogin,
}
