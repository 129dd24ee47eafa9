"""Price variance of offline counter sales (backend.orders.offline).

An offline sale is recorded at the prices the till charged: the goods left with the shopper, so it is never
refused. But a till that was offline may have had an old price list, or a clerk may have keyed a price by hand.
Each replayed sale is therefore compared, line by line, with the price list that applied at the store when it
happened (`backend.catalog.pricing.prices_for(..., at=occurred_at)`):

- a line is short when the till's unit price is below the list price and the shortfall (x qty) is more than the
  tolerance: max(TOLERANCE_FEN, TOLERANCE_BP of the line's list value);
- the sale is underpaid when what was collected is below the lines' list value by more than the same tolerance
  on the sale's list value (a discount given at the counter);

either flags the sale (OfflineSale.price_flagged, price_variance_fen = list value - paid, price_lines with the
expected and charged unit price of every line, fen), queues one WeCom notice to the store's managers (in the
sale's transaction) and lists it for review (`pending`), where a manager or HQ closes it with a note (audited).
The price list is what the till should have charged; promotions the till applied show as variances to explain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.catalog.pricing import prices_for
from backend.errors import InvalidState, NotFound, ValidationError
from backend.messaging import notifications
from backend.money import yuan
from backend.orders.models import OfflineSale
from backend.org.models import Channel, Location, Role, User
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.timestamps import iso, to_china

TOLERANCE_FEN = 100  # ¥1: rounding and small change at the counter
TOLERANCE_BP = 100  # 1% of the list value
KIND = notifications.KIND_PRICE_VARIANCE


@dataclass(frozen=True)
class Variance:
    expected_fen: int  # the lines at the price list of the moment
    paid_fen: int
    lines: list[dict[str, Any]]  # every line: sku_code, qty, expected / charged unit price, shortfall (fen)
    flagged: bool

    @property
    def variance_fen(self) -> int:
        return max(0, self.expected_fen - self.paid_fen)


def tolerance(list_value_fen: int) -> int:
    return max(TOLERANCE_FEN, list_value_fen * TOLERANCE_BP // 10000)


async def compare(*, location: Location, occurred_at: dt.datetime, charged: dict[str, int], qty: dict[str, int],
                  paid_fen: int, conn: BaseDBAsyncClient | None = None) -> Variance:
    """The sale's lines ({sku_code: unit price charged}, {sku_code: qty}) against the store's price list at
    `occurred_at`. Unknown SKUs are left out (placement refuses them)."""
    skus = {s.code: s for s in await Sku.filter(code__in=list(charged)).using_db(conn)}
    listed = await prices_for(skus.values(), Channel.POS, location, at=occurred_at, conn=conn)
    lines: list[dict[str, Any]] = []
    flagged = False
    expected = 0
    for code in sorted(skus):
        unit = listed[skus[code].id]
        short = max(0, (unit - charged[code]) * qty[code])
        expected += unit * qty[code]
        over = short > tolerance(unit * qty[code])
        flagged = flagged or over
        lines.append({"sku_code": code, "qty": qty[code], "expected_unit_fen": unit,
                      "charged_unit_fen": charged[code], "shortfall_fen": short, "over_tolerance": over})
    flagged = flagged or expected - paid_fen > tolerance(expected)
    return Variance(expected, paid_fen, lines, flagged)


async def flag(row: OfflineSale, v: Variance, *, location: Location, order_no: str, conn: BaseDBAsyncClient) -> None:
    """Keep the variance on the sale and queue the notice to the store's managers (kick after the commit)."""
    row.price_flagged, row.price_variance_fen, row.price_lines = True, v.variance_fen, v.lines
    await row.save(update_fields=["price_flagged", "price_variance_fen", "price_lines"], using_db=conn)
    users = await User.filter(is_active=True, wecom_userid__not_isnull=True, role=Role.STORE_MANAGER,
                              locations__location_id=location.id).using_db(conn).values_list("wecom_userid",
                                                                                             flat=True)
    shorts = "；".join(f"{ln['sku_code']} 应收 {yuan(ln['expected_unit_fen'])} 实收 {yuan(ln['charged_unit_fen'])}"
                      for ln in v.lines if ln["shortfall_fen"] > 0)
    text = (f"【离线售价差异】{location.name} 离线销售 {order_no}（{to_china(row.occurred_at):%m-%d %H:%M}）"
            f"按价目表应收 {yuan(v.expected_fen)}，实收 {yuan(v.paid_fen)}，少收 {yuan(v.variance_fen)}"
            + (f"：{shorts}" if shorts else "") + "。销售已入账，请在后台「离线售价差异」中核实。")
    await notifications.enqueue(conn, kind=KIND, user_ids=[str(u) for u in users],
                                payload=notifications.text_payload(text), dedupe_key=f"{KIND}:{row.id}")


def variance_dict(row: OfflineSale) -> dict[str, Any]:
    return {
        "id": row.id, "key": row.key, "location_code": row.location.code, "location_name": row.location.name,
        "order_id": row.order_id, "order_no": row.response.get("order", {}).get("order_no"),
        "occurred_at": iso(row.occurred_at), "variance_fen": row.price_variance_fen,
        "variance_text": yuan(row.price_variance_fen), "lines": row.price_lines, "clerk_id": row.clerk_id,
        "reviewed": row.price_reviewed_at is not None, "review_note": row.price_review_note,
        "reviewed_by_id": row.price_reviewed_by_id, "reviewed_at": iso(row.price_reviewed_at),
    }


async def listing(*, location_ids: list[int] | None, reviewed: bool | None, offset: int = 0,
                  limit: int = 50) -> dict[str, Any]:
    """Flagged offline sales of these locations (None: all), newest first, with how many wait for review."""
    qs = OfflineSale.filter(price_flagged=True)
    if location_ids is not None:
        qs = qs.filter(location_id__in=location_ids)
    pending = await qs.filter(price_reviewed_at__isnull=True).count()
    if reviewed is not None:
        qs = qs.filter(price_reviewed_at__isnull=not reviewed)
    total = await qs.count()
    rows = await qs.order_by("-occurred_at", "-id").offset(offset).limit(limit).select_related("location")
    return {"items": [variance_dict(r) for r in rows], "total": total, "pending": pending}


async def review(actor: Actor, sale_id: int, note: str) -> dict[str, Any]:
    """A store manager (their stores) or HQ closes a variance with what it was (a promotion, a keying error and
    the money collected, ...); audited."""
    text = (note or "").strip()
    if not text:
        raise ValidationError("请填写核实说明（如：促销价 / 已向顾客补收）",
                              details=[{"field": "note", "message": "缺少必填字段"}])
    async with in_transaction() as conn:
        qs = OfflineSale.filter(id=sale_id, price_flagged=True).using_db(conn)
        if is_postgres(conn):
            qs = qs.select_for_update()
        row = await qs.first()
        if row is None:
            raise NotFound("离线售价差异记录不存在")
        actor.require_location(row.location_id)
        if row.price_reviewed_at is not None:
            raise InvalidState("该离线售价差异已核实")
        row.price_review_note, row.price_reviewed_at = text[:255], datetime.now(UTC)
        row.price_reviewed_by_id = actor.user.id if actor.user else None
        await row.save(update_fields=["price_review_note", "price_reviewed_at", "price_reviewed_by_id"],
                       using_db=conn)
        await record_audit(actor.user, "pos.offline_price_review", "offline_sale", row.id,
                           before={"reviewed": False},
                           after={"note": row.price_review_note, "variance_fen": row.price_variance_fen},
                           using_db=conn)
        await row.fetch_related("location", using_db=conn)
        return variance_dict(row)
