"""Marketing consent per member and channel (PIPL): marketing goes only to members whose consent for that channel
is granted; every change is an append-only ConsentEvent saying when, how (source), what was said (detail), who
recorded it and from which address. Transactional messages (order shipped, pickup ready) do not ask consent.

Unsubscribing is one tap: an SMS reply "TD" / "退订" (backend.crm.replies) or the signed link of an e-mail
(backend.crm.tokens); both end here with `set_consent(..., granted=False)`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.crm.models import Channel, ConsentEvent, ConsentSource, MemberConsent, MemberEmail
from backend.errors import NotFound, ValidationError
from backend.fieldcrypt import blind_index, seal
from backend.members.models import Member
from backend.observability.context import current_client_ip
from backend.raw_sql import is_postgres
from backend.timestamps import iso


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError as exc:
        raise ValidationError(f"不支持的渠道 {value}（可选：sms、email）") from exc


async def set_consent(member_id: int, channel: Channel | str, granted: bool, source: ConsentSource, *,
                      detail: str = "", user: Any = None, conn: BaseDBAsyncClient | None = None,
                      now: datetime | None = None) -> bool:
    """Record the member's consent on a channel. True when it changed (an event is written only then, so a
    repeated TD reply or link click adds nothing). Staff changes are audited too."""
    channel = _channel(channel)
    now = now or datetime.now(UTC)
    if conn is None:
        async with in_transaction() as tx:
            return await set_consent(member_id, channel, granted, source, detail=detail, user=user, conn=tx, now=now)
    if not await Member.filter(id=member_id, deleted_at=None).using_db(conn).exists():
        raise NotFound("会员不存在")
    qs = MemberConsent.filter(member_id=member_id, channel=channel).using_db(conn)
    if is_postgres(conn):
        qs = qs.select_for_update()
    row = await qs.first()
    if row is not None and row.granted == granted:
        return False
    if row is None:
        await MemberConsent.create(member_id=member_id, channel=channel, granted=granted, source=source,
                                   changed_at=now, using_db=conn)
    else:
        await MemberConsent.filter(id=row.id).using_db(conn).update(granted=granted, source=source, changed_at=now)
    await ConsentEvent.create(member_id=member_id, channel=channel, granted=granted, source=source,
                              detail=detail[:255], user_id=getattr(user, "id", None), ip=current_client_ip()[:64],
                              using_db=conn)
    if user is not None:
        await record_audit(user, "crm.consent", "member", member_id,
                           before={"channel": channel.value, "granted": None if row is None else row.granted},
                           after={"channel": channel.value, "granted": granted, "source": source.value,
                                  "detail": detail[:255]}, via="admin", using_db=conn)
    return True


async def granted_members(channel: Channel, member_ids: list[int],
                          conn: BaseDBAsyncClient | None = None) -> set[int]:
    """Those of member_ids whose consent on the channel is granted now."""
    if not member_ids:
        return set()
    rows = await MemberConsent.filter(channel=channel, granted=True, member_id__in=member_ids).using_db(conn) \
        .values_list("member_id", flat=True)
    return {int(m) for m in rows}


async def is_granted(member_id: int, channel: Channel, conn: BaseDBAsyncClient | None = None) -> bool:
    return await MemberConsent.filter(member_id=member_id, channel=channel, granted=True).using_db(conn).exists()


def normalise_email(email: str) -> str:
    value = (email or "").strip()
    local, _, domain = value.rpartition("@")
    if not local or "." not in domain or len(value) > 254 or any(c.isspace() for c in value):
        raise ValidationError("邮箱格式不正确", details=[{"field": "email", "message": "邮箱格式不正确"}])
    return f"{local}@{domain.lower()}"


async def set_email(member_id: int, email: str, *, user: Any = None,
                    conn: BaseDBAsyncClient | None = None) -> None:
    """Store (sealed) the member's e-mail address; one member per address."""
    value = normalise_email(email)
    digest = blind_index(value.lower(), purpose="email")
    other = await MemberEmail.filter(email_hash=digest).using_db(conn).first()
    if other is not None and other.member_id != member_id:
        raise ValidationError("该邮箱已属于其他会员", code="conflict")
    existing = await MemberEmail.filter(member_id=member_id).using_db(conn).first()
    if existing is None:
        await MemberEmail.create(member_id=member_id, email=seal(value), email_hash=digest, using_db=conn)
    else:
        await MemberEmail.filter(id=existing.id).using_db(conn).update(email=seal(value), email_hash=digest)
    if user is not None:
        await record_audit(user, "crm.email", "member", member_id, after={"email_set": True}, via="admin",
                           using_db=conn)


async def consent_history(member_id: int) -> dict[str, Any]:
    if not await Member.filter(id=member_id).exists():
        raise NotFound("会员不存在")
    now = {c.channel.value: c.granted for c in await MemberConsent.filter(member_id=member_id)}
    events = await ConsentEvent.filter(member_id=member_id).order_by("-id").limit(200)
    return {
        "member_id": member_id,
        "consent": {c.value: now.get(c.value, False) for c in Channel},
        "has_email": await MemberEmail.filter(member_id=member_id).exists(),
        "events": [{"channel": e.channel.value, "granted": e.granted, "source": e.source.value, "detail": e.detail,
                    "user_id": e.user_id, "ip": e.ip, "at": iso(e.created_at)} for e in events],
    }
