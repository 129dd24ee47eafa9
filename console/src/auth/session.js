// The logged-in staff member (GET /api/v1/auth/me), shared by the router guard, the menu and the pages.
import { reactive } from 'vue'
import { fetchMe } from '../api/session'
import { accessToken } from '../api/tokens'

export const session = reactive({ me: null })

export async function loadMe() {
  if (session.me) return session.me
  if (!accessToken()) return null
  const me = await fetchMe()
  session.me = me.kind === 'staff' ? me : null
  return session.me
}

export function forgetMe() {
  session.me = null
}
