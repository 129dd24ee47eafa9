"""Staff password login: the progressive delay per (username, address), the password check off the event
loop, and answers that never tell an unknown username from a wrong password."""

from __future__ import annotations

from backend.errors import Unauthorized
from backend.org.models import User
from backend.security import login_throttle, mfa
from backend.security.passwords import verify_password_async, verify_unknown

WRONG_CREDENTIALS = "用户名或密码错误"


async def login(username: str, password: str, otp: str | None = None, *, address: str = "-") -> dict[str, object]:
    """Tokens of a new session (or the MFA step). Unknown, deactivated and wrong-password logins answer the same
    401 after the same Argon2 work; a delayed (username, address) answers 429 whether the user exists or not."""
    await login_throttle.check(username, address)
    user = await User.get_or_none(username=username)
    if user is None:
        await verify_unknown(password)
        ok = False
    else:
        ok = await verify_password_async(user.password_hash, password) and user.is_active
    if not ok:
        await login_throttle.record_failure(username, address)
        raise Unauthorized(WRONG_CREDENTIALS)
    assert user is not None
    try:
        answer = await mfa.after_first_factor(user, otp, method="password", address=address)
    except Unauthorized:  # a wrong inline TOTP code counts as a failed guess too
        await login_throttle.record_failure(username, address)
        raise
    if "access_token" in answer:  # an MFA step still to come keeps the count: wrong codes add to it
        await login_throttle.clear(username, address)
    return answer
