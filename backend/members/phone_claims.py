"""Phone-number merge check: when a WeChat user verifies a phone number that belongs to another member who has
stored value or points, the two are not merged on the spot (a recycled number would hand the old member's
balance to whoever holds the number now). A claim waits for one of:

- the holder's own WeChat account confirming it (the same person on a new WeChat account): confirm_by_holder,
  or refusing it (refuse_by_holder: the number was recycled);
- staff verifying the shopper at a store (ID, the old card): verify_at_store, store-scoped and audited.

Either merges the claimant into the holder through backend.members.merging.merge (ledger entries for points
and stored value), and the member then logs in with the claimant's WeChat account (a member has one openid). Until then the claimant keeps its own fresh account, without the phone and the old balance.
A holder with no stored value and no points merges at once, as before (backend.members.accounts.attach_phone).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import InvalidState, NotFound
from backend.members import merging
from backend.members.models import Member, PhoneClaim, PhoneClaimStatus
from backend.security import Actor
from backend.stock.lookups import location_by_code
from backend.timestamps import iso

STATUS_ZH = {PhoneClaimStatus.PENDING: "待确认", PhoneClaimStatus.CONFIRMED: "原账户已确认，已合并",
             PhoneClaimStatus.VERIFIED: "门店已核验，已合并", PhoneClaimStatus.REFUSED: "原账户已拒绝"}
PENDING_MESSAGE = ("该手机号已绑定的会员账户有储值或积分，需原微信账号确认，或本人到门店由店员核验后合并；"
                   "在此之前您使用新的会员账户")


def needs_check(holder: Member) -> bool:
    return holder.balance_fen > 0 or holder.points > 0


async def open_claim(claimant: Member, holder: Member, digest: str, conn: BaseDBAsyncClient) -> PhoneClaim:
    """The claim of `claimant` on `holder`'s phone (one per pair: asking again answers the same claim)."""
    existing = await PhoneClaim.get_or_none(claimant_id=claimant.id, holder_id=holder.id).using_db(conn)
    if existing is not None:
        return existing
    try:
        async with in_transaction() as tx:  # savepoint: a concurrent identical claim wins, this one reads it
            return await PhoneClaim.create(claimant_id=claimant.id, holder_id=holder.id, phone_hash=digest,
                                           using_db=tx)
    except IntegrityError:
        return await PhoneClaim.get(claimant_id=claimant.id, holder_id=holder.id).using_db(conn)


def claim_json(c: PhoneClaim, *, side: str) -> dict[str, Any]:
    return {"id": c.id, "status": c.status.value, "status_name": STATUS_ZH[c.status], "side": side,
            "message": PENDING_MESSAGE if c.status == PhoneClaimStatus.PENDING and side == "claimant" else None,
            "created_at": iso(c.created_at),
            "decided_at": iso(c.decided_at)}


async def claims_of(member: Member) -> list[dict[str, Any]]:
    """Claims this member made, and claims made on this member's phone."""
    mine = await PhoneClaim.filter(claimant_id=member.id).order_by("-id")
    on_me = await PhoneClaim.filter(holder_id=member.id).order_by("-id")
    return [claim_json(c, side="claimant") for c in mine] + [claim_json(c, side="holder") for c in on_me]


async def _decide(claim_id: int, status: PhoneClaimStatus, *, allowed: tuple[PhoneClaimStatus, ...],
                  user: Any, location_id: int | None, check: Any) -> tuple[PhoneClaim, Member | None]:
    async with in_transaction() as conn:
        claim = await PhoneClaim.get_or_none(id=claim_id).using_db(conn)
        if claim is None or not check(claim):
            raise NotFound("手机号合并申请不存在")
        done = await PhoneClaim.filter(id=claim.id, status__in=list(allowed)).using_db(conn).update(
            status=status, decided_by_id=getattr(user, "id", None), location_id=location_id,
            decided_at=datetime.now(UTC))
        if not done:
            raise InvalidState(f"该申请{STATUS_ZH[claim.status]}", code="claim_decided")
        survivor = None
        if status in (PhoneClaimStatus.CONFIRMED, PhoneClaimStatus.VERIFIED):
            members = {m.id: m for m in await Member.filter(id__in=[claim.claimant_id, claim.holder_id])
                       .using_db(conn)}
            if any(m.merged_into_id is not None for m in members.values()) or len(members) != 2:
                raise InvalidState("其中一个会员账户已合并到其他账户", code="claim_stale")
            holder = members[claim.holder_id]
            if holder.phone_hash != claim.phone_hash:
                raise InvalidState("原会员账户已更换手机号", code="claim_stale")
            claimant = members[claim.claimant_id]
            survivor = await merging.merge(claim.claimant_id, claim.holder_id, conn)
            if claimant.openid and survivor.openid != claimant.openid:
                # The member now belongs to the WeChat account that verified the phone: the old account
                # handed it over (confirmation) or the shopper proved it is theirs (store).
                updates = {"openid": claimant.openid}
                if claimant.unionid:
                    updates["unionid"] = claimant.unionid
                await Member.filter(id=survivor.id).using_db(conn).update(**updates)
                survivor = await Member.get(id=survivor.id).using_db(conn)
        await record_audit(user, f"member.phone_claim_{status.value}", "phone_claim", claim.id,
                           via="api" if user is not None else "miniprogram", using_db=conn,
                           after={"claimant_id": claim.claimant_id, "holder_id": claim.holder_id,
                                  "location_id": location_id})
        return await PhoneClaim.get(id=claim.id).using_db(conn), survivor


async def confirm_by_holder(claim_id: int, holder: Member) -> tuple[PhoneClaim, Member | None]:
    """The holder's WeChat account agrees: merge the claimant into it."""
    return await _decide(claim_id, PhoneClaimStatus.CONFIRMED, allowed=(PhoneClaimStatus.PENDING,), user=None,
                         location_id=None, check=lambda c: c.holder_id == holder.id)


async def refuse_by_holder(claim_id: int, holder: Member) -> PhoneClaim:
    claim, _ = await _decide(claim_id, PhoneClaimStatus.REFUSED, allowed=(PhoneClaimStatus.PENDING,), user=None,
                             location_id=None, check=lambda c: c.holder_id == holder.id)
    return claim


async def verify_at_store(claim_id: int, *, actor: Actor, location_code: str) -> tuple[PhoneClaim, Member | None]:
    """Staff at `location_code` (their own store) checked the shopper in person: merge. Also after the holder's
    account refused (the holder may be the one who lost the old WeChat account)."""
    loc = await location_by_code(location_code)
    actor.require_location(loc.id)
    return await _decide(claim_id, PhoneClaimStatus.VERIFIED,
                         allowed=(PhoneClaimStatus.PENDING, PhoneClaimStatus.REFUSED), user=actor.user,
                         location_id=loc.id, check=lambda c: True)


async def pending_for_phone(digest: str) -> list[dict[str, Any]]:
    """Open claims on the member holding this phone (what the clerk sees when looking the member up)."""
    claims = await PhoneClaim.filter(phone_hash=digest, status__in=[PhoneClaimStatus.PENDING,
                                                                    PhoneClaimStatus.REFUSED]) \
        .order_by("id").select_related("claimant")
    return [{"id": c.id, "status": c.status.value, "status_name": STATUS_ZH[c.status],
             "claimant_member_code": c.claimant.member_code, "claimant_nickname": c.claimant.nickname,
             "created_at": iso(c.created_at)} for c in claims]
