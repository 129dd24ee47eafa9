"""Merging two accounts of one shopper: everything moves into the member who already held the phone (the
"survivor"): points and stored value through MERGE_OUT/MERGE_IN ledger entries (both ledgers keep summing),
coupons, children, tags and orders; the WeChat identity moves too. The emptied account stays as a row with
`merged_into` set and can no longer log in.

Called by backend.members.accounts.attach_phone (a holder with nothing to lose merges at once) and by
backend.members.phone_claims (once the holder confirms or staff verify at a store).
"""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.members import balance, points
from backend.members.models import BalanceKind, Child, Coupon, Member, MemberTag, PointsKind
from backend.orders.models import Order
from backend.raw_sql import is_postgres
from backend.security import identity


async def merge(source_id: int, target_id: int, conn: BaseDBAsyncClient) -> Member:
    """Move everything of member `source_id` into `target_id` (same transaction)."""
    qs = Member.filter(id__in=[source_id, target_id]).using_db(conn).order_by("id")
    if is_postgres(conn):
        qs = qs.select_for_update()
    rows = {m.id: m for m in await qs}
    src, dst = rows[source_id], rows[target_id]
    ref = f"merge:{src.id}:{dst.id}"
    if src.points > 0:
        await points.debit(src.id, src.points, PointsKind.MERGE_OUT, conn, ref=ref, reason=f"并入会员 {dst.member_code}")
        await points.credit(dst.id, src.points, PointsKind.MERGE_IN, conn, ref=ref,
                            reason=f"会员 {src.member_code} 转入")
    if src.balance_fen > 0:
        await balance.change(src.id, -src.balance_fen, BalanceKind.MERGE_OUT, conn, ref=ref,
                             reason=f"并入会员 {dst.member_code}")
        await balance.change(dst.id, src.balance_fen, BalanceKind.MERGE_IN, conn, ref=ref,
                             reason=f"会员 {src.member_code} 转入")
    for c in await Coupon.filter(member_id=src.id).using_db(conn):
        # seq keeps (template, member, seq) unique: moved coupons get numbers after the survivor's own
        top = await Coupon.filter(member_id=dst.id, template_id=c.template_id).using_db(conn).count()
        await Coupon.filter(id=c.id).using_db(conn).update(member_id=dst.id, seq=top + c.seq + 1000)
    await Child.filter(member_id=src.id).using_db(conn).update(member_id=dst.id)
    held = set(await MemberTag.filter(member_id=dst.id).using_db(conn).values_list("tag", flat=True))
    await MemberTag.filter(member_id=src.id, tag__in=list(held) or [""]).using_db(conn).delete()
    await MemberTag.filter(member_id=src.id).using_db(conn).update(member_id=dst.id)
    await Order.filter(member_id=src.id).using_db(conn).update(member_id=dst.id)
    openid, unionid = src.openid, src.unionid
    await Member.filter(id=src.id).using_db(conn).update(openid=None, unionid=None, merged_into_id=dst.id)
    await identity.forget("member", src.id)  # its tokens now mean nobody: no cached identity either
    updates: dict[str, Any] = {"total_spent_fen": dst.total_spent_fen + src.total_spent_fen}
    if dst.openid is None and openid:
        updates["openid"] = openid
    if dst.unionid is None and unionid:
        updates["unionid"] = unionid
    if not dst.nickname and src.nickname:
        updates["nickname"] = src.nickname
    await Member.filter(id=dst.id).using_db(conn).update(**updates)
    return await Member.get(id=dst.id).using_db(conn)
