"""A chain of any size with history, for measuring: `python -m backend.manage demo --stores 50 --skus 5000
--members 200000 --days 365` (PostgreSQL only, an empty database).

Master data (stores, a catalogue, members) goes in through the ORM's bulk insert; the trading history goes in
with COPY, as rows equal to what the services write (docs/ops.md#reports-at-scale-issue-21). Every store sells
at its counter and ships the online orders of the channel mix (mini-program, the six marketplaces with their
order ids, live), every day:

- orders (paid and completed: picked up at the counter, or sent by a carrier with the receiver sealed at rest and
  delivered), order_items (qty shipped, cogs), order_payments (cash / WeChat / Alipay, "platform" for the
  marketplaces), order_events, reservations (consumed), shipments and shipment_lines;
- returns (1 % of counter sales, 4 % of online orders, 2-10 days later, whole or one unit, restocked into the
  batch they left or written off): return_requests and return_lines, the RETURN movement, the refund to the
  tender paid with (refunds row), the order and its lines in their final state (qty_returned, refunded_fen,
  returned when everything came back) and events as returns.* and refunds.refund_order write them;
- purchasing: one supplier per top category (payment terms 7, 15 or 30 days); every week, on its first morning,
  each store receives from each supplier the units it sells that week: the purchase order (received; ordered
  three days before), its receipt and receipt lines, the RECEIPT movement, the supplier's invoice equal to the
  receipt (matched), and every Friday a payment run paying the invoices due by then (see _Purchasing);
- stock_movements: the opening count (import: a few spare units per stock row), the weekly receipts, then per
  line a reserve (+reserved) and a sale (-on hand, -reserved), so the journal replays to the stocks rows and no
  row ever goes below its spare units; inventory_valuations at the moving average;
- the ledger through the services' own line builders (finance.postings payment_lines, shipment_lines,
  return_receipt_lines, refund_lines, purchase_receipt_lines, supplier_payment_lines; opening stock Dr Inventory
  / Cr Equity), every entry balanced; then the summaries rebuilt from the lines;
- member points in the order things happened: an earn entry per paid member order (points_for_payment at the
  member's level, which rises with the spend as members.checkout does), a reverse entry at a refund (the share
  refunded, as far as the member still has them); members.points / total_spent_fen / level equal to their ledger.

Not written: promotions, audit rows (the purchase orders have no creator or approver: the generator has no
staff), channel stock pushes. One cost per SKU (the suppliers sell at it), so the moving average never moves.
Seeded: the same chain for the same flags.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.audit.models import AuditLog
from backend.catalog.models import Brand, Category, Product, Sku
from backend.fieldcrypt import seal
from backend.finance import accounts, summaries
from backend.finance.accounts import account_id, ensure_chart
from backend.finance.ledger import Line
from backend.finance.models import (
    InventoryValuation,
    JournalEntry,
    JournalLine,
    LedgerDay,
    LedgerSkuDay,
    LedgerSkuMonth,
)
from backend.finance.postings import (
    PurchaseLine,
    ReturnCost,
    SaleLine,
    payment_lines,
    purchase_receipt_lines,
    refund_lines,
    return_receipt_lines,
    shipment_lines,
    supplier_payment_lines,
)
from backend.members.models import Member, PointsEntry, PointsKind
from backend.members.points import default_expiry
from backend.members.rules import level_for_spend, points_for_payment, rank
from backend.money import prorate, yuan
from backend.orders.models import (
    Order,
    OrderDiscount,
    OrderEvent,
    OrderItem,
    OrderPayment,
    OrderStatus,
    Refund,
    RefundStatus,
    ReturnLine,
    ReturnRequest,
    ReturnStatus,
    Shipment,
    ShipmentLine,
)
from backend.orders.serializers import PAYMENT_METHOD_ZH
from backend.org.models import Channel, Location, LocationKind, Role, User, UserLocation
from backend.promotions import rules as promo_rules
from backend.promotions import workflow as promo_workflow
from backend.promotions.models import PromotionApplication, PromotionKind
from backend.purchasing.models import (
    InvoiceStatus,
    PaymentRun,
    PaymentRunStatus,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    Supplier,
    SupplierInvoice,
    SupplierProduct,
)
from backend.purchasing.orders import vat_of
from backend.purchasing.settings_store import DEFAULTS as PURCHASING_POLICY
from backend.raw_sql import execute, is_postgres
from backend.security.actor import load_staff_actor
from backend.security.passwords import hash_password
from backend.stock.models import Batch, MovementKind, Reservation, ReservationStatus, Stock, StockMovement
from backend.timestamps import CHINA, business_today, clock_at

TOPS = ["奶粉", "纸尿裤", "湿巾", "奶瓶", "辅食", "洗护", "玩具"]
# the channel mix (weights); who pays how; the share of buyers who are members; the share of orders returned
CHANNEL_MIX = ((Channel.POS, 55), (Channel.MINIPROGRAM, 15), (Channel.TAOBAO, 6), (Channel.JD, 6), (Channel.PDD, 4),
               (Channel.DOUYIN, 4), (Channel.KUAISHOU, 2), (Channel.WECHAT_SHOP, 3), (Channel.LIVE, 5))
PLATFORMS = frozenset({Channel.TAOBAO, Channel.JD, Channel.PDD, Channel.DOUYIN, Channel.KUAISHOU,
                       Channel.WECHAT_SHOP})
METHODS = {Channel.POS: ("cash", "wechat", "alipay"), Channel.MINIPROGRAM: ("wechat",),
           Channel.LIVE: ("wechat", "alipay"), **{c: ("platform",) for c in PLATFORMS}}
MEMBER_SHARE = {Channel.POS: 0.4, Channel.MINIPROGRAM: 1.0, Channel.LIVE: 0.5, **{c: 0.0 for c in PLATFORMS}}
RETURN_SHARE = {Channel.POS: 0.01, **{c: 0.04 for c, _ in CHANNEL_MIX if c != Channel.POS}}
CARRIERS = ("顺丰速运", "中通快递", "京东物流")
WEEKDAY = (0.85, 0.85, 0.9, 0.95, 1.1, 1.5, 1.4)  # Monday .. Sunday
TERMS_DAYS = (7, 15, 30)  # the suppliers' payment terms, in turn
PAY_WEEKDAY = 4  # payment runs on Fridays
PROMO_EVERY, PROMO_WEEK = 4, 1  # a week of 10 % off the first top category in every four (the second, sixth ..)
PROMO_OFF_BP, PROMO_LIFT = 1000, 0.35  # its discount; the share of orders that add one of its SKUs that week


@dataclass(frozen=True)
class ScaleSpec:
    stores: int = 5
    skus: int = 200
    members: int = 1000
    days: int = 30
    orders_per_store_day: int = 40
    seed: int = 21


_LAYOUT: dict[type[Model], tuple[list[str], list[str], list[Any], list[tuple[int, Any]]]] = {}


def _layout(model: type[Model]) -> tuple[list[str], list[str], list[Any], list[tuple[int, Any]]]:
    """(field names, columns, the value of each when a row leaves it out, (position, field) of the JSON fields)
    of a model. A column a row must give is left NULL (PostgreSQL refuses the COPY naming it)."""
    if model not in _LAYOUT:
        proj = model._meta.fields_db_projection
        fmap = model._meta.fields_map
        names = list(proj)
        fill = [fmap[n].default if fmap[n].default is not None and not callable(fmap[n].default) else None
                for n in names]
        json_at = [(i, fmap[n]) for i, n in enumerate(names) if type(fmap[n]).__name__ == "JSONField"]
        _LAYOUT[model] = (names, [proj[n] for n in names], fill, json_at)
    return _LAYOUT[model]


def _records(model: type[Model], rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Columns and records of `rows` for COPY: the model's defaults fill what a row leaves out (one dict.get per
    column, in C); JSON goes through the field's own encoder as the ORM would write it. Enum values go as they
    are: every enum the rows use is a StrEnum, so its value is the string."""
    names, cols, fill, json_at = _layout(model)
    if not json_at:
        return cols, [tuple(map(r.get, names, fill)) for r in rows]
    records = []
    for r in rows:
        rec = list(map(r.get, names, fill))
        for i, f in json_at:
            if rec[i] is not None and not isinstance(rec[i], str):
                rec[i] = f.to_db_value(rec[i], None)
        records.append(tuple(rec))
    return cols, records


async def copy_rows(conn: BaseDBAsyncClient, model: type[Model], rows: list[dict[str, Any]]) -> None:
    if rows:
        await _copy(conn, [(model, *_records(model, rows))])


async def _copy(conn: BaseDBAsyncClient, batch: list[tuple[type[Model], list[str], list[tuple[Any, ...]]]]) -> None:
    """COPY each table's records, in order, on one connection."""
    async with conn.acquire_connection() as raw:  # type: ignore[attr-defined]
        skip = await _may_skip_triggers(raw)
        if skip:
            # the rows reference each other by construction: no per-row foreign key trigger (superuser only)
            await raw.execute("SET session_replication_role = replica")
        try:
            for model, cols, records in batch:
                await raw.copy_records_to_table(model._meta.db_table, records=records, columns=cols)
        finally:
            if skip:
                await raw.execute("SET session_replication_role = DEFAULT")


_SKIP_TRIGGERS: dict[str, bool] = {}


async def _may_skip_triggers(raw: Any) -> bool:
    if "ok" not in _SKIP_TRIGGERS:
        _SKIP_TRIGGERS["ok"] = bool(await raw.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    return _SKIP_TRIGGERS["ok"]


async def _next_id(conn: BaseDBAsyncClient, table: str) -> int:
    rows = await conn.execute_query_dict(f"SELECT COALESCE(MAX(id), 0) + 1 AS n FROM {table}")
    return int(rows[0]["n"])


async def _sync_sequences(conn: BaseDBAsyncClient, models: Sequence[type[Model]]) -> None:
    for m in models:
        table = m._meta.db_table
        await execute(conn, f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)", [])


class _Ids:
    def __init__(self, start: dict[str, int]) -> None:
        self.next = dict(start)

    def take(self, table: str) -> int:
        n = self.next[table]
        self.next[table] = n + 1
        return n


async def generate(spec: ScaleSpec, *, today: dt.date | None = None,
                   conn: BaseDBAsyncClient | None = None, log: Any = print) -> dict[str, Any]:
    conn = conn or Tortoise.get_connection("default")
    if not is_postgres(conn):
        raise SystemExit("the scale generator needs PostgreSQL (CRADLE_DB_URL=postgres://...)")
    if await Order.all().using_db(conn).exists():
        raise SystemExit("the database already has orders: the scale generator fills an empty one")
    today = today or business_today()
    first = today - dt.timedelta(days=spec.days)
    rng = random.Random(f"cradle-scale:{spec.seed}")
    t0 = time.perf_counter()
    await ensure_chart(conn)

    # ---------------------------------------------------------------------------------------------- master data
    stores = [Location(code=f"SS-{n:04d}", name=f"规模测试门店{n:04d}", kind=LocationKind.STORE,
                       address=f"上海市测试路 {n} 号", lat=31.2 + n * 0.0001, lng=121.4 + n * 0.0001, priority=100 + n)
              for n in range(1, spec.stores + 1)]
    await Location.bulk_create(stores, batch_size=1000, using_db=conn)
    stores = list(await Location.filter(code__startswith="SS-").using_db(conn).order_by("id"))
    staff = await _staff(conn, stores)
    tops = []
    for i, name in enumerate(TOPS):
        tops.append(await Category.create(name=f"{name}（规模）", sort=i, using_db=conn))
    brand = await Brand.create(name="规模测试品牌", using_db=conn)
    await Product.bulk_create([Product(code=f"SP{n:06d}", name=f"规模测试商品 {n}", brand_id=brand.id,
                                       category_id=tops[n % len(tops)].id) for n in range(spec.skus)],
                              batch_size=2000, using_db=conn)
    products = list(await Product.filter(code__startswith="SP").using_db(conn).order_by("id"))
    prices = [rng.choice((990, 1590, 2990, 4990, 8900, 12800, 19800, 29800, 43800)) for _ in range(spec.skus)]
    await Sku.bulk_create([Sku(code=f"SC{n:06d}", name=f"规模测试商品 {n}", product_id=products[n].id,
                               barcode=f"69{n:011d}", price_fen=prices[n], tax_rate_bp=1300, batch_tracked=False,
                               pinyin_initials="gmcssp") for n in range(spec.skus)],
                          batch_size=2000, using_db=conn)
    skus = list(await Sku.filter(code__startswith="SC").using_db(conn).order_by("id"))
    category_of = {s.id: products[n].category_id for n, s in enumerate(skus)}
    promos = await _promotions(first, today, tops[0].id, staff)
    promo_of_day = {p.starts_at.date() + dt.timedelta(days=d): p for p in promos for d in range(7)}
    promoted = [s for s in skus if category_of[s.id] == tops[0].id]
    cost_of = {s.id: max(100, s.price_fen * 55 // 113) for s in skus}  # net of VAT, about 55 % of the price
    # one supplier per top category; it sells that category's SKUs at their cost (so the moving average stays)
    await Supplier.bulk_create([Supplier(code=f"SSUP{i:02d}", name=f"规模测试供应商·{name}", contact_name="王经理",
                                         payment_terms_days=TERMS_DAYS[i % len(TERMS_DAYS)])
                                for i, name in enumerate(TOPS)], using_db=conn)
    suppliers = list(await Supplier.filter(code__startswith="SSUP").using_db(conn).order_by("id"))
    supplier_of_category = {c.id: suppliers[i] for i, c in enumerate(tops)}
    await SupplierProduct.bulk_create([SupplierProduct(supplier_id=supplier_of_category[products[n].category_id].id,
                                                       sku_id=s.id, price_fen=cost_of[s.id], lead_time_days=3,
                                                       is_preferred=True) for n, s in enumerate(skus)],
                                      batch_size=2000, using_db=conn)
    created = dt.datetime.combine(first, dt.time(8), tzinfo=CHINA)
    ids = _Ids({m._meta.db_table: await _next_id(conn, m._meta.db_table) for m in (
        Member, Batch, Stock, StockMovement, Order, OrderItem, OrderPayment, OrderEvent, Reservation, Shipment,
        ShipmentLine, JournalEntry, JournalLine, PointsEntry, InventoryValuation, ReturnRequest, ReturnLine, Refund,
        AuditLog, OrderDiscount, PromotionApplication, *PURCHASING)})
    member_ids = [ids.take("members") for _ in range(spec.members)]
    batch_of = {s.id: ids.take("batches") for s in skus}
    await copy_rows(conn, Batch, [{"id": b, "sku_id": sid, "batch_no": "-", "created_at": created}
                                  for sid, b in batch_of.items()])
    log(f"scale: master data {spec.stores} stores, {spec.skus} SKUs, {spec.members} members "
        f"({time.perf_counter() - t0:.1f}s)")

    # ------------------------------------------------------------------------------------ what sells, and when
    codes = {code: await account_id(code, conn) for code in (
        accounts.INVENTORY, accounts.EQUITY, accounts.CASH, accounts.BANK, accounts.RECEIVABLE,
        accounts.CUSTOMER_ADVANCES, accounts.SALES, accounts.OUTPUT_VAT, accounts.COGS, accounts.INVENTORY_LOSS,
        accounts.INPUT_VAT, accounts.PAYABLE)}
    last = today - dt.timedelta(days=1)

    def plan() -> Iterator[_Planned]:
        """The orders, oldest first; seeded, so a second pass yields the same ones (nothing kept in memory)."""
        prng = random.Random(f"cradle-scale-orders:{spec.seed}")
        # a long tail: some SKUs sell far more (cumulative weights: choices() would add them up at every call)
        weights = list(accumulate(1.0 / (1 + i % 50) for i in range(len(skus))))
        channels, channel_weights = zip(*CHANNEL_MIX, strict=True)
        channel_weights = tuple(accumulate(channel_weights))
        for d in range(spec.days, 0, -1):
            day = today - dt.timedelta(days=d)
            for st in stores:
                n = max(1, round(spec.orders_per_store_day * WEEKDAY[day.weekday()] * prng.uniform(0.85, 1.15)))
                for _ in range(n):
                    lines: dict[int, tuple[Sku, int]] = {}
                    for s in prng.choices(skus, cum_weights=weights, k=prng.choice((1, 1, 2, 2, 3))):
                        lines[s.id] = (s, prng.choice((1, 1, 1, 2, 3)))
                    if day in promo_of_day and promoted and prng.random() < PROMO_LIFT:  # the promotion sells
                        s = prng.choice(promoted)
                        lines.setdefault(s.id, (s, prng.choice((1, 2))))
                    channel: Channel = prng.choices(channels, cum_weights=channel_weights)[0]
                    member = member_ids[prng.randrange(len(member_ids))] if member_ids and \
                        prng.random() < MEMBER_SHARE[channel] else None
                    method = prng.choice(METHODS[channel])
                    ret = None
                    if prng.random() < RETURN_SHARE[channel]:  # comes back some days later, whole or one unit
                        rday = day + dt.timedelta(days=prng.randint(2, 10))
                        whole, restock = prng.random() < 0.5, prng.random() < 0.75
                        if rday <= last:
                            ret = _Return(rday, [q for _, q in lines.values()] if whole
                                          else [1] + [0] * (len(lines) - 1), restock)
                    yield _Planned(day, st.id, list(lines.values()), member, channel, method, ret)

    sold: dict[tuple[int, int], int] = defaultdict(int)
    restocked: dict[tuple[int, int], int] = defaultdict(int)
    weekly: dict[int, dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))  # week -> (store, SKU)
    for p in plan():
        week = weekly[(p.day - first).days // 7]
        for i, (s, q) in enumerate(p.lines):
            sold[(s.id, p.location_id)] += q
            week[(p.location_id, s.id)] += q
            if p.ret is not None and p.ret.restock:
                restocked[(s.id, p.location_id)] += p.ret.qty[i]

    # ---------------------------------------------------------------------- members, stock rows, opening count
    w = _Writer(conn, ids)
    await copy_rows(conn, Member, [{"id": mid, "member_code": f"SM{n:07d}", "nickname": f"会员{n}",
                                    "created_at": created, "updated_at": created, "source": "import"}
                                   for n, mid in enumerate(member_ids, 1)])
    stock_id: dict[tuple[int, int], int] = {}
    valuation: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    stocks = []
    for st in stores:
        debits = []
        for s in skus:
            qty = sold.get((s.id, st.id), 0)
            if not qty and rng.random() < 0.7:
                continue
            spare = rng.randint(5, 30)
            back = restocked.get((s.id, st.id), 0)
            sid = ids.take("stocks")
            stock_id[(s.id, st.id)] = sid
            stocks.append({"id": sid, "sku_id": s.id, "location_id": st.id, "batch_id": batch_of[s.id],
                           "on_hand": spare + back, "reserved": 0, "updated_at": created})  # left at the end
            qty = spare  # a week's sales arrive by purchase order on the week's first morning
            w.add(StockMovement, {"id": ids.take("stock_movements"), "stock_id": sid, "sku_id": s.id,
                                  "location_id": st.id, "batch_id": batch_of[s.id], "kind": MovementKind.IMPORT,
                                  "on_hand_delta": qty, "ref_type": "scale", "ref_id": str(batch_of[s.id]),
                                  "created_at": created})
            valuation[s.id][0] += spare + back
            valuation[s.id][1] += (spare + back) * cost_of[s.id]
            debits.append(Line(accounts.INVENTORY, debit_fen=qty * cost_of[s.id], sku_id=s.id, location_id=st.id))
        total = sum(x.debit_fen for x in debits)
        w.entry(first, f"期初库存 {st.name}", "scale_stock", f"{st.id}:opening", created,
                [*debits, Line(accounts.EQUITY, credit_fen=total)], codes)
    await copy_rows(conn, Stock, stocks)
    await copy_rows(conn, InventoryValuation, [{"id": ids.take("inventory_valuations"), "sku_id": s_id, "qty": q,
                                                "value_fen": v} for s_id, (q, v) in valuation.items()])

    # ------------------------------------------------------------------------------------------------ orders
    h = _History(w, ids, codes, stock_id, batch_of, cost_of, category_of, rng, staff, promo_of_day)
    buy = _Purchasing(w, ids, codes, first, weekly, stock_id, batch_of, cost_of, category_of,
                      {s.id: s.code for s in skus}, {st.id: st for st in stores},
                      {s.id: supplier_of_category[category_of[s.id]] for s in skus}, created, staff)

    indexes = await _drop_indexes(conn, [m._meta.db_table for m in FLUSH_ORDER])
    n_orders = n_lines = 0
    try:
        for p in plan():
            buy.until(p.day)
            h.points_until(p.day)
            h.order(p)
            n_orders += 1
            n_lines += len(p.lines)
            if w.pending >= FLUSH_ROWS:
                await w.flush()
                log(f"scale: {p.day} {n_orders} orders, {n_lines} order lines ({time.perf_counter() - t0:.1f}s)")
        h.points_until(today)
        buy.until(today)
        buy.unpaid()
        await w.flush()
    finally:
        t1 = time.perf_counter()
        for ddl in indexes:  # as a DBA loads a table: the secondary indexes built once, after the rows
            await execute(conn, ddl, [])
    log(f"scale: {n_orders} orders, {n_lines} order lines written ({t1 - t0:.1f}s), {len(indexes)} indexes "
        f"rebuilt ({time.perf_counter() - t1:.1f}s)")
    await _set_members(conn, h.members)
    await _sync_sequences(conn, [Member, Batch, Stock, StockMovement, Order, OrderItem, OrderPayment, OrderEvent,
                                 Reservation, Shipment, ShipmentLine, JournalEntry, JournalLine, PointsEntry,
                                 InventoryValuation, ReturnRequest, ReturnLine, Refund, AuditLog, OrderDiscount,
                                 PromotionApplication, *PURCHASING])
    await summaries.rebuild(conn)
    for model in (*FLUSH_ORDER, Member, Stock, LedgerDay, LedgerSkuDay, LedgerSkuMonth):
        await execute(conn, f"ANALYZE {model._meta.db_table}", [])
    took = time.perf_counter() - t0
    log(f"scale: written and summarised ({took:.1f}s)")
    return {"orders": n_orders, "order_lines": n_lines, "returns": h.returns, "journal_lines": w.journal_lines,
            "purchase_orders": buy.orders, "payment_runs": buy.runs,
            "seconds": round(took, 1), "first_day": first.isoformat(), "today": today.isoformat()}


@dataclass(frozen=True)
class _Return:
    day: dt.date
    qty: list[int]  # units back per order line (0: that line stays sold)
    restock: bool


@dataclass(frozen=True)
class _Planned:
    day: dt.date
    location_id: int
    lines: list[tuple[Sku, int]]
    member: int | None
    channel: Channel
    method: str
    ret: _Return | None


class _History:
    """Writes each planned order (and its return) as the services would have: placement, payment, allocation,
    shipment (picked up at the counter, or sent by a carrier and delivered), completion; a return requested,
    approved, received (restocked into the batch it left or written off) and refunded to the tender it was paid
    with. Member points are kept in the order things happened: earned when paid, taken back at the refund."""

    def __init__(self, w: _Writer, ids: _Ids, codes: dict[str, int], stock_id: dict[tuple[int, int], int],
                 batch_of: dict[int, int], cost_of: dict[int, int], category_of: dict[int, int],
                 rng: random.Random, staff: _Staff, promo_of_day: dict[dt.date, _Promo]) -> None:
        self.w, self.ids, self.codes, self.stock_id, self.staff = w, ids, codes, stock_id, staff
        self.promo_of_day = promo_of_day
        self.batch_of, self.cost_of, self.category_of, self.rng = batch_of, cost_of, category_of, rng
        self.members: dict[int, list[Any]] = {}  # member id -> [points, spent, level]
        self.minute: dict[tuple[dt.date, int, dt.time], int] = defaultdict(int)
        self.pending: list[tuple[dt.date, dt.datetime, int, int, int, str, int, int]] = []
        self.returns = 0

    def _moment(self, day: dt.date, location_id: int, opens: dt.time) -> dt.datetime:
        k = self.minute[(day, location_id, opens)]
        self.minute[(day, location_id, opens)] += 1
        return dt.datetime.combine(day, opens, tzinfo=CHINA) + dt.timedelta(seconds=37 * k)

    def _event(self, order_id: int, frm: str, to: str, note: str, at: dt.datetime, user: int | None = None) -> None:
        self.w.add(OrderEvent, {"id": self.ids.take("order_events"), "order_id": order_id, "from_status": frm,
                                "to_status": to, "note": note, "user_id": user, "created_at": at})

    def order(self, p: _Planned) -> None:
        w, ids = self.w, self.ids
        at = self._moment(p.day, p.location_id, dt.time(9))
        pos = p.channel == Channel.POS
        oid = ids.take("orders")
        order_no = f"SO{at:%Y%m%d%H%M%S}S{oid:011d}"
        shipment_no = f"SH{at:%Y%m%d%H%M%S}S{oid:011d}"
        ship_id = ids.take("shipments")
        pid = ids.take("order_payments")
        # pricing: the live promotion's percent off its category's lines (promotions.engine apply_promotions)
        promo = self.promo_of_day.get(p.day)
        off = [promo_rules.percent_off(promo_rules.LineIn(s.price_fen, q), promo.off_bp)
               if promo is not None and self.category_of[s.id] == promo.category_id else 0 for s, q in p.lines]
        subtotal = sum(s.price_fen * q for s, q in p.lines)
        saved = sum(off)
        total = subtotal - saved
        carrier, tracking = ("门店自提", "") if pos else (self.rng.choice(CARRIERS), f"SC{oid:012d}")
        order = {"id": oid, "order_no": order_no, "channel": p.channel, "status": OrderStatus.COMPLETED,
                 "member_id": p.member, "location_id": p.location_id, "subtotal_fen": subtotal, "discount_fen": saved,
                 "total_fen": total,
                 "paid_fen": total, "payment_method": p.method, "pickup": pos, "placed_at": at, "paid_at": at,
                 "shipped_at": at, "completed_at": at, "updated_at": at,
                 "external_id": f"{p.channel.value.upper()}{oid:012d}" if p.channel in PLATFORMS else None}
        if not pos:  # sealed at rest as placement seals them
            order.update(receiver_name=f"收货人{oid % 1000}", receiver_phone=seal(f"138{oid % 10**8:08d}"),
                         receiver_address=seal(f"上海市测试路 {oid % 997} 号"))
        clerk = self.staff.clerk[p.location_id] if pos else None  # the counter's clerk places and sells it
        if clerk is not None:
            order.update(created_by_id=clerk[0], seller_id=clerk[0])
        w.add(Order, order)
        w.add(Shipment, {"id": ship_id, "shipment_no": shipment_no, "order_id": oid, "location_id": p.location_id,
                         "carrier": carrier, "tracking_no": tracking, "shipped_at": at})
        if saved and promo is not None:  # the receipt's discount line and the promotion's application
            w.add(OrderDiscount, {"id": ids.take("order_discounts"), "order_id": oid, "kind": "promotion",
                                  "code": promo.code, "label": promo.name, "amount_fen": saved})
            w.add(PromotionApplication, {"id": ids.take("promotion_applications"), "order_id": oid,
                                         "promotion_id": promo.id, "name": promo.name[:64], "amount_fen": saved,
                                         "created_at": at})
        sale_lines, items = [], []
        for (s, q), disc in zip(p.lines, off, strict=True):
            iid = ids.take("order_items")
            line_total = s.price_fen * q - disc
            cogs = self.cost_of[s.id] * q  # one cost per SKU: the moving average is that cost
            sid = self.stock_id[(s.id, p.location_id)]
            item = {"id": iid, "order_id": oid, "sku_id": s.id, "sku_name": s.name, "qty": q,
                    "unit_price_fen": s.price_fen, "discount_fen": disc, "line_total_fen": line_total,
                    "qty_shipped": q, "cogs_fen": cogs}
            sl = {"id": ids.take("shipment_lines"), "shipment_id": ship_id, "order_item_id": iid,
                  "batch_id": self.batch_of[s.id], "qty": q, "cogs_fen": cogs}
            w.add(OrderItem, item)
            w.add(ShipmentLine, sl)
            items.append((s, item, sl))
            w.add(Reservation, {"id": ids.take("reservations"), "stock_id": sid, "order_item_id": iid,
                                "ref_type": "order", "ref_id": str(oid), "qty": q, "qty_consumed": q,
                                "status": ReservationStatus.CONSUMED, "created_at": at})
            base = {"stock_id": sid, "sku_id": s.id, "location_id": p.location_id,
                    "batch_id": self.batch_of[s.id], "created_at": at}
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.RESERVE,
                                  "reserved_delta": q, "ref_type": "order", "ref_id": str(oid)})
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.SALE,
                                  "on_hand_delta": -q, "reserved_delta": -q, "ref_type": "shipment",
                                  "ref_id": shipment_no})
            sale_lines.append(SaleLine(sku_id=s.id, gross_fen=line_total, tax_rate_bp=s.tax_rate_bp,
                                       category_id=self.category_of[s.id], cogs_fen=cogs))
        w.add(OrderPayment, {"id": pid, "order_id": oid, "method": p.method, "amount_fen": total,
                             "external_ref": f"SCALE-{order_no}", "created_at": at})
        how = f"{carrier} {tracking}".strip()
        placed = f"下单：{promo.name} 省{yuan(saved)}" if saved and promo is not None else "下单"
        steps = [("", "pending", placed), ("pending", "paid", f"收款 {yuan(total)}（{PAYMENT_METHOD_ZH[p.method]}）"),
                 ("paid", "allocated", "库存已锁定"), ("allocated", "shipped", f"发货 {shipment_no}（{how}）")]
        steps += [("shipped", "completed", "门店收银完成")] if pos else \
            [("shipped", "delivered", "已签收"), ("delivered", "completed", "订单完成")]
        for frm, to, note in steps:
            self._event(oid, frm, to, note, at, clerk[0] if clerk else None)
        if clerk is not None:  # placement's audit entry (_after_rows), then record_payment's, ship's, complete's
            w.audit(clerk, "order.create", "order", oid, at, after={
                "order_no": order_no, "channel": p.channel.value, "total_fen": total,
                "items": [{"sku_code": s.code, "qty": q} for s, q in p.lines]})
            w.audit(clerk, "order.pay", "order", oid, at, after={"method": p.method, "amount_fen": total,
                                                                  "external_ref": f"SCALE-{order_no}"})
            w.audit(clerk, "order.ship", "order", oid, at, after={
                "shipment_no": shipment_no, "lines": [{"item_id": item["id"], "qty": item["qty"]}
                                                      for _, item, _ in items],
                "carrier": carrier, "tracking_no": tracking})
            w.audit(clerk, "order.complete", "order", oid, at)
        w.entry(p.day, f"订单收款 {order_no}", "order_payment", str(pid), at,
                payment_lines(method=p.method, amount_fen=total, channel=p.channel.value,
                              location_id=p.location_id), self.codes)
        w.entry(p.day, f"销售出库 {order_no} {shipment_no}", "order_shipment", shipment_no, at,
                shipment_lines(channel=p.channel.value, location_id=p.location_id, lines=sale_lines), self.codes)
        earned = 0
        if p.member is not None:  # members.checkout.on_paid: points by the level, then the spend, then the level
            m = self.members.setdefault(p.member, [0, 0, "normal"])
            earned = points_for_payment(total, m[2])
            if earned > 0:
                m[0] += earned
                w.add(PointsEntry, {"id": ids.take("member_points_entries"), "member_id": p.member,
                                    "delta": earned, "kind": PointsKind.EARN, "reason": f"订单 {order_no} 赠送"[:128],
                                    "order_id": oid, "ref": f"order:{oid}", "expires_on": default_expiry(p.day),
                                    "balance_after": m[0], "created_at": at})
            m[1] += total
            reached = level_for_spend(m[1])
            if rank(reached.code) > rank(m[2]):
                m[2] = reached.code
        if p.ret is not None:
            self._return(p, order, items, pid, earned)

    def _return(self, p: _Planned, order: dict[str, Any], items: list[tuple[Sku, dict[str, Any], dict[str, Any]]],
                pid: int, earned: int) -> None:
        """returns.request_return, approve_return, receive_return, refunds.refund_order (one tender, everything
        shipped: the refund reverses the returned lines' revenue) on the return day; the order's rows above are
        already in their final state."""
        w, ids, ret = self.w, self.ids, p.ret
        assert ret is not None
        clerk = self.staff.clerk[p.location_id] if p.channel == Channel.POS else None  # the counter takes it back
        at = self._moment(ret.day, p.location_id, dt.time(19))
        oid, order_no = order["id"], order["order_no"]
        rid, fid = ids.take("return_requests"), ids.take("refunds")
        rma_no = f"RMA{at:%Y%m%d%H%M%S}S{rid:011d}"
        refund_no = f"RF{at:%Y%m%d%H%M%S}S{fid:011d}"
        reason = "宝宝不适应，申请退货" if ret.restock else "外包装破损"
        costs, parts = [], []
        for (s, item, sl), q in zip(items, ret.qty, strict=True):
            if not q:
                continue
            cost = prorate(sl["cogs_fen"], q, sl["qty"])
            item["qty_returned"] = sl["qty_returned"] = q
            w.add(ReturnLine, {"id": ids.take("return_lines"), "rma_id": rid, "order_item_id": item["id"], "qty": q,
                               "restock": ret.restock, "cost_fen": cost})
            if ret.restock:
                w.add(StockMovement, {"id": ids.take("stock_movements"),
                                      "stock_id": self.stock_id[(s.id, p.location_id)], "sku_id": s.id,
                                      "location_id": p.location_id, "batch_id": sl["batch_id"],
                                      "kind": MovementKind.RETURN, "on_hand_delta": q, "reserved_delta": 0,
                                      "note": f"退货入库 {order_no}", "ref_type": "rma", "ref_id": rma_no,
                                      "created_at": at})
            costs.append(ReturnCost(sku_id=s.id, cost_fen=cost, restock=ret.restock,
                                    category_id=self.category_of[s.id]))
            parts.append(SaleLine(sku_id=s.id, gross_fen=prorate(item["line_total_fen"], q, item["qty"]),
                                  tax_rate_bp=s.tax_rate_bp, category_id=self.category_of[s.id]))
        amount = sum(x.gross_fen for x in parts)
        everything = all(item.get("qty_returned", 0) >= item["qty"] for _, item, _ in items)
        status = OrderStatus.RETURNED if everything else OrderStatus.COMPLETED
        order.update(refunded_fen=amount, status=status, updated_at=at)
        w.add(ReturnRequest, {"id": rid, "rma_no": rma_no, "order_id": oid, "status": ReturnStatus.REFUNDED,
                              "handled_by_id": clerk[0] if clerk else None,
                              "reason": reason, "refund_fen": amount, "created_at": at, "updated_at": at})
        w.add(Refund, {"id": fid, "refund_no": refund_no, "order_id": oid, "rma_id": rid, "payment_id": pid,
                       "amount_fen": amount, "method": p.method, "reason": "退货退款", "from_advances_fen": 0,
                       "revenue_parts": [{"sku_id": x.sku_id, "gross_fen": x.gross_fen, "tax_rate_bp": x.tax_rate_bp,
                                          "category_id": x.category_id}
                                         for x in sorted(parts, key=lambda x: x.sku_id) if x.gross_fen],
                       "status": RefundStatus.SUCCEEDED, "confirmed_at": at, "created_at": at, "updated_at": at})
        done = OrderStatus.COMPLETED.value
        by = clerk[0] if clerk else None
        self._event(oid, done, done, f"申请退货 {rma_no}：{reason}", at, by)
        self._event(oid, done, done, f"同意退货 {rma_no}", at, by)
        self._event(oid, done, status.value, f"退货入库 {rma_no}", at, by)
        self._event(oid, status.value, status.value,
                    f"退款 {yuan(amount)} {refund_no}（{PAYMENT_METHOD_ZH[p.method]}）：退货退款", at, by)
        if clerk is not None:  # returns.request_return, approve_return, receive_return, refunds.refund_order
            w.audit(clerk, "order.return_request", "order", oid, at, after={"rma_no": rma_no})
            w.audit(clerk, "order.return_approve", "return_request", rid, at, after={"rma_no": rma_no})
            w.audit(clerk, "order.return_receive", "return_request", rid, at, after={
                "rma_no": rma_no, "restock": {str(item["id"]): ret.restock
                                              for (_, item, _), q in zip(items, ret.qty, strict=True) if q}})
            w.audit(clerk, "order.refund", "order", oid, at, after={
                "refund_nos": [refund_no], "amount_fen": amount, "rma_id": rid, "methods": [p.method],
                "gateways": [""]})
        w.entry(ret.day, f"退货入库 {order_no} {rma_no}", "order_return", rma_no, at,
                return_receipt_lines(channel=p.channel.value, location_id=p.location_id, lines=costs), self.codes)
        w.entry(ret.day, f"订单退款 {order_no} {refund_no}", "order_refund", refund_no, at,
                refund_lines(method=p.method, amount_fen=amount, from_advances_fen=0, revenue_lines=parts,
                             channel=p.channel.value, location_id=p.location_id), self.codes)
        if p.member is not None:
            self.pending.append((ret.day, at, p.member, oid, fid, order_no, earned * amount // order["paid_fen"],
                                 amount))
        self.returns += 1

    def points_until(self, day: dt.date) -> None:
        """members.checkout.on_refund for the refunds before `day`, in the order they happened: the earned points
        in proportion to the money back, as far as the member still has them; the spend goes down (never the
        level)."""
        due = sorted((x for x in self.pending if x[0] < day), key=lambda x: (x[1], x[4]))
        if not due:
            return
        self.pending = [x for x in self.pending if x[0] >= day]
        for _, at, member, oid, fid, order_no, back, amount in due:
            m = self.members[member]
            take = min(back, m[0])
            if take > 0:
                m[0] -= take
                self.w.add(PointsEntry, {"id": self.ids.take("member_points_entries"), "member_id": member,
                                         "delta": -take, "kind": PointsKind.REVERSE,
                                         "reason": f"订单 {order_no} 退款扣回"[:128], "order_id": oid,
                                         "ref": f"refund:{fid}", "balance_after": m[0], "created_at": at})
            m[1] = max(m[1] - amount, 0)


class _Purchasing:
    """Replenishment as the purchasing services write it: every week, on its first morning, each store receives
    from each category's supplier the units it sells that week (create_po, submit_po, decide_po, send_po; then
    receiving.receive: the receipt and its lines into the SKU's batch, the RECEIPT movement, the value at the PO's
    net price, Dr inventory + input VAT / Cr payable to the supplier). The supplier's invoice is entered that
    afternoon equal to the receipt (payables.enter_invoice: matched, no variance) and due after the supplier's
    terms; every Friday a payment run pays what is due by then (payment_runs.propose + approve: Dr payable per
    supplier / Cr bank). The PO's creator and approvers are left empty and no audit rows are written (the
    generator has no staff)."""

    def __init__(self, w: _Writer, ids: _Ids, codes: dict[str, int], first: dt.date,
                 weekly: dict[int, dict[tuple[int, int], int]], stock_id: dict[tuple[int, int], int],
                 batch_of: dict[int, int], cost_of: dict[int, int], category_of: dict[int, int],
                 sku_code: dict[int, str], stores: dict[int, Location], supplier_of: dict[int, Supplier],
                 opened: dt.datetime, staff: _Staff) -> None:
        self.w, self.ids, self.codes, self.first, self.weekly, self.staff = w, ids, codes, first, weekly, staff
        self.stock_id, self.batch_of, self.cost_of, self.category_of = stock_id, batch_of, cost_of, category_of
        self.sku_code, self.stores, self.supplier_of, self.opened = sku_code, stores, supplier_of, opened
        self.next_week = 0
        self.next_pay = first + dt.timedelta(days=(PAY_WEEKDAY - first.weekday()) % 7)
        self.po_seq: dict[dt.date, int] = defaultdict(int)
        self.open_invoices: list[dict[str, Any]] = []  # entered, not yet paid (oldest first)
        self.names = {sp.id: sp.name for sp in supplier_of.values()}
        self.codes_of = {sp.id: sp.code for sp in supplier_of.values()}
        self.terms = {sp.id: sp.payment_terms_days for sp in supplier_of.values()}
        self.orders = self.runs = 0

    def until(self, day: dt.date) -> None:
        """Everything purchasing did before `day`'s sales: the receipts of the weeks begun by then, and the
        payment runs of the Fridays before it."""
        while True:
            receipt_day = self.first + dt.timedelta(days=7 * self.next_week)
            if self.next_week in self.weekly and receipt_day <= day:
                self._week(self.next_week, receipt_day)
                self.next_week += 1
                continue
            if self.next_pay < day:
                self._pay(self.next_pay)
                self.next_pay += dt.timedelta(days=7)
                continue
            return

    def _week(self, week: int, day: dt.date) -> None:
        by_po: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for (loc, sku), qty in sorted(self.weekly.pop(week).items()):
            by_po[(loc, self.supplier_of[sku].id)].append((sku, qty))
        ordered = max(dt.datetime.combine(day - dt.timedelta(days=3), dt.time(10), tzinfo=CHINA),
                      self.opened - dt.timedelta(hours=1))
        received = dt.datetime.combine(day, dt.time(8, 30), tzinfo=CHINA)
        for (loc, supplier_id), lines in sorted(by_po.items()):
            self._order(loc, supplier_id, lines, day, ordered, received)

    def _order(self, loc: int, supplier_id: int, lines: list[tuple[int, int]], day: dt.date, ordered: dt.datetime,
               received: dt.datetime) -> None:
        w, ids = self.w, self.ids
        self.po_seq[ordered.date()] += 1
        po_id, rid, inv_id = ids.take("purchase_orders"), ids.take("purchase_receipts"), ids.take("supplier_invoices")
        po_no = f"PO{ordered:%Y%m%d}{self.po_seq[ordered.date()]:03d}"
        receipt_no = f"GR{day:%Y%m%d}{rid:06X}"
        net = vat = 0
        posting, invoice_lines = [], []
        for sku, qty in lines:
            price = self.cost_of[sku]
            line_net = qty * price
            line_vat = vat_of(line_net, 1300)
            net, vat = net + line_net, vat + line_vat
            pol = ids.take("purchase_order_lines")
            w.add(PurchaseOrderLine, {"id": pol, "po_id": po_id, "sku_id": sku, "qty": qty, "unit_price_fen": price,
                                      "tax_rate_bp": 1300, "qty_received": qty, "qty_rejected": 0})
            w.add(ReceiptLine, {"id": ids.take("purchase_receipt_lines"), "receipt_id": rid, "po_line_id": pol,
                                "sku_id": sku, "batch_id": self.batch_of[sku], "qty_accepted": qty, "qty_rejected": 0,
                                "unit_price_fen": price})
            w.add(StockMovement, {"id": ids.take("stock_movements"), "stock_id": self.stock_id[(sku, loc)],
                                  "sku_id": sku, "location_id": loc, "batch_id": self.batch_of[sku],
                                  "kind": MovementKind.RECEIPT, "on_hand_delta": qty, "ref_type": "purchase_order",
                                  "ref_id": po_no, "note": receipt_no, "created_at": received})
            posting.append(PurchaseLine(sku_id=sku, net_fen=line_net, vat_fen=line_vat,
                                        category_id=self.category_of[sku]))
            invoice_lines.append({"po_line_id": pol, "sku_code": self.sku_code[sku], "qty": qty,
                                  "unit_price_fen": price, "po_price_fen": price})
        total = net + vat
        store = self.stores[loc]
        limit = PURCHASING_POLICY["store_manager_limit_fen"]
        role = Role.STORE_MANAGER if store.kind == LocationKind.STORE and total <= limit else Role.HQ_ADMIN
        two = total > PURCHASING_POLICY["second_approval_above_fen"]
        submitted = ordered + dt.timedelta(minutes=5)
        first_at = submitted + dt.timedelta(minutes=10) if two else None
        decided, sent = submitted + dt.timedelta(minutes=25), submitted + dt.timedelta(minutes=30)
        staff = self.staff
        buyer, receiver = staff.buyer, staff.manager[loc]
        approver = staff.manager[loc] if role == Role.STORE_MANAGER else staff.hq[0]
        first_by = staff.hq[1] if two else None
        w.add(PurchaseOrder, {
            "id": po_id, "po_no": po_no, "supplier_id": supplier_id, "location_id": loc, "status": POStatus.RECEIVED,
            "net_fen": net, "vat_fen": vat, "total_fen": total, "approver_role": role.value,
            "approvals_required": 2 if two else 1, "expected_date": ordered.date() + dt.timedelta(days=3),
            "created_at": ordered, "created_by_id": buyer[0], "decided_by_id": approver[0],
            "first_approved_by_id": first_by[0] if first_by else None,
            "submitted_at": submitted, "first_approved_at": first_at, "decided_at": decided, "sent_at": sent,
            "updated_at": received})
        w.add(Receipt, {"id": rid, "receipt_no": receipt_no, "po_id": po_id, "on_time": True, "net_fen": net,
                        "vat_fen": vat, "received_on": day, "received_by_id": receiver[0], "created_at": received})
        # the audit trail of create_po, submit_po, decide_po (twice above the second-approval line), send_po, receive
        code = self.stores[loc].code
        w.audit(buyer, "purchase_order.create", "purchase_order", po_no, ordered,
                after={"supplier": self.codes_of[supplier_id], "location": code, "total_fen": total})
        w.audit(buyer, "purchase_order.submit", "purchase_order", po_no, submitted,
                after={"total_fen": total, "approver_role": role.value, "approvals_required": 2 if two else 1})
        submitted_ = {"status": POStatus.SUBMITTED.value}
        approved = {"status": POStatus.APPROVED.value, "total_fen": total}
        if first_by is not None and first_at is not None:
            w.audit(first_by, "purchase_order.first_approve", "purchase_order", po_no, first_at, before=submitted_,
                    after={**submitted_, "total_fen": total, "approvals": 1, "approvals_required": 2})
            approved.update(approvals=2, first_approved_by_id=first_by[0])
        w.audit(approver, "purchase_order.approve", "purchase_order", po_no, decided, before=submitted_,
                after=approved)
        w.audit(buyer, "purchase_order.send", "purchase_order", po_no, sent,
                before={"status": POStatus.APPROVED.value}, after={"status": POStatus.SENT.value})
        w.audit(receiver, "purchase_order.receive", "purchase_order", po_no, received,
                before={"status": POStatus.SENT.value},
                after={"status": POStatus.RECEIVED.value, "receipt_no": receipt_no, "net_fen": net, "vat_fen": vat,
                       "lines": [{"sku_code": self.sku_code[sku], "qty": qty, "rejected_qty": 0}
                                 for sku, qty in lines]})
        name = self.names[supplier_id]
        w.entry(day, f"采购入库 {po_no} {receipt_no}", "purchase_receipt", receipt_no, received,
                purchase_receipt_lines(supplier=name, location_id=loc, lines=posting), self.codes)
        terms = self.terms[supplier_id]
        self.open_invoices.append({
            "id": inv_id, "supplier_id": supplier_id, "invoice_no": f"FP{inv_id:010d}", "po_id": po_id,
            "invoice_date": day, "due_date": day + dt.timedelta(days=terms), "lines": invoice_lines, "net_fen": net,
            "vat_fen": vat, "total_fen": total, "expected_fen": total, "status": InvoiceStatus.MATCHED,
            "hold_reasons": [], "created_by_id": staff.finance[0][0],
            "created_at": dt.datetime.combine(day, dt.time(15), tzinfo=CHINA)})
        w.audit(staff.finance[0], "finance.invoice_enter", "supplier_invoice", inv_id,
                dt.datetime.combine(day, dt.time(15), tzinfo=CHINA), via="admin", after={
                    "invoice_no": f"FP{inv_id:010d}", "po_no": po_no, "total_fen": total, "expected_fen": total,
                    "status": InvoiceStatus.MATCHED.value, "hold_reasons": []})
        self.orders += 1

    def _pay(self, day: dt.date) -> None:
        due = [i for i in self.open_invoices if i["due_date"] <= day]
        if not due:
            return
        self.open_invoices = [i for i in self.open_invoices if i["due_date"] > day]
        run_id = self.ids.take("payment_runs")
        proposed = dt.datetime.combine(day, dt.time(10), tzinfo=CHINA)
        approved = dt.datetime.combine(day, dt.time(16), tzinfo=CHINA)
        total = sum(i["total_fen"] for i in due)
        proposer, payer = self.staff.finance
        self.w.add(PaymentRun, {"id": run_id, "pay_date": day, "total_fen": total, "status": PaymentRunStatus.PAID,
                                "created_by_id": proposer[0], "approved_by_id": payer[0], "approved_at": approved,
                                "created_at": proposed})
        self.w.audit(proposer, "finance.payment_run_create", "payment_run", run_id, proposed, via="admin",
                     after={"pay_date": day.isoformat(), "invoices": [i["id"] for i in due], "total_fen": total})
        per_supplier: dict[str, int] = defaultdict(int)
        for inv in due:
            per_supplier[self.names[inv["supplier_id"]]] += inv["total_fen"]
            self.w.add(SupplierInvoice, {**inv, "status": InvoiceStatus.PAID, "payment_run_id": run_id})
        entry_no = self.w.entry(day, f"供应商付款批次 #{run_id}", "payment_run", str(run_id), approved,
                                supplier_payment_lines(dict(per_supplier)), self.codes)
        self.w.audit(payer, "finance.payment_run_pay", "payment_run", run_id, approved, via="admin",
                     after={"total_fen": total, "entry_no": entry_no, "suppliers": dict(per_supplier)})
        self.runs += 1

    def unpaid(self) -> None:
        """The invoices not yet due at the end stay matched, waiting for a payment run."""
        for inv in self.open_invoices:
            self.w.add(SupplierInvoice, inv)
        self.open_invoices = []


# COPY order: a row's foreign keys point at rows of the tables before it
PURCHASING: tuple[type[Model], ...] = (PaymentRun, PurchaseOrder, PurchaseOrderLine, Receipt, ReceiptLine,
                                      SupplierInvoice)
FLUSH_ORDER: tuple[type[Model], ...] = (Order, OrderDiscount, PromotionApplication, Shipment, OrderItem, Reservation, StockMovement, ShipmentLine,
                                       OrderPayment, OrderEvent, ReturnRequest, ReturnLine, Refund, *PURCHASING,
                                       JournalEntry, JournalLine, PointsEntry, AuditLog)
FLUSH_ROWS = 400_000


class _Writer:
    """Rows buffered per model and COPYed in FLUSH_ORDER when enough have piled up (bounded memory). Building the
    next chunk in a thread while the event loop COPYs this one was measured slower on this machine: the generator
    and asyncpg's record encoding share the GIL (100k: 107 s against 83 s, load 9-11)."""

    def __init__(self, conn: BaseDBAsyncClient, ids: _Ids) -> None:
        self.conn, self.ids = conn, ids
        self.rows: dict[type[Model], list[dict[str, Any]]] = defaultdict(list)
        self.pending = 0
        self.journal_lines = 0
        self.seq = 0

    def add(self, model: type[Model], row: dict[str, Any]) -> None:
        self.rows[model].append(row)
        self.pending += 1

    def entry(self, date: dt.date, memo: str, source_type: str, source_id: str, at: dt.datetime,
              lines: list[Line], codes: dict[str, int]) -> str:
        """One journal entry as post_entry writes it: zero lines dropped, refused unless balanced."""
        self.seq += 1
        eid = self.ids.take("journal_entries")
        entry_no = f"JE{date:%Y%m%d}S{self.seq:09d}"
        self.add(JournalEntry, {"id": eid, "entry_no": entry_no, "date": date,
                                "memo": memo[:255], "source_type": source_type, "source_id": source_id,
                                "created_at": at})
        debit = credit = 0
        for ln in lines:
            if not (ln.debit_fen or ln.credit_fen):
                continue
            debit += ln.debit_fen
            credit += ln.credit_fen
            self.journal_lines += 1
            self.add(JournalLine, {"id": self.ids.take("journal_lines"), "entry_id": eid,
                                   "account_id": codes[ln.account], "debit_fen": ln.debit_fen,
                                   "credit_fen": ln.credit_fen, "date": date, "sku_id": ln.sku_id,
                                   "category_id": ln.category_id, "location_id": ln.location_id,
                                   "channel": ln.channel, "partner": ln.partner, "memo": ln.memo})
        if debit != credit:
            raise AssertionError(f"unbalanced generated entry {source_type}:{source_id}")
        return entry_no

    def audit(self, user: tuple[int, str], action: str, entity_type: str, entity_id: Any, at: dt.datetime, *,
              before: Any = None, after: Any = None, via: str = "api") -> None:
        """The row record_audit writes (no client address: nothing here came through a request)."""
        self.add(AuditLog, {"id": self.ids.take("audit_logs"), "user_id": user[0], "username": user[1],
                            "action": action, "entity_type": entity_type, "entity_id": str(entity_id),
                            "before": before, "after": after, "via": via, "ip": "", "created_at": at})

    async def flush(self) -> None:
        batch = [(model, *_records(model, self.rows.pop(model))) for model in FLUSH_ORDER if model in self.rows]
        assert not self.rows, f"no COPY order for {list(self.rows)}"
        self.pending = 0
        await _copy(self.conn, batch)


async def _drop_indexes(conn: BaseDBAsyncClient, tables: list[str]) -> list[str]:
    """Drop the tables' secondary indexes (those no constraint owns: primary keys, unique constraints and the
    foreign keys that lean on them stay) and answer the statements that build them again."""
    rows = await conn.execute_query_dict(
        "SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS ddl FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relname = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
        "WHERE k.conindid = i.indexrelid) ORDER BY t.relname, c.relname", [tables])
    for r in rows:
        await execute(conn, f'DROP INDEX "{r["name"]}"', [])
    return [r["ddl"] for r in rows]


@dataclass(frozen=True)
class _Staff:
    """(id, username) of the people the history names: each store's clerk (counter sales) and manager (approves
    its POs within the store manager's limit, receives its deliveries); HQ's buyer (creates, submits and sends
    every PO), two HQ admins (above the limit; the second approval), two finance clerks (invoices and payment
    run proposals; the runs' approvals)."""
    clerk: dict[int, tuple[int, str]]
    manager: dict[int, tuple[int, str]]
    buyer: tuple[int, str]
    hq: tuple[tuple[int, str], tuple[int, str]]
    finance: tuple[tuple[int, str], tuple[int, str]]


async def _staff(conn: BaseDBAsyncClient, stores: list[Location]) -> _Staff:
    pw_hash = hash_password("cradle123")  # one hash for every account (Argon2 is slow on purpose)
    people = [(f"scale-clerk-{st.code}", f"{st.name}店员", Role.CLERK) for st in stores]
    people += [(f"scale-manager-{st.code}", f"{st.name}店长", Role.STORE_MANAGER) for st in stores]
    people += [("scale-buyer", "总部采购", Role.PURCHASER), ("scale-hq-1", "总部审批一", Role.HQ_ADMIN),
               ("scale-hq-2", "总部审批二", Role.HQ_ADMIN), ("scale-finance-1", "财务一", Role.FINANCE),
               ("scale-finance-2", "财务二", Role.FINANCE)]
    await User.bulk_create([User(username=u, display_name=name, password_hash=pw_hash, role=role)
                            for u, name, role in people], using_db=conn)
    ids = dict(await User.filter(username__startswith="scale-").using_db(conn).values_list("username", "id"))
    await UserLocation.bulk_create([UserLocation(user_id=ids[f"scale-{kind}-{st.code}"], location_id=st.id)
                                    for st in stores for kind in ("clerk", "manager")], using_db=conn)

    def who(username: str) -> tuple[int, str]:
        return int(ids[username]), username

    return _Staff(clerk={st.id: who(f"scale-clerk-{st.code}") for st in stores},
                  manager={st.id: who(f"scale-manager-{st.code}") for st in stores}, buyer=who("scale-buyer"),
                  hq=(who("scale-hq-1"), who("scale-hq-2")), finance=(who("scale-finance-1"), who("scale-finance-2")))


@dataclass(frozen=True)
class _Promo:
    id: int
    code: str
    name: str
    category_id: int
    off_bp: int
    starts_at: dt.datetime


async def _promotions(first: dt.date, today: dt.date, category_id: int, staff: _Staff) -> list[_Promo]:
    """The promotions of the history, through the promotions workflow itself (a handful of rows: created and
    submitted by one HQ admin two days before the week, approved by the other the day before; every channel and
    store), so the promotion, its audit trail and what pricing reads are the services' own."""
    author, approver = [await load_staff_actor(await User.get(id=uid)) for uid, _ in staff.hq]
    out = []
    for week in range(PROMO_WEEK, (today - first).days // 7 + 1, PROMO_EVERY):
        start = dt.datetime.combine(first + dt.timedelta(days=7 * week), dt.time.min, tzinfo=CHINA)
        with clock_at(start - dt.timedelta(days=2) + dt.timedelta(hours=10)):
            p = await promo_workflow.create_promotion(author, promo_workflow.PromotionDraft(
                name=f"{TOPS[0]}九折周（规模）{start:%m%d}", kind=PromotionKind.PERCENT_OFF, percent_off_bp=PROMO_OFF_BP,
                category_id=category_id, starts_at=start, ends_at=start + dt.timedelta(days=7),
                note="规模测试促销"))
            await promo_workflow.submit(author, p["id"])
        with clock_at(start - dt.timedelta(days=1) + dt.timedelta(hours=10)):
            await promo_workflow.approve(approver, p["id"])
        out.append(_Promo(p["id"], p["code"], p["name"], category_id, PROMO_OFF_BP, start))
    return out


async def _set_members(conn: BaseDBAsyncClient, state: dict[int, list[Any]]) -> None:
    """Points, spend and level of the members who bought, in one UPDATE from a COPYed temporary table."""
    if not state:
        return
    async with conn.acquire_connection() as raw:  # type: ignore[attr-defined]
        await raw.execute("CREATE TEMP TABLE scale_members (id int, points int, spent bigint, level varchar(16))")
        await raw.copy_records_to_table("scale_members", records=[(k, v[0], v[1], v[2]) for k, v in state.items()])
        await raw.execute("UPDATE members m SET points = t.points, total_spent_fen = t.spent, level = t.level "
                          "FROM scale_members t WHERE m.id = t.id")
        await raw.execute("DROP TABLE scale_members")
