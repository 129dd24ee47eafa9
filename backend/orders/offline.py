"""Counter sales made while the till was offline, recorded when the till is back online.

The till keeps each sale with its Idempotency-Key and the moment it happened, and sends them in order (batch,
POST /api/v1/pos/offline-sales). Each sale is recorded in its own transaction, in the order sent:

- **Never twice**: one `offline_sales` row per key (unique index, written first in the sale's transaction):
  a resend answers the kept answer (status "duplicate"); a concurrent resend waits on the index and then answers
  the same. A sale whose answer was lost when it went to POST /orders with that key (the till believed it was
  offline) is found by the order's idempotency record and recorded as already there (no second order).
- **Never refused for stock**: the goods left with the shopper. What the books no longer have free at the store
  is bridged and raised as a stock discrepancy for the store manager (backend.stock.discrepancies), so stocks
  rows never go negative and the sale is booked in full.
- **Its own time**: the order is placed, paid and completed at the moment it happened (placed_at, events), at
  the prices the counter charged (the till's unit prices; payments below their sum are a discount spread over the
  lines, above it a refusal). Every ledger entry
  of the sale is posted on its business day (China); if that month is closed, on the first day of the next open
  month, with a note saying so (backend.finance.ledger.posting_on).
- **Its price checked, not refused**: each line is compared with the store's price list at the moment of the
  sale; a till that charged less (beyond a tolerance), or collected less than the list value, flags the sale
  with the variance per line, tells the store manager and lists it for review (backend.orders.offline_prices).
- Cash, and stored value with the member's one-time code (会员码) scanned at the counter: the code is checked
  against the moment of the sale (issued before it, not expired, replaced or used by then; codes are kept a week,
  backend.members.paycode), the member is the code's, and the balance is spent when the sale is recorded (a
  balance short by then refuses that sale: the store collects otherwise). A WeChat / Alipay payment code is
  charged by the provider while the request waits, so it is never taken offline (the till says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.errors import AppError, Conflict, ValidationError
from backend.finance.ledger import BusinessDate, first_open_day, posting_on
from backend.idempotency import IdempotencyRecord, body_hash, check_key
from backend.messaging import notifications
from backend.orders import offline_prices, stored_value
from backend.orders.models import OfflineSale, Order
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, idempotency_scope, place_order
from backend.orders.pricing import PricingContext, charge_as_sold
from backend.org.models import Channel, Location
from backend.security import Actor
from backend.security.actor import member_model
from backend.stock import discrepancies
from backend.stock.models import StockDiscrepancy
from backend.timestamps import iso, to_china

MAX_SALES = 50  # per batch
MAX_AGE = dt.timedelta(days=92)  # a sale older than this is a till clock gone wrong, not a sale to post
FUTURE_SKEW = dt.timedelta(minutes=10)  # the till's clock may run a little ahead of the server's
OFFLINE_METHODS = frozenset({"cash", "balance"})
SOURCE = "offline_sale"
PRICES = "offline_prices"  # pricing option: {sku_code: unit price the counter charged}
PAID = "offline_paid"


@dataclass(frozen=True)
class OfflineLine:
    sku_code: str
    qty: int
    unit_price_fen: int


@dataclass(frozen=True)
class OfflinePayment:
    method: str
    amount_fen: int
    auth_code: str | None = None  # "balance": the member's one-time stored-value code scanned at the counter


@dataclass(frozen=True)
class OfflineSaleIn:
    key: str
    occurred_at: dt.datetime
    location_code: str
    items: list[OfflineLine]
    payments: list[OfflinePayment]
    member_id: int | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # what the till showed (receipt no ...), kept in the hash

    def canonical(self) -> dict[str, Any]:
        body = asdict(self)
        body["occurred_at"] = iso(to_china(self.occurred_at))
        return body


async def offline_pricing(ctx: PricingContext) -> None:
    """Pricing step (stage "as sold", backend.wiring): the counter already charged these prices."""
    prices = ctx.options.get(PRICES)
    if prices is None:
        return
    ctx.handled.update({PRICES, PAID})
    charge_as_sold(ctx, [int(prices[ln.sku.code]) for ln in ctx.lines], int(ctx.options[PAID]))
    ctx.notes.append("离线销售，按收银时价格入账")


def _bad(field_name: str, message: str) -> ValidationError:
    return ValidationError(message, details=[{"field": field_name, "message": message}])


def _check(sale: OfflineSaleIn, now: dt.datetime) -> dict[str, int]:
    """Refusals that no resend can fix (the till marks the sale failed). Returns {sku_code: unit price}."""
    check_key(sale.key)
    if sale.occurred_at.tzinfo is None:
        raise _bad("occurred_at", "销售时间必须带时区（如 2026-01-01T09:00:00+08:00）")
    if sale.occurred_at > now + FUTURE_SKEW:
        raise _bad("occurred_at", "销售时间晚于服务器当前时间，请检查收银设备的时钟")
    if sale.occurred_at < now - MAX_AGE:
        raise _bad("occurred_at", f"销售时间早于 {MAX_AGE.days} 天前，请检查收银设备的时钟或联系总部补录")
    if not sale.items:
        raise _bad("items", "请至少包含一件商品")
    if not sale.payments:
        raise _bad("payments", "离线销售必须登记收款方式")
    for n, p in enumerate(sale.payments):
        if p.method not in OFFLINE_METHODS:
            raise _bad(f"payments.{n}.method", "离线销售只能收现金或会员储值；微信、支付宝付款码需要联网")
        if p.method == "balance" and not p.auth_code:
            raise stored_value.PayCodeRequired()
    if sum(p.method == "balance" for p in sale.payments) > 1:
        raise _bad("payments", "一笔离线销售只能有一个会员储值付款")
    prices: dict[str, int] = {}
    for n, ln in enumerate(sale.items):
        if prices.setdefault(ln.sku_code, ln.unit_price_fen) != ln.unit_price_fen:
            raise _bad(f"items.{n}.unit_price_fen", f"商品 {ln.sku_code} 在同一笔销售中有两个价格")
    gross = sum(ln.unit_price_fen * ln.qty for ln in sale.items)
    paid = sum(p.amount_fen for p in sale.payments)
    if paid > gross:
        # Below the lines' sum is a discount the counter gave (spread over the lines); above it is an error.
        raise _bad("payments", f"收款合计 {paid / 100:.2f} 元超过商品合计 {gross / 100:.2f} 元")
    return prices


def _day_and_note(happened: dt.date, ledger_day: dt.date, at: dt.datetime) -> tuple[str, str]:
    """(the note kept with the sale, the note every ledger memo carries)."""
    moment = f"{to_china(at):%Y-%m-%d %H:%M}"
    if ledger_day == happened:
        return "", f"离线销售，发生于 {moment}"
    note = f"发生于 {happened:%Y-%m-%d}，{happened:%Y-%m} 已结账，记入 {ledger_day:%Y-%m-%d}"
    return note, f"离线销售{note}"


async def _kept(sale: OfflineSaleIn, request_hash: str) -> dict[str, Any] | None:
    row = await OfflineSale.get_or_none(key=sale.key)
    if row is None:
        return None
    if row.request_hash != request_hash:
        raise Conflict("该离线单号已用于另一笔内容不同的销售")
    return {**row.response, "status": "duplicate"}


async def _answer(order: Order, sale: OfflineSaleIn, ledger_day: dt.date, note: str,
                  found: list[StockDiscrepancy], skus: dict[int, Sku]) -> dict[str, Any]:
    return {
        "key": sale.key,
        "order": {"id": order.id, "order_no": order.order_no, "status": order.status.value,
                  "total_fen": order.total_fen, "placed_at": iso(order.placed_at)},
        "occurred_at": iso(to_china(sale.occurred_at)),
        "ledger_date": iso(ledger_day),
        "ledger_note": note,
        "discrepancies": [{"id": d.id, "sku_code": skus[d.sku_id].code, "qty_sold": d.qty_sold,
                           "qty_available": d.qty_available, "qty_short": d.qty_short} for d in found],
    }


async def _online_already(actor: Actor, sale: OfflineSaleIn, location: Location, request_hash: str,
                          ledger_day: dt.date) -> dict[str, Any] | None:
    """The sale reached POST /orders with this key before (the till never saw the answer): keep it as is."""
    rec = await IdempotencyRecord.get_or_none(scope=idempotency_scope(actor), key=sale.key)
    if rec is None or not isinstance(rec.response, dict) or "order" not in rec.response:
        return None
    order = await Order.get(id=int(rec.response["order"]["id"]))
    answer = await _answer(order, sale, ledger_day, "该笔销售在断网前已到达服务器，未重复记录", [], {})
    await OfflineSale.create(key=sale.key, request_hash=request_hash, location_id=location.id,
                             clerk_id=actor.user.id if actor.user else None, order_id=order.id,
                             occurred_at=sale.occurred_at, ledger_date=ledger_day,
                             ledger_note=answer["ledger_note"], already_online=True, response=answer)
    return {**answer, "status": "duplicate"}


async def record_sale(actor: Actor, sale: OfflineSaleIn, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Record one offline sale (or answer the kept result of an earlier send). Raises AppError (nothing written)
    for a sale that can never be recorded as sent."""
    now = now or dt.datetime.now(dt.UTC)
    prices = _check(sale, now)
    request_hash = body_hash(sale.canonical())
    kept = await _kept(sale, request_hash)
    if kept is not None:
        return kept
    location = await Location.get_or_none(code=sale.location_code)
    if location is None:
        raise _bad("location_code", f"门店 {sale.location_code} 不存在")
    actor.require_location(location.id)
    happened = to_china(sale.occurred_at).date()
    ledger_day = await first_open_day(happened)
    sale_note, memo_note = _day_and_note(happened, ledger_day, sale.occurred_at)
    member_id = sale.member_id
    code = next((p.auth_code for p in sale.payments if p.method == "balance"), None)
    if code:
        # Stored value: the member is the code's, if the code was live when the sale happened.
        owner = await stored_value.code_owner_id(code, at=sale.occurred_at)
        if owner is None:
            raise stored_value.PayCodeInvalid("储值付款码在销售时已失效或已使用，请会员核对，并改用其他方式收款",
                                              code="member_code_invalid")
        if member_id is not None and member_id != owner:
            raise stored_value.PayCodeInvalid("储值付款码不属于本单会员", code="member_code_mismatch")
        member_id = owner
    member_code = None
    if member_id is not None:
        codes = await member_model().filter(id=member_id, merged_into_id=None, deleted_at=None).values_list(
            "member_code", flat=True)
        if not codes:
            raise _bad("member_id", "会员不存在")
        member_code = codes[0]
    try:
        online = await _online_already(actor, sale, location, request_hash, ledger_day)
        if online is not None:
            return online
        answer, found = await _record(actor, sale, location, prices, member_code, request_hash, ledger_day,
                                      sale_note, memo_note)
    except IntegrityError:
        # A concurrent send of the same key committed first: answer what it recorded.
        kept = await _kept(sale, request_hash)
        if kept is None:
            raise
        return kept
    if found or answer["price_variance"]["flagged"]:
        notifications.kick()
    return {**answer, "status": "recorded"}


async def _record(actor: Actor, sale: OfflineSaleIn, location: Location, prices: dict[str, int],
                  member_code: str | None, request_hash: str, ledger_day: dt.date, sale_note: str,
                  memo_note: str) -> tuple[dict[str, Any], list[StockDiscrepancy]]:
    user_id = actor.user.id if actor.user else None
    merged: dict[str, int] = {}
    for ln in sale.items:
        merged[ln.sku_code] = merged.get(ln.sku_code, 0) + ln.qty
    skus_by_code = {s.code: s for s in await Sku.filter(code__in=list(merged))}
    async with in_transaction() as conn:
        # First: the key's row. A concurrent send of the same key waits here and then fails on the unique index.
        row = await OfflineSale.create(key=sale.key, request_hash=request_hash, location_id=location.id,
                                       clerk_id=user_id, occurred_at=sale.occurred_at, ledger_date=ledger_day,
                                       ledger_note=sale_note, response={}, using_db=conn)
        found: list[StockDiscrepancy] = []
        with posting_on(BusinessDate(ledger_day, memo_note)):
            for code in sorted(merged, key=lambda c: skus_by_code[c].id if c in skus_by_code else 0):
                sku = skus_by_code.get(code)
                if sku is None:
                    continue  # placement refuses it with the field named
                d = await discrepancies.cover_shortfall(sku=sku, location=location, qty=merged[code],
                                                        source_type=SOURCE, source_id=sale.key,
                                                        occurred_at=sale.occurred_at, conn=conn, user_id=user_id)
                if d is not None:
                    found.append(d)
            placement = await place_order(actor, OrderRequest(
                channel=Channel.POS.value, items=[LineIn(c, q) for c, q in merged.items()],
                location_code=location.code, idempotency_key=sale.key, request_hash=body_hash({"offline_sale": request_hash}),
                member_code=member_code,
                payments_in=[PaymentIn(p.method, p.amount_fen, member_pay_code=p.auth_code, code_at=sale.occurred_at)
                             if p.method == "balance" else PaymentIn(p.method, p.amount_fen) for p in sale.payments],
                options={PRICES: prices, PAID: sum(p.amount_fen for p in sale.payments)},
                note=(f"离线销售 {sale.note}".strip())[:255], now=sale.occurred_at))
        order = await Order.get(id=placement.order_id).using_db(conn)
        for d in found:
            d.order_no = order.order_no
            await d.save(update_fields=["order_no"], using_db=conn)
        await discrepancies.tell_managers(found, location=location, order_no=order.order_no, conn=conn)
        answer = await _answer(order, sale, ledger_day, sale_note, found, {s.id: s for s in skus_by_code.values()})
        variance = await offline_prices.compare(location=location, occurred_at=sale.occurred_at, charged=prices,
                                                qty=merged, paid_fen=sum(p.amount_fen for p in sale.payments),
                                                conn=conn)
        if variance.flagged:
            await offline_prices.flag(row, variance, location=location, order_no=order.order_no, conn=conn)
        answer["price_variance"] = {"flagged": variance.flagged, "variance_fen": variance.variance_fen}
        row.order_id, row.short_units, row.response = order.id, sum(d.qty_short for d in found), answer
        await row.save(update_fields=["order_id", "short_units", "response"], using_db=conn)
        await record_audit(actor.user, "pos.offline_sale", "order", order.id, after={
            "key": sale.key, "order_no": order.order_no, "occurred_at": answer["occurred_at"],
            "ledger_date": answer["ledger_date"], "ledger_note": sale_note, "total_fen": order.total_fen,
            "short": [{"sku_code": x["sku_code"], "qty_short": x["qty_short"]} for x in answer["discrepancies"]],
        }, using_db=conn)
    return answer, found


async def sync_sales(actor: Actor, sales: list[OfflineSaleIn]) -> dict[str, Any]:
    """Record a batch in the order sent; one sale's refusal does not stop the others (the till keeps it)."""
    if len(sales) > MAX_SALES:
        raise _bad("sales", f"一次最多同步 {MAX_SALES} 笔离线销售")
    results: list[dict[str, Any]] = []
    for sale in sales:
        try:
            results.append(await record_sale(actor, sale))
        except AppError as exc:
            if isinstance(exc, stored_value.PayCodeRefused):
                await stored_value.audit_refusal(actor.user, exc, via="offline_sale")
            results.append({"key": sale.key, "status": "error", "error": exc.to_body()["error"]})
    return {
        "results": results,
        "recorded": sum(r["status"] == "recorded" for r in results),
        "duplicates": sum(r["status"] == "duplicate" for r in results),
        "failed": sum(r["status"] == "error" for r in results),
    }
