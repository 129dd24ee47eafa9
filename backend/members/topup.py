"""Staff top up a member's stored value at the counter (POST /api/v1/pos/members/<id>/topup).

Clerks and store managers top up at their own store, hq_admin anywhere. The request must carry an
Idempotency-Key: the first answer for (staff user, key) is kept and replayed, the same key with another body is a
409, so a till that retries after a timeout never tops up twice. The balance entry (ref derived from the key),
its ledger posting (Dr CASH/BANK, Cr MEMBER_BALANCES), the audit row and the idempotency record are written in
one transaction; concurrent duplicates serialise on the record's unique index and replay the winner's answer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.idempotency import IdempotencyRecord, body_hash, kept_answer
from backend.members import balance
from backend.members.models import BalanceEntry, Member
from backend.org.models import Location
from backend.security import Actor


@dataclass(frozen=True)
class TopUpIn:
    member_id: int
    amount_fen: int
    method: str
    location_code: str
    note: str = ""


@dataclass(frozen=True)
class TopUpResult:
    body: dict[str, Any]
    status: int
    replayed: bool


def _scope(actor: Actor) -> str:
    assert actor.user is not None
    return f"member_topup:staff:{actor.user.id}"


async def _replay(scope: str, key: str, request_hash: str) -> TopUpResult | None:
    rec = await kept_answer(scope, key, request_hash, what="充值请求")
    if rec is None:
        return None
    return TopUpResult(rec.response, rec.status, replayed=True)


async def top_up_at_counter(actor: Actor, body: TopUpIn, key: str | None) -> TopUpResult:
    if not key or len(key) > 128:
        raise ValidationError("充值请求必须带 Idempotency-Key（1 到 128 个字符），以免重试时重复充值",
                              details=[{"field": "Idempotency-Key", "message": "缺少或长度不合法"}])
    balance.check_top_up(body.amount_fen, body.method)
    location = await Location.get_or_none(code=body.location_code)
    if location is None or not location.is_active:
        raise ValidationError(f"门店 {body.location_code} 不存在或已停用",
                              details=[{"field": "location_code", "message": "门店不存在"}])
    actor.require_location(location.id)  # clerks and managers: their own store only (403)
    scope = _scope(actor)
    request_hash = body_hash(body.__dict__)
    replay = await _replay(scope, key, request_hash)
    if replay is not None:
        return replay
    member = await balance.member_for_top_up(body.member_id)
    ref = "topup:" + hashlib.sha256(f"{scope}\x1f{key}".encode()).hexdigest()[:40]
    try:
        async with in_transaction() as conn:
            entry = await balance.top_up(member.id, body.amount_fen, body.method, conn, ref=ref,
                                         location_id=location.id, user_id=actor.user.id if actor.user else None)
            answer = {"topup": {
                "entry": balance.entry_json(entry), "method": body.method, "amount_fen": body.amount_fen,
                "method_name": balance.TOPUP_METHOD_ZH[body.method], "location_code": location.code,
                "note": body.note,
                "member": {"id": member.id, "member_code": member.member_code, "nickname": member.nickname,
                           "balance_fen": entry.balance_after_fen},
            }}
            await IdempotencyRecord.create(scope=scope, key=key, request_hash=request_hash, status=201,
                                           response=answer, using_db=conn)
            await record_audit(actor.user, "member.topup", "member", member.id, using_db=conn,
                               after={"amount_fen": body.amount_fen, "method": body.method,
                                      "location_code": location.code, "balance_entry_id": entry.id,
                                      "balance_after_fen": entry.balance_after_fen, "note": body.note})
    except IntegrityError:
        replay = await _replay(scope, key, request_hash)  # a concurrent duplicate committed first
        if replay is not None:
            return replay
        raise
    return TopUpResult(answer, 201, replayed=False)


async def ledger_json(member: Member, limit: int = 200) -> dict[str, Any]:
    """The member's stored-value ledger, newest first, and the balance it sums to."""
    rows = await BalanceEntry.filter(member_id=member.id).order_by("-id").limit(limit)
    fresh = await Member.get(id=member.id)
    return {"items": [balance.entry_json(e) for e in rows], "balance_fen": fresh.balance_fen}
