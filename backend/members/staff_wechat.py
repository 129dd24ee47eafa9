"""Staff on the mini-program: a staff account bound to a WeChat openid logs in with WeChat (the same second factor
as the password login follows, backend.security.mfa), and a logged-in staff member binds their WeChat (audited)."""

from __future__ import annotations

from typing import Any

from backend.audit import record_audit
from backend.errors import Conflict, NotFound
from backend.org.models import ROLE_NAMES_ZH, Location, User


async def staff_json(user: User) -> dict[str, Any]:
    locs = await Location.filter(staff__user_id=user.id).order_by("code").values_list("code", "name")
    return {"id": user.id, "username": user.username, "display_name": user.display_name, "role": user.role.value,
            "role_name": ROLE_NAMES_ZH[user.role], "store_codes": [c for c, _ in locs],
            "store_names": [n for _, n in locs]}


async def staff_of(openid: str) -> User:
    """The active staff account bound to this WeChat; 404 when none is."""
    user = await User.get_or_none(wechat_openid=openid, is_active=True)
    if user is None:
        raise NotFound("该微信尚未绑定员工账号，请先用账号密码登录后绑定")
    return user


async def bind(user: User, openid: str) -> None:
    """Bind the staff member's WeChat (409 when it is another staff account's)."""
    other = await User.get_or_none(wechat_openid=openid)
    if other is not None and other.id != user.id:
        raise Conflict("该微信已绑定其他员工账号")
    await User.filter(id=user.id).update(wechat_openid=openid)
    await record_audit(user, "staff.wechat_bind", "user", user.id)
