"""Member accounts: found or created by WeChat openid/unionid (never duplicated), a phone attached, and two
accounts of one shopper merged when the phone shows they are the same person (at once when the member holding
the phone has no stored value and no points; otherwise after a check, backend.members.phone_claims).

The merge itself (backend.members.merging) is shared with the phone claims that end in one.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.errors import Unauthorized
from backend.fieldcrypt import (
    FieldDecryptError,
    mask_phone,
    normalise_phone,
    phone_hash,
    seal,
    unseal,
)
from backend.members import merging, phone_claims
from backend.members.children import child_json
from backend.members.models import Child, Member, PhoneClaim
from backend.members.rules import level_json
from backend.timestamps import business_today, utc_now


def new_member_code() -> str:
    return "M" + "".join(secrets.choice("0123456789") for _ in range(11))


async def _create(conn: BaseDBAsyncClient, **fields: Any) -> Member:
    for _ in range(5):
        try:
            async with in_transaction() as tx:  # savepoint: a code clash retries, an identity clash surfaces
                return await Member.create(member_code=new_member_code(), using_db=tx, **fields)
        except IntegrityError:
            if await _by_identity(fields.get("openid"), fields.get("unionid"), conn) is not None:
                raise
    raise IntegrityError("member code space exhausted")


async def _by_identity(openid: str | None, unionid: str | None,
                       conn: BaseDBAsyncClient | None = None) -> Member | None:
    if openid and (m := await Member.get_or_none(openid=openid).using_db(conn)) is not None:
        return m
    if unionid and (m := await Member.get_or_none(unionid=unionid).using_db(conn)) is not None:
        return m
    return None


async def login_wechat(openid: str, unionid: str | None, now: datetime | None = None) -> Member:
    """The member of this WeChat user: by openid, else by unionid (same person from another app of the
    chain), else a new one. Two concurrent first logins end with one member."""
    now = now or utc_now()
    for attempt in range(2):
        try:
            member = await _by_identity(openid, unionid)
            if member is None:
                member = await _create(None, openid=openid, unionid=unionid, source="miniprogram",
                                       last_login_at=now)  # type: ignore[arg-type]
                return member
            if member.merged_into_id is not None:
                raise Unauthorized("该微信账号已合并，请重新登录")
            updates: dict[str, Any] = {"last_login_at": now}
            if member.openid is None:
                updates["openid"] = openid
            if unionid and member.unionid is None:
                updates["unionid"] = unionid
            await Member.filter(id=member.id).update(**updates)
            for k, v in updates.items():
                setattr(member, k, v)
            return member
        except IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def phone_of(member: Member) -> str:
    if not member.phone:
        return ""
    try:
        return unseal(member.phone)
    except FieldDecryptError:
        return ""


def member_brief(member: Member) -> dict[str, Any]:
    return {"id": member.id, "nickname": member.nickname, "level": level_json(member.level), "points": member.points,
            "balance_fen": member.balance_fen, "phone_masked": mask_phone(phone_of(member)) or None}


async def attach_phone(member: Member, phone: str) -> tuple[Member, bool, PhoneClaim | None]:
    """Give the member this phone. When another member already holds it: with no stored value and no points,
    merge this one into that one; otherwise open a claim (backend.members.phone_claims) and leave both as they
    are until the holder's WeChat account confirms or staff verify at a store.
    Returns (the member to continue as, merged?, the open claim)."""
    phone = normalise_phone(phone)
    digest = phone_hash(phone)
    async with in_transaction() as conn:
        holder = await Member.get_or_none(phone_hash=digest, merged_into_id=None).using_db(conn)
        if holder is None or holder.id == member.id:
            await Member.filter(id=member.id).using_db(conn).update(phone=seal(phone), phone_hash=digest)
            return await Member.get(id=member.id).using_db(conn), False, None
        if phone_claims.needs_check(holder):
            claim = await phone_claims.open_claim(member, holder, digest, conn)
            return await Member.get(id=member.id).using_db(conn), False, claim
        survivor = await merging.merge(member.id, holder.id, conn)
        return survivor, True, None


async def me_json(member: Member, on: Any = None) -> dict[str, Any]:
    on = on or business_today()
    kids = await Child.filter(member_id=member.id).order_by("birthday")
    return {"id": member.id, "nickname": member.nickname, "avatar_url": member.avatar_url,
            "phone_masked": mask_phone(phone_of(member)), "member_code": member.member_code,
            "level": level_json(member.level), "points": member.points, "balance_fen": member.balance_fen,
            "total_spent_fen": member.total_spent_fen, "children": [child_json(c, on) for c in kids]}
