// Login (password, then the TOTP step when the account has MFA), who am I, logout.
import { request } from './http'
import { clearTokens, saveTokens } from './tokens'
import { t } from '../i18n'

// Answers {done: true} with tokens stored, or {mfa: 'verify'|'enrol', mfaToken, secret?, otpauthUri?}.
export async function login(username, password) {
  const data = await request('POST', '/api/v1/auth/login', { body: { username, password }, auth: false })
  return afterLogin(data)
}

export async function verifyOtp(mfaToken, otp) {
  const data = await request('POST', '/api/v1/auth/mfa/verify', { body: { mfa_token: mfaToken, otp }, auth: false })
  return afterLogin(data)
}

function afterLogin(data) {
  if (data.access_token) {
    saveTokens(data)
    return { done: true }
  }
  if (data.mfa_required) return { mfa: 'verify', mfaToken: data.mfa_token }
  if (data.mfa_enrollment_required) {
    return { mfa: 'enrol', mfaToken: data.mfa_token, secret: data.secret, otpauthUri: data.otpauth_uri }
  }
  throw new Error(t('common.badLoginAnswer'))
}

export function fetchMe() {
  return request('GET', '/api/v1/auth/me')
}

// Ends this session on the server (its access and refresh tokens stop working), then forgets the tokens here.
export async function logout() {
  try {
    await request('POST', '/api/v1/auth/logout', { body: {}, auth: true })
  } catch {
    // an already expired session: nothing left to end on the server
  } finally {
    clearTokens()
  }
}
