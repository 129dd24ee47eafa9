"""Who must pass MFA: the privileged roles (hq_admin, finance), when enrolled or when HQ made it compulsory
(the security setting "require_mfa"). Read by the login (backend.security.mfa) and by a session's refresh
(backend.security.sessions: a session that skipped MFA the account now needs is refused); changing the setting
is backend.security.mfa.set_setting, which ends those sessions.
"""

from __future__ import annotations

from typing import Any

from backend.org.models import Role, User
from backend.security.models import SecuritySetting, StaffMfa

MFA_ROLES = frozenset({Role.HQ_ADMIN, Role.FINANCE})


async def get_setting(name: str, default: Any = None) -> Any:
    row = await SecuritySetting.get_or_none(key=name)
    return default if row is None else row.value


async def required_for(user: User) -> bool:
    """Whether a login of this user must pass a TOTP code (enrolled, or MFA compulsory for its role)."""
    if user.role not in MFA_ROLES:
        return False
    if await StaffMfa.filter(user_id=user.id, enabled=True).exists():
        return True
    return bool(await get_setting("require_mfa", False))
