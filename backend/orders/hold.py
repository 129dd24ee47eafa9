"""Order hold rules (订单审核): which paid orders stop in review before fulfilment.

HQ configures four rules (each off until enabled): a high value (total at or over a threshold), an address risk
(a delivery address that is incomplete or contains a blocklisted word), a member's first order, and a buyer's
remark. `hold_if_matched` runs when an order is paid in full (backend.orders.payments.settle): an order matching
any enabled rule moves paid -> review (backend.orders.state) with an OrderReview row naming why, its stock stays
reserved, and nothing ships it until a reviewer releases it (backend.orders.review). Counter (POS) sales are never
held: the shopper leaves with the goods.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.fieldcrypt import FieldDecryptError, unseal
from backend.money import yuan
from backend.orders.models import (
    HOLD_RULE_ZH,
    HoldRuleKind,
    Order,
    OrderHoldRule,
    OrderReview,
    OrderStatus,
)
from backend.orders.state import transition
from backend.org.models import Channel
from backend.timestamps import iso, utc_now

MIN_ADDRESS_CHARS = 8  # shorter than this cannot name province, city, district and street
MAX_KEYWORDS = 50
NOT_HELD_CHANNELS = frozenset({Channel.POS})


def plain(value: str) -> str:
    if not value:
        return ""
    try:
        return unseal(value)
    except FieldDecryptError:
        return value  # stored before fields were sealed


def normalised_address(order: Order) -> str:
    """The delivery address with whitespace removed (how two orders' addresses are compared)."""
    return "".join(plain(order.receiver_address).split())


def rule_dict(kind: HoldRuleKind, row: OrderHoldRule | None) -> dict[str, Any]:
    return {"kind": kind.value, "name": HOLD_RULE_ZH[kind], "enabled": bool(row and row.enabled),
            "threshold_fen": row.threshold_fen if row else 0, "keywords": list(row.keywords) if row else [],
            "updated_at": iso(row.updated_at) if row else None}


async def get_rules(conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    rows = {r.kind: r for r in await OrderHoldRule.all().using_db(conn)}
    return [rule_dict(k, rows.get(k)) for k in HoldRuleKind]


def _validate(kind: HoldRuleKind, enabled: bool, threshold_fen: int, keywords: list[str]) -> list[str]:
    words = [w.strip() for w in keywords if w.strip()]
    if len(words) > MAX_KEYWORDS:
        raise ValidationError(f"地址风险关键词最多 {MAX_KEYWORDS} 个",
                              details=[{"field": "keywords", "message": "数量过多"}])
    if kind == HoldRuleKind.HIGH_VALUE and enabled and threshold_fen <= 0:
        raise ValidationError("启用大额订单审核需要设置大于 0 的金额门槛",
                              details=[{"field": "threshold_fen", "message": "必须大于 0"}])
    return words


async def set_rule(kind: HoldRuleKind, *, enabled: bool, threshold_fen: int = 0, keywords: list[str] | None = None,
                   user: Any, via: str = "api") -> dict[str, Any]:
    """Change one rule (audited "order.hold_rule" with before and after)."""
    words = _validate(kind, enabled, threshold_fen, keywords or [])
    async with in_transaction() as conn:
        row = await OrderHoldRule.get_or_none(kind=kind).using_db(conn).select_for_update()
        before = rule_dict(kind, row)
        if row is None:
            row = OrderHoldRule(kind=kind)
        row.enabled, row.threshold_fen, row.keywords = enabled, threshold_fen, words
        row.updated_by_id = getattr(user, "id", None)
        await row.save(using_db=conn)
        after = rule_dict(kind, row)
        await record_audit(user, "order.hold_rule", "order_hold_rule", kind.value, via=via, using_db=conn,
                           before={k: before[k] for k in ("enabled", "threshold_fen", "keywords")},
                           after={k: after[k] for k in ("enabled", "threshold_fen", "keywords")})
    return after


async def _first_order(order: Order, conn: BaseDBAsyncClient) -> bool:
    if not order.member_id:
        return False
    return not await Order.filter(member_id=order.member_id, id__lt=order.id).exclude(
        status=OrderStatus.CANCELLED).using_db(conn).exists()


def _address_risk(order: Order, keywords: list[str]) -> str:
    if order.pickup:
        return ""
    address = normalised_address(order)
    missing = [label for label, value in (("收货人", order.receiver_name.strip()),
                                          ("联系电话", plain(order.receiver_phone).strip()), ("收货地址", address))
               if not value]
    if missing:
        return "收货信息不完整：缺少" + "、".join(missing)
    if len(address) < MIN_ADDRESS_CHARS:
        return f"收货地址过短（{len(address)} 个字），可能不完整"
    hits = [w for w in keywords if "".join(w.split()) in address]
    if hits:
        return "收货地址含风险关键词：" + "、".join(hits)
    return ""


async def reasons_for(order: Order, conn: BaseDBAsyncClient) -> list[dict[str, str]]:
    """The enabled rules this order matches, each with a Chinese message ([] = ship as usual)."""
    if order.channel in NOT_HELD_CHANNELS:
        return []
    rules = {r.kind: r for r in await OrderHoldRule.filter(enabled=True).using_db(conn)}
    out: list[dict[str, str]] = []
    high = rules.get(HoldRuleKind.HIGH_VALUE)
    if high is not None and high.threshold_fen > 0 and order.total_fen >= high.threshold_fen:
        out.append({"rule": HoldRuleKind.HIGH_VALUE.value,
                    "message": f"订单金额 {yuan(order.total_fen)} 达到大额审核门槛 {yuan(high.threshold_fen)}"})
    risk = rules.get(HoldRuleKind.ADDRESS_RISK)
    if risk is not None:
        why = _address_risk(order, list(risk.keywords))
        if why:
            out.append({"rule": HoldRuleKind.ADDRESS_RISK.value, "message": why})
    if HoldRuleKind.FIRST_ORDER in rules and await _first_order(order, conn):
        out.append({"rule": HoldRuleKind.FIRST_ORDER.value, "message": "该会员的首笔订单"})
    if HoldRuleKind.BUYER_REMARK in rules and order.buyer_remark.strip():
        out.append({"rule": HoldRuleKind.BUYER_REMARK.value,
                    "message": f"买家留言：{order.buyer_remark.strip()[:100]}"})
    return out


async def hold_if_matched(order: Order, *, conn: BaseDBAsyncClient, user: object | None = None,
                          now: datetime | None = None) -> bool:
    """A paid order matching an enabled rule: paid -> review with its reasons. Returns whether it was held."""
    reasons = await reasons_for(order, conn)
    if not reasons:
        return False
    note = "转入订单审核：" + "；".join(r["message"] for r in reasons)
    await transition(order, OrderStatus.REVIEW, user, note, conn, now=now)
    await OrderReview.create(order_id=order.id, reasons=reasons, created_at=now or utc_now(), using_db=conn)
    return True
