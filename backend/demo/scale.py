"""A chain of any size with history, for measuring: `python -m backend.manage demo --stores 50 --skus 5000
--members 200000 --days 365` (PostgreSQL only, an empty database).

Master data (stores, a catalogue, members) goes in through the ORM's bulk insert; the trading history (counter
sales at every store, every day) goes in with COPY, as rows equal to what the services write for a counter sale
paid and collected at once (docs/ops.md#reports-at-scale-issue-21):

- orders (completed, paid, pos), order_items (qty shipped, cogs), order_payments, order_events (placed, paid,
  allocated, shipped, completed), reservations (consumed), shipments and shipment_lines;
- stock_movements: the opening count (import), then per line a reserve (+reserved) and a sale (-on hand,
  -reserved), so the journal replays to the stocks rows; inventory_valuations at the moving average;
- the ledger through the same line builders as the services (finance.postings.payment_lines / shipment_lines,
  opening stock Dr Inventory / Cr Equity), every entry balanced; then the daily summaries rebuilt from the lines;
- member points: an earn entry per paid member order (points_for_payment at the member's level, which rises with
  the spend as members.checkout does), members.points / total_spent_fen / level equal to their ledger.

Not written: promotions, returns, refunds, purchasing (the stock is opened large enough for the whole history;
one cost per SKU, so the moving average never moves). Seeded: the same chain every time for the same flags.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.data import DatetimeField
from tortoise.models import Model

from backend.catalog.models import Brand, Category, Product, Sku
from backend.dbutil import execute, is_postgres
from backend.finance import accounts, summaries
from backend.finance.accounts import account_id, ensure_chart
from backend.finance.ledger import Line
from backend.finance.models import InventoryValuation, JournalEntry, JournalLine, LedgerDay, LedgerSkuDay
from backend.finance.postings import SaleLine, payment_lines, shipment_lines
from backend.members.models import Member, PointsEntry, PointsKind
from backend.members.points import default_expiry
from backend.members.rules import level_for_spend, points_for_payment, rank
from backend.orders.models import (
    Order,
    OrderEvent,
    OrderItem,
    OrderPayment,
    OrderStatus,
    Shipment,
    ShipmentLine,
)
from backend.org.models import Channel, Location, LocationKind
from backend.stock.models import Batch, MovementKind, Reservation, ReservationStatus, Stock, StockMovement
from backend.timestamps import CHINA, business_today

TOPS = ["奶粉", "纸尿裤", "湿巾", "奶瓶", "辅食", "洗护", "玩具"]
METHODS = (("cash", "现金"), ("wechat", "微信支付"), ("alipay", "支付宝"))
WEEKDAY = (0.85, 0.85, 0.9, 0.95, 1.1, 1.5, 1.4)  # Monday .. Sunday


@dataclass(frozen=True)
class ScaleSpec:
    stores: int = 5
    skus: int = 200
    members: int = 1000
    days: int = 30
    orders_per_store_day: int = 40
    seed: int = 21


_LAYOUT: dict[type[Model], tuple[list[str], list[str], dict[str, Any], set[str]]] = {}


def _layout(model: type[Model]) -> tuple[list[str], list[str], dict[str, Any], set[str]]:
    """(field names, columns, values a row may leave out, fields whose values the ORM encodes) of a model."""
    if model not in _LAYOUT:
        proj = model._meta.fields_db_projection
        fmap = model._meta.fields_map
        names = list(proj)
        fill: dict[str, Any] = {}
        for name in names:
            f = fmap[name]
            if f.default is not None and not callable(f.default):
                fill[name] = f.default
            elif f.null or f.pk or getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                fill[name] = None
        encoded = {n for n in names if not isinstance(fmap[n], DatetimeField)
                   and type(fmap[n]).__name__ in ("CharEnumFieldInstance", "IntEnumFieldInstance", "JSONField")}
        _LAYOUT[model] = (names, [proj[n] for n in names], fill, encoded)
    return _LAYOUT[model]


def _records(model: type[Model], rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Columns and records of `rows` for COPY: the model's defaults fill what a row leaves out; enums and JSON
    go through the field's own encoder as the ORM would write them."""
    names, cols, fill, encoded = _layout(model)
    fmap = model._meta.fields_map
    enc = [(i, fmap[n]) for i, n in enumerate(names) if n in encoded]
    records = []
    for r in rows:
        try:
            rec = [r[n] if n in r else fill[n] for n in names]
        except KeyError as exc:
            raise ValueError(f"{model.__name__}.{exc.args[0]} needs a value") from None
        for i, f in enc:
            v = rec[i]
            if isinstance(v, Enum):
                rec[i] = v.value
            elif v is not None and not isinstance(v, str):
                rec[i] = f.to_db_value(v, None)
        records.append(tuple(rec))
    return cols, records


async def copy_rows(conn: BaseDBAsyncClient, model: type[Model], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols, records = _records(model, rows)
    async with conn.acquire_connection() as raw:  # type: ignore[attr-defined]
        if await _may_skip_triggers(raw):
            # the rows reference each other by construction: no per-row foreign key trigger (superuser only)
            await raw.execute("SET session_replication_role = replica")
        try:
            await raw.copy_records_to_table(model._meta.db_table, records=records, columns=cols)
        finally:
            if _SKIP_TRIGGERS.get("ok"):
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
    cost_of = {s.id: max(100, s.price_fen * 55 // 113) for s in skus}  # net of VAT, about 55 % of the price
    created = dt.datetime.combine(first, dt.time(8), tzinfo=CHINA)
    ids = _Ids({m._meta.db_table: await _next_id(conn, m._meta.db_table) for m in (
        Member, Batch, Stock, StockMovement, Order, OrderItem, OrderPayment, OrderEvent, Reservation, Shipment,
        ShipmentLine, JournalEntry, JournalLine, PointsEntry, InventoryValuation)})
    member_ids = [ids.take("members") for _ in range(spec.members)]
    batch_of = {s.id: ids.take("batches") for s in skus}
    await copy_rows(conn, Batch, [{"id": b, "sku_id": sid, "batch_no": "-", "created_at": created}
                                  for sid, b in batch_of.items()])
    log(f"scale: master data {spec.stores} stores, {spec.skus} SKUs, {spec.members} members "
        f"({time.perf_counter() - t0:.1f}s)")

    # ------------------------------------------------------------------------------------ what sells, and when
    codes = {code: await account_id(code, conn) for code in (
        accounts.INVENTORY, accounts.EQUITY, accounts.CASH, accounts.BANK, accounts.CUSTOMER_ADVANCES,
        accounts.SALES, accounts.OUTPUT_VAT, accounts.COGS)}

    def plan() -> Iterator[tuple[dt.date, int, list[tuple[Sku, int]], int | None, str]]:
        """The orders, oldest first; seeded, so a second pass yields the same ones (nothing kept in memory)."""
        prng = random.Random(f"cradle-scale-orders:{spec.seed}")
        weights = [1.0 / (1 + i % 50) for i in range(len(skus))]  # a long tail: some SKUs sell far more
        for d in range(spec.days, 0, -1):
            day = today - dt.timedelta(days=d)
            for st in stores:
                n = max(1, round(spec.orders_per_store_day * WEEKDAY[day.weekday()] * prng.uniform(0.85, 1.15)))
                for _ in range(n):
                    lines: dict[int, tuple[Sku, int]] = {}
                    for s in prng.choices(skus, weights, k=prng.choice((1, 1, 2, 2, 3))):
                        lines[s.id] = (s, prng.choice((1, 1, 1, 2, 3)))
                    member = member_ids[prng.randrange(len(member_ids))] if member_ids and prng.random() < 0.4 \
                        else None
                    yield day, st.id, list(lines.values()), member, METHODS[prng.randrange(len(METHODS))][0]

    sold: dict[tuple[int, int], int] = defaultdict(int)
    for _, loc_id, lines, _, _ in plan():
        for s, q in lines:
            sold[(s.id, loc_id)] += q

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
            sid = ids.take("stocks")
            stock_id[(s.id, st.id)] = sid
            stocks.append({"id": sid, "sku_id": s.id, "location_id": st.id, "batch_id": batch_of[s.id],
                           "on_hand": spare, "reserved": 0, "updated_at": created})  # what is left at the end
            qty += spare
            w.add(StockMovement, {"id": ids.take("stock_movements"), "stock_id": sid, "sku_id": s.id,
                                  "location_id": st.id, "batch_id": batch_of[s.id], "kind": MovementKind.IMPORT,
                                  "on_hand_delta": qty, "ref_type": "scale", "ref_id": str(batch_of[s.id]),
                                  "created_at": created})
            valuation[s.id][0] += spare
            valuation[s.id][1] += spare * cost_of[s.id]
            debits.append(Line(accounts.INVENTORY, debit_fen=qty * cost_of[s.id], sku_id=s.id, location_id=st.id))
        total = sum(x.debit_fen for x in debits)
        w.entry(first, f"期初库存 {st.name}", "scale_stock", f"{st.id}:opening", created,
                [*debits, Line(accounts.EQUITY, credit_fen=total)], codes)
    await copy_rows(conn, Stock, stocks)
    await copy_rows(conn, InventoryValuation, [{"id": ids.take("inventory_valuations"), "sku_id": s_id, "qty": q,
                                                "value_fen": v} for s_id, (q, v) in valuation.items()])

    # ------------------------------------------------------------------------------------------------ orders
    member_state: dict[int, list[Any]] = {}  # member id -> [points, spent, level]
    minute: dict[tuple[dt.date, int], int] = defaultdict(int)
    n_orders = n_lines = 0
    for day, loc_id, lines, member, method in plan():
        k = minute[(day, loc_id)]
        minute[(day, loc_id)] += 1
        at = dt.datetime.combine(day, dt.time(9), tzinfo=CHINA) + dt.timedelta(seconds=37 * k)
        oid = ids.take("orders")
        order_no = f"SO{at:%Y%m%d%H%M%S}S{oid:011d}"
        shipment_no = f"SH{at:%Y%m%d%H%M%S}S{oid:011d}"
        ship_id = ids.take("shipments")
        total = sum(s.price_fen * q for s, q in lines)
        w.add(Order, {"id": oid, "order_no": order_no, "channel": Channel.POS, "status": OrderStatus.COMPLETED,
                      "member_id": member, "location_id": loc_id, "subtotal_fen": total, "total_fen": total,
                      "paid_fen": total, "payment_method": method, "pickup": True, "placed_at": at,
                      "paid_at": at, "shipped_at": at, "completed_at": at, "updated_at": at})
        w.add(Shipment, {"id": ship_id, "shipment_no": shipment_no, "order_id": oid, "location_id": loc_id,
                         "carrier": "门店自提", "shipped_at": at})
        sale_lines = []
        for s, q in lines:
            iid = ids.take("order_items")
            line_total = s.price_fen * q
            cogs = cost_of[s.id] * q  # one cost per SKU: the moving average is that cost
            sid = stock_id[(s.id, loc_id)]
            w.add(OrderItem, {"id": iid, "order_id": oid, "sku_id": s.id, "sku_name": s.name, "qty": q,
                              "unit_price_fen": s.price_fen, "line_total_fen": line_total, "qty_shipped": q,
                              "cogs_fen": cogs})
            w.add(Reservation, {"id": ids.take("reservations"), "stock_id": sid, "order_item_id": iid,
                                "ref_type": "order", "ref_id": str(oid), "qty": q, "qty_consumed": q,
                                "status": ReservationStatus.CONSUMED, "created_at": at})
            base = {"stock_id": sid, "sku_id": s.id, "location_id": loc_id, "batch_id": batch_of[s.id],
                    "created_at": at}
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.RESERVE,
                                  "reserved_delta": q, "ref_type": "order", "ref_id": str(oid)})
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.SALE,
                                  "on_hand_delta": -q, "reserved_delta": -q, "ref_type": "shipment",
                                  "ref_id": shipment_no})
            w.add(ShipmentLine, {"id": ids.take("shipment_lines"), "shipment_id": ship_id, "order_item_id": iid,
                                 "batch_id": batch_of[s.id], "qty": q, "cogs_fen": cogs})
            sale_lines.append(SaleLine(sku_id=s.id, gross_fen=line_total, tax_rate_bp=s.tax_rate_bp,
                                       category_id=category_of[s.id], cogs_fen=cogs))
        pid = ids.take("order_payments")
        w.add(OrderPayment, {"id": pid, "order_id": oid, "method": method, "amount_fen": total,
                             "external_ref": f"SCALE-{order_no}", "created_at": at})
        for frm, to, note in (("", "pending", "下单"), ("pending", "paid", f"收款 ¥{total / 100:.2f}"),
                              ("paid", "allocated", "库存已锁定"),
                              ("allocated", "shipped", f"发货 {shipment_no}（门店自提）"),
                              ("shipped", "completed", "门店收银完成")):
            w.add(OrderEvent, {"id": ids.take("order_events"), "order_id": oid, "from_status": frm, "to_status": to,
                               "note": note, "created_at": at})
        w.entry(day, f"订单收款 {order_no}", "order_payment", str(pid), at,
                payment_lines(method=method, amount_fen=total, channel=Channel.POS.value, location_id=loc_id), codes)
        w.entry(day, f"销售出库 {order_no} {shipment_no}", "order_shipment", shipment_no, at,
                shipment_lines(channel=Channel.POS.value, location_id=loc_id, lines=sale_lines), codes)
        if member is not None:  # members.checkout.on_paid: points by the level, then the spend, then the level
            m = member_state.setdefault(member, [0, 0, "normal"])
            earned = points_for_payment(total, m[2])
            if earned > 0:
                m[0] += earned
                w.add(PointsEntry, {"id": ids.take("member_points_entries"), "member_id": member, "delta": earned,
                                    "kind": PointsKind.EARN, "reason": f"订单 {order_no} 赠送"[:128], "order_id": oid,
                                    "ref": f"order:{oid}", "expires_on": default_expiry(day), "balance_after": m[0],
                                    "created_at": at})
            m[1] += total
            reached = level_for_spend(m[1])
            if rank(reached.code) > rank(m[2]):
                m[2] = reached.code
        n_orders += 1
        n_lines += len(lines)
        if w.pending >= FLUSH_ROWS:
            await w.flush()
            log(f"scale: {day} {n_orders} orders, {n_lines} order lines ({time.perf_counter() - t0:.1f}s)")
    await w.flush()
    await _set_members(conn, member_state)
    await _sync_sequences(conn, [Member, Batch, Stock, StockMovement, Order, OrderItem, OrderPayment, OrderEvent,
                                 Reservation, Shipment, ShipmentLine, JournalEntry, JournalLine, PointsEntry,
                                 InventoryValuation])
    await summaries.rebuild(conn)
    for model in (*FLUSH_ORDER, Member, Stock, LedgerDay, LedgerSkuDay):
        await execute(conn, f"ANALYZE {model._meta.db_table}", [])
    took = time.perf_counter() - t0
    log(f"scale: written and summarised ({took:.1f}s)")
    return {"orders": n_orders, "order_lines": n_lines, "journal_lines": w.journal_lines, "seconds": round(took, 1),
            "first_day": first.isoformat(), "today": today.isoformat()}


# COPY order: a row's foreign keys point at rows of the tables before it
FLUSH_ORDER: tuple[type[Model], ...] = (Order, Shipment, OrderItem, Reservation, StockMovement, ShipmentLine,
                                       OrderPayment, OrderEvent, JournalEntry, JournalLine, PointsEntry)
FLUSH_ROWS = 400_000


class _Writer:
    """Rows buffered per model and COPYed in FLUSH_ORDER when enough have piled up (bounded memory)."""

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
              lines: list[Line], codes: dict[str, int]) -> None:
        """One journal entry as post_entry writes it: zero lines dropped, refused unless balanced."""
        self.seq += 1
        eid = self.ids.take("journal_entries")
        self.add(JournalEntry, {"id": eid, "entry_no": f"JE{date:%Y%m%d}S{self.seq:09d}", "date": date,
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

    async def flush(self) -> None:
        for model in FLUSH_ORDER:
            await copy_rows(self.conn, model, self.rows.pop(model, []))
        assert not self.rows, f"no COPY order for {list(self.rows)}"
        self.pending = 0


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
