"""The whole run in the order things happened: master data and promotions, the plan tallied (what each store
sells per week), the opening count, then day by day the purchasing before the day's sales and the sales with
their returns and points; after the load the indexes built again, the members' totals, the sequences and the
ledger summaries.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit.models import AuditLog
from backend.demo.scale.copy import Ids, copy_rows, drop_indexes, next_id, sync_sequences
from backend.demo.scale.master import (
    copy_members,
    create_catalogue,
    create_staff,
    create_stores,
    create_suppliers,
)
from backend.demo.scale.opening import open_stock
from backend.demo.scale.promotions import create_promotions
from backend.demo.scale.purchasing import Purchasing
from backend.demo.scale.sales import History, Planned, plan, set_members
from backend.demo.scale.spec import ScaleSpec
from backend.demo.scale.writer import FLUSH_ORDER, FLUSH_ROWS, PURCHASING, Writer, ledger_codes
from backend.finance import summaries
from backend.finance.accounts import ensure_chart
from backend.finance.models import (
    InventoryValuation,
    JournalEntry,
    JournalLine,
    LedgerDay,
    LedgerSkuDay,
    LedgerSkuMonth,
)
from backend.members.models import Member, PointsEntry
from backend.orders.models import (
    Order,
    OrderDiscount,
    OrderEvent,
    OrderItem,
    OrderPayment,
    Refund,
    ReturnLine,
    ReturnRequest,
    Shipment,
    ShipmentLine,
)
from backend.promotions.models import PromotionApplication
from backend.raw_sql import execute, is_postgres
from backend.stock.models import Batch, Reservation, Stock, StockMovement
from backend.timestamps import CHINA, business_today


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
    stores = await create_stores(conn, spec)
    staff = await create_staff(conn, stores)
    cat = await create_catalogue(conn, spec, rng)
    skus, category_of, cost_of = cat.skus, cat.category_of, cat.cost_of
    promos = await create_promotions(first, today, cat.tops[0].id, staff)
    promo_of_day = {p.starts_at.date() + dt.timedelta(days=d): p for p in promos for d in range(7)}
    promoted = [s for s in skus if category_of[s.id] == cat.tops[0].id]
    supplier_of_category = await create_suppliers(conn, cat)
    created = dt.datetime.combine(first, dt.time(8), tzinfo=CHINA)
    ids = Ids({m._meta.db_table: await next_id(conn, m._meta.db_table) for m in (
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
    codes = await ledger_codes(conn)

    def planned() -> Iterator[Planned]:
        return plan(spec, today, stores, skus, member_ids, promo_of_day, promoted)

    sold: dict[tuple[int, int], int] = defaultdict(int)
    restocked: dict[tuple[int, int], int] = defaultdict(int)
    weekly: dict[int, dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))  # week -> (store, SKU)
    for p in planned():
        week = weekly[(p.day - first).days // 7]
        for i, (s, q) in enumerate(p.lines):
            sold[(s.id, p.location_id)] += q
            week[(p.location_id, s.id)] += q
            if p.ret is not None and p.ret.restock:
                restocked[(s.id, p.location_id)] += p.ret.qty[i]

    # ---------------------------------------------------------------------- members, stock rows, opening count
    w = Writer(conn, ids)
    await copy_members(conn, member_ids, created)
    stock_id = await open_stock(conn, w, ids, rng, stores, skus, sold, restocked, batch_of, cost_of, codes, first,
                                created)

    # ------------------------------------------------------------------------------------------------ orders
    h = History(w, ids, codes, stock_id, batch_of, cost_of, category_of, rng, staff, promo_of_day)
    buy = Purchasing(w, ids, codes, first, weekly, stock_id, batch_of, cost_of, category_of,
                      {s.id: s.code for s in skus}, {st.id: st for st in stores},
                      {s.id: supplier_of_category[category_of[s.id]] for s in skus}, created, staff)

    indexes = await drop_indexes(conn, [m._meta.db_table for m in FLUSH_ORDER])
    n_orders = n_lines = 0
    try:
        for p in planned():
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
    await set_members(conn, h.members)
    await sync_sequences(conn, [Member, Batch, Stock, StockMovement, Order, OrderItem, OrderPayment, OrderEvent,
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

