"""Stored value (储值): append-only BalanceEntry rows; members.balance_fen is always their sum.

Paying with balance is a guarded `balance_fen = balance_fen - n WHERE balance_fen >= n`, so two tills spending
the same balance at once cannot overdraw it. Top-ups post Dr CASH/BANK, Cr MEMBER_BALANCES (money received in
advance: a liability; backend.finance.postings.post_member_topup); paying an order with balance is posted by the
orders payment rule (Dr MEMBER_BALANCES, Cr CUSTOMER_ADVANCES). The staff route over top_up is
backend.members.topup.
"""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import Conflict, NotFound, ValidationError
from backend.finance.postings import TOPUP_ACCOUNTS, post_member_topup
from backend.members.models import BALANCE_KIND_ZH, BalanceEntry, BalanceKind, Member
from backend.raw_sql import fetch
from backend.timestamps import business_today, iso

MAX_TOPUP_FEN = 5_000_000  # one top-up at the counter: at most 50,000 元
TOPUP_METHOD_ZH = {"cash": "现金", "wechat": "微信支付", "alipay": "支付宝"}


class InsufficientBalance(Conflict):
    code = "insufficient_balance"
    default_message = "会员储值余额不足"


async def change(member_id: int, delta_fen: int, kind: BalanceKind, conn: BaseDBAsyncClient, *, reason: str = "",
                 order_id: int | None = None, ref: str | None = None, method: str = "",
                 location_id: int | None = None, user_id: int | None = None) -> BalanceEntry | None:
    """Add (delta > 0) or take (delta < 0, refused when short) stored value. Idempotent per (kind, ref)."""
    if delta_fen == 0:
        return None
    if ref is not None:
        prior = await BalanceEntry.get_or_none(member_id=member_id, kind=kind, ref=ref).using_db(conn)
        if prior is not None:
            return prior
    if delta_fen < 0:
        rows = await fetch(conn, "UPDATE members SET balance_fen = balance_fen + $1 WHERE id = $2 "
                                 "AND balance_fen + $1 >= 0 RETURNING balance_fen", [delta_fen, member_id])
        if not rows:
            raise InsufficientBalance()
    else:
        rows = await fetch(conn, "UPDATE members SET balance_fen = balance_fen + $1 WHERE id = $2 "
                                 "RETURNING balance_fen", [delta_fen, member_id])
        if not rows:
            raise ValidationError("会员不存在")
    return await BalanceEntry.create(
        member_id=member_id, delta_fen=delta_fen, kind=kind, reason=(reason or BALANCE_KIND_ZH[kind])[:128],
        order_id=order_id, ref=ref, method=method, location_id=location_id,
        balance_after_fen=int(rows[0]["balance_fen"]), created_by_id=user_id, using_db=conn,
    )


async def order_balance_hook(member_id: int, delta_fen: int, order: Any, conn: BaseDBAsyncClient) -> None:
    """Installed in backend.orders.stored_value by backend.wiring: order payments (delta < 0) and refunds (delta > 0)
    with stored value go through the ledger."""
    if delta_fen < 0:
        await change(member_id, delta_fen, BalanceKind.PAY, conn, order_id=order.id,
                     reason=f"订单 {order.order_no} 储值支付")
    else:
        await change(member_id, delta_fen, BalanceKind.REFUND, conn, order_id=order.id,
                     reason=f"订单 {order.order_no} 退款退回储值")


async def top_up(member_id: int, amount_fen: int, method: str, conn: BaseDBAsyncClient, *, ref: str,
                 location_id: int | None = None, user_id: int | None = None) -> BalanceEntry:
    """Money in at the counter: the balance grows and the ledger records the liability."""
    check_top_up(amount_fen, method)
    entry = await change(member_id, amount_fen, BalanceKind.TOPUP, conn, ref=ref, method=method,
                         location_id=location_id, user_id=user_id,
                         reason=f"储值充值（{TOPUP_METHOD_ZH.get(method, method)}）")
    assert entry is not None
    await post_member_topup(entry_id=entry.id, ref=ref, method=method, amount_fen=amount_fen,
                            location_id=location_id, conn=conn, user_id=user_id, date=business_today())
    return entry


def check_top_up(amount_fen: int, method: str) -> None:
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError("充值金额必须是大于 0 的整数（单位：分）",
                              details=[{"field": "amount_fen", "message": "必须大于 0"}])
    if amount_fen > MAX_TOPUP_FEN:
        raise ValidationError(f"单次充值不能超过 {MAX_TOPUP_FEN // 100:,} 元",
                              details=[{"field": "amount_fen", "message": "超过单次充值上限"}])
    if method not in TOPUP_ACCOUNTS:
        raise ValidationError("充值方式只能是现金、微信支付或支付宝",
                              details=[{"field": "method", "message": "取值不在允许范围内"}])


async def member_for_top_up(member_id: int, conn: BaseDBAsyncClient | None = None) -> Member:
    member = await Member.get_or_none(id=member_id).using_db(conn)
    if member is None:
        raise NotFound("会员不存在")
    if member.merged_into_id:
        raise ValidationError("该会员已合并到其他会员账户，请为合并后的会员充值",
                              details=[{"field": "member_id", "message": "会员已合并"}])
    return member


def entry_json(e: BalanceEntry) -> dict[str, Any]:
    kind = BalanceKind(e.kind)
    return {"id": e.id, "delta_fen": e.delta_fen, "kind": kind.value, "kind_name": BALANCE_KIND_ZH[kind],
            "reason": e.reason, "method": e.method, "order_id": e.order_id, "balance_after_fen": e.balance_after_fen,
            "created_at": iso(e.created_at)}
