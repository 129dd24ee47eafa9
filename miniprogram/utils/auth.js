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

// Tokens of a staff login (the profile comes with them as `staff` or from GET /staff/me) become the session.
function finishStaffLogin(res, username) {
  if (res.staff) return saveStaffSession(res)
  session.setTokens('staff', res)
  return api.staffMe()
    .then(staff => saveStaffSession(Object.assign({}, res, { staff })))
    .catch(() => saveStaffSession(Object.assign({}, res, { staff: { username } })))
}

// An HQ admin / finance account with MFA answers {mfa_required, mfa_token} instead of tokens, from the password
// login and the WeChat login alike: the caller asks for the authenticator code and calls verifyStaffMfa.
// {mfa_enrollment_required} (MFA compulsory, not yet enrolled) cannot be finished here (it shows a secret to
// scan): it rejects with a message pointing to the back office.
function staffLoginStep(res, username) {
  if (res.mfa_required) return { mfaRequired: true, mfaToken: res.mfa_token, username }
  if (res.mfa_enrollment_required) {
    return Promise.reject(Object.assign(new Error('该账号需先在总部后台绑定动态验证码'), { mfaEnrollment: true }))
  }
  return finishStaffLogin(res, username)
}

// POST /auth/login answers tokens (the contract), or the MFA step.
function staffLogin(username, password) {
  return api.staffLogin(username, password).then(res => staffLoginStep(res, username))
}

// A clerk whose WeChat is bound to a staff account gets staff mode without a password (MFA accounts still give
// their authenticator code).
function staffWechatLogin() {
  return wxp.login().then(({ code }) => api.staffWechatLogin(code)).then(res => staffLoginStep(res, ''))
}

function verifyStaffMfa(step, otp) {
  return api.mfaVerify(step.mfaToken, otp).then(res => finishStaffLogin(res, step.username))
}

function bindStaffWechat() {
  return wxp.login().then(({ code }) => api.bindStaffWechat(code))
}

function leaveStaffMode() {
  session.setMode('member')
}

// Ends the session on the server too (a copied token stops working); the local session is cleared whatever
// the server answers (offline, already expired).
function staffLogout() {
  const done = () => {
    session.clear('staff')
    session.setMode('member')
  }
  if (!session.isLoggedIn('staff')) return Promise.resolve(done())
  return api.staffLogout().then(done, done)
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
  verifyStaffMfa,
  bindStaffWechat,
  leaveStaffMode,
  staffLogout,
  staffLocationCode,
  requireLogin,
}
