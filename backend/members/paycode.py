"""Stored value is spent at the counter only with the member's confirmation: a one-time payment code.

The member's mini-program asks for a code (POST /api/v1/members/me/pay-code) and shows it as a barcode on the
"会员码" page, asking for a new one every 60 s. A code is 18 digits beginning with PREFIX "88", so it never
collides with a WeChat (10-15) or Alipay (25-30) payment code, which backend.codepay routes by their first two
digits. It lives TTL_S seconds, is used once, and a new code replaces the member's unused ones (they are marked
superseded and kept KEEP_DAYS, so that a sale the counter made with one while offline can be checked later
against the moment it happened: `consume(..., at=that moment)`).

Every stored-value payment (backend.orders.payments.record_payment, method "balance") consumes one in the
payment's own transaction: the code must be unexpired, unused and the order's member's. The consumption is a
guarded UPDATE (... WHERE used_at IS NULL), so of two concurrent payments with one code exactly one succeeds,
and a payment that fails later gives the code back by rolling back with it. Only the code's SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.members.models import Member, MemberPayCode
from backend.orders.stored_value import (
    PayCodeInvalid,
    PayCodeRefused,
    PayCodeRequired,
    audit_refusal,
)
from backend.raw_sql import execute, fetch, is_postgres
from backend.timestamps import iso

# The refusals and their audit are declared by orders (the payment raises them), re-exported here.
__all__ = ["PayCodeInvalid", "PayCodeRefused", "PayCodeRequired", "audit_refusal", "check", "consume", "issue",
           "looks_like", "member_of"]

PREFIX = "88"
LENGTH = 18
TTL_S = 60
CLOCK_SKEW = timedelta(minutes=2)  # a till's clock behind the server's, for a code checked at a sale's moment
KEEP_DAYS = 7  # unused codes are kept this long after they expire (offline counter sales), then deleted
FRESH_HINT = "请会员在小程序「会员码」页刷新后出示新码"


def looks_like(code: str | None) -> bool:
    text = (code or "").strip()
    return len(text) == LENGTH and text.isdigit() and text.startswith(PREFIX)


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().encode()).hexdigest()


def _new_code() -> str:
    return PREFIX + "".join(secrets.choice("0123456789") for _ in range(LENGTH - len(PREFIX)))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def issue(member: Member, *, now: datetime | None = None) -> dict[str, Any]:
    """A fresh code for the member; their earlier unused codes stop working."""
    now = now or datetime.now(UTC)
    expires = now + timedelta(seconds=TTL_S)
    for _ in range(5):
        code = _new_code()
        try:
            async with in_transaction() as conn:
                await execute(conn, "UPDATE member_pay_codes SET superseded_at = $2 WHERE member_id = $1 "
                                    "AND used_at IS NULL AND superseded_at IS NULL", [member.id, now])
                await execute(conn, "DELETE FROM member_pay_codes WHERE member_id = $1 AND used_at IS NULL "
                                    "AND expires_at < $2", [member.id, now - timedelta(days=KEEP_DAYS)])
                await MemberPayCode.create(member_id=member.id, code_hash=_hash(code), expires_at=expires,
                                           using_db=conn)
            return {"code": code, "expires_at": iso(expires), "expires_in": TTL_S,
                    "refresh_in": TTL_S, "member_code": member.member_code}
        except IntegrityError:  # a collision with a live code (10^16 space): draw again
            continue
    raise RuntimeError("could not draw a unique member pay code")


async def _find(code: str, conn: BaseDBAsyncClient | None, *, lock: bool = False) -> MemberPayCode | None:
    qs = MemberPayCode.filter(code_hash=_hash(code))
    if conn is not None:
        qs = qs.using_db(conn)
        if lock and is_postgres(conn):
            qs = qs.select_for_update()
    return await qs.first()


def _refuse(row: MemberPayCode | None, member_id: int, now: datetime, skew: timedelta = timedelta(0)) -> None:
    """`skew`: how far the clock that said `now` may be off (a till's, for an offline sale's moment)."""
    if row is None:
        raise PayCodeInvalid()
    if row.member_id != member_id:
        raise PayCodeInvalid("储值付款码不属于本单会员，请核对会员，并由会员本人出示其小程序「会员码」页的储值付款码",
                             code="member_code_mismatch")
    if row.used_at is not None:
        raise PayCodeInvalid(f"储值付款码已使用过，{FRESH_HINT}", code="member_code_used")
    ended = _aware(row.expires_at) if row.superseded_at is None else min(_aware(row.expires_at),
                                                                           _aware(row.superseded_at))
    if ended + skew <= now:
        raise PayCodeInvalid(f"储值付款码已过期，{FRESH_HINT}", code="member_code_expired")
    if _aware(row.created_at) - skew > now:
        raise PayCodeInvalid(f"储值付款码在销售时间之后才生成，{FRESH_HINT}", code="member_code_invalid")


async def check(member_id: int, code: str | None, conn: BaseDBAsyncClient | None = None) -> None:
    """Refuse (403) unless `code` is a live code of this member; consumes nothing (the counter checks before it
    charges a WeChat / Alipay code, so a bad stored-value code never costs a reversal)."""
    if not code or not code.strip():
        raise PayCodeRequired()
    if not looks_like(code):
        raise PayCodeInvalid()
    _refuse(await _find(code, conn), member_id, datetime.now(UTC))


async def consume(member_id: int, code: str | None, order_id: int, conn: BaseDBAsyncClient, *,
                  at: datetime | None = None) -> None:
    """Use the code for this member's payment, in the payment's transaction: exactly once, or a 403. `at`: the
    moment the code was shown (an offline counter sale recorded later): it must have been live then."""
    if not code or not code.strip():
        raise PayCodeRequired()
    if not looks_like(code):
        raise PayCodeInvalid()
    now = datetime.now(UTC)
    row = await _find(code, conn, lock=True)
    if at is None:
        _refuse(row, member_id, now)
    else:
        _refuse(row, member_id, _aware(at), CLOCK_SKEW)
    assert row is not None
    used = await fetch(conn, "UPDATE member_pay_codes SET used_at = $1, order_id = $2 WHERE id = $3 "
                             "AND used_at IS NULL RETURNING id", [now, order_id, row.id])
    if not used:  # a concurrent payment took it between the read and the update
        raise PayCodeInvalid(f"储值付款码已使用过，{FRESH_HINT}", code="member_code_used")


async def member_of(code: str, *, at: datetime | None = None) -> Member | None:
    """The member a code belongs to if it is (or, with `at`, was at that moment) live and unused: the POS scan
    finds the member by it, an offline sale its member; None for anything else."""
    if not looks_like(code):
        return None
    row = await _find(code, None)
    if row is None:
        return None
    try:
        if at is None:
            _refuse(row, row.member_id, datetime.now(UTC))
        else:
            _refuse(row, row.member_id, _aware(at), CLOCK_SKEW)
    except PayCodeInvalid:
        return None
    return await Member.get_or_none(id=row.member_id, merged_into_id=None, deleted_at=None)
