"""Demo section "history": the days of trading before today (90 for `make run`), replayed day by day through
the real services under a controlled clock (`backend.timestamps.clock_at`), so every order, stock movement,
ledger entry, member points row and clock-in carries its business date and they all agree.

Each day: orders with a weekly rhythm (Saturday and Sunday busiest) over the channel mix of the orders section,
most online orders delivered and completed, some cancelled, a few returned and refunded; staff of the first store
clock in and out. Each Monday the buyer orders what each location runs short of (one PO per supplier and
location, approved by HQ, sent) and the goods arrive three days later in fresh lots. A ten-day store promotion at
ST-001 (drafted by manager1, approved by admin) doubles its counter sales while it runs. A short-dated lot bought
for a clearance sells partly and the rest expires and is written off; two stocktakes post their variances.
Seeded (ctx.rng): the same business every load.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Category, Sku
from backend.demo import DemoContext
from backend.demo.catalogue import demo_specs
from backend.demo.orders import CHANNEL_MIX, PLATFORMS, STORE_CLERKS, _available, _pick_lines, _progress
from backend.demo.people import MEMBERS, member_code
from backend.errors import AppError
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import Channel, LocationKind, User
from backend.promotions import workflow
from backend.promotions.models import PromotionKind
from backend.purchasing.models import SupplierProduct
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, send_po
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.staff.attendance import clock
from backend.stock import adjustments, stocktakes
from backend.stock.models import Stock
from backend.timestamps import CHINA, clock_at

# orders per ordinary weekday; Monday .. Sunday factors
ORDERS_PER_DAY = {"full": 11, "small": 2}
WEEKDAY = (0.8, 0.85, 0.9, 0.95, 1.1, 1.6, 1.5)
# online fates of an order placed days ago (the unpaid / allocated ones belong to today's orders section)
OLD_FATES = ["completed"] * 14 + ["delivered", "return", "cancelled", "completed", "return"]
RECENT_FATES = ["shipped", "delivered", "completed", "completed", "shipped"]  # the last three days
TARGET = {LocationKind.WAREHOUSE: 120, LocationKind.STORE: 24}  # units a location restocks to each week
PO_CAP_FEN = 4_000_000  # keep each PO under the two-approver amount
PROMO_DAYS = (50, 41)  # the store promotion runs from 50 to 41 days ago
CLEARANCE = (32, 12)  # a short-dated lot bought 32 days ago expires 12 days ago
STOCKTAKES = {(60, "ST-002"), (25, "ST-003")}


def _at(day: dt.date, minutes: int) -> dt.datetime:
    """A moment of the business day: shops open at 09:00, one step per order."""
    return dt.datetime.combine(day, dt.time(9), tzinfo=CHINA) + dt.timedelta(minutes=minutes)


class _History:
    def __init__(self, ctx: DemoContext, conn: BaseDBAsyncClient) -> None:
        self.ctx, self.conn = ctx, conn
        self.rng = ctx.rng("history")
        self.placed: Counter[str] = Counter()
        self.pos_received: list[tuple[dt.date, str, str, list[tuple[str, int]]]] = []
        self.counts: Counter[str] = Counter()

    async def setup(self) -> None:
        ctx, conn = self.ctx, self.conn
        self.locations = await ctx.locations(conn)
        self.skus = [s for s in (await ctx.skus(conn)).values() if s.is_active]
        self.by_code = {s.code: s for s in self.skus}
        self.free = await _available(ctx, conn)
        self.warehouse_ids = [loc.id for loc in self.locations.values() if loc.kind == LocationKind.WAREHOUSE]
        self.admin = await ctx.actor("admin", conn)
        self.buyer = await ctx.actor("buyer1", conn)
        self.manager = await ctx.actor("manager1", conn)
        self.clerks = {code: await ctx.actor(name, conn) for code, name in STORE_CLERKS.items()}
        self.life = {s.code: s.shelf_life_days for s in demo_specs(ctx)}
        self.supplier_of: dict[int, str] = {}
        self.cost_of: dict[int, int] = {}
        for sp in await SupplierProduct.all().using_db(conn).select_related("supplier"):
            self.supplier_of[sp.sku_id] = sp.supplier.code
            self.cost_of[sp.sku_id] = sp.price_fen
        tops = {c.name: c.id for c in await Category.filter(parent_id__isnull=True).using_db(conn)}
        diapers = await Sku.filter(product__category__parent_id=tops["纸尿裤"]).using_db(conn).values_list("id", flat=True)
        self.promo_skus = [s for s in self.skus if s.id in set(diapers)]
        self.promo_category = tops["纸尿裤"]
        self.staff = [u for u in await User.filter(username__in=["clerk1", "manager1"]).using_db(conn)]

    # ------------------------------------------------------------------------------------------------- a day

    async def day(self, back: int) -> None:
        day = self.ctx.today - dt.timedelta(days=back)
        with clock_at(_at(day, -60)):
            if back == PROMO_DAYS[0] + 1 and self.promo_skus:
                await self.promotion(day)
            if day.weekday() == 0:
                await self.reorder(day)
            await self.arrivals(day)
            if back == CLEARANCE[0]:
                await self.clearance_buy(day)
            if back == CLEARANCE[1] - 1:
                await self.clearance_write_off()
            for user in self.staff:
                await clock(user, "in", lat=self._store_lat(), lng=self._store_lng(), source="demo")
        n_orders = max(1, round(ORDERS_PER_DAY[self.ctx.size] * WEEKDAY[day.weekday()] * self.rng.uniform(0.8, 1.2)))
        promo = PROMO_DAYS[1] <= back <= PROMO_DAYS[0]
        for i in range(n_orders + (n_orders // 2 if promo else 0)):
            with clock_at(_at(day, 10 + i * 600 // (n_orders + 1))):
                await self.order(day, back, i, promo and i >= n_orders)
        with clock_at(_at(day, 12 * 60)):
            for user in self.staff:
                await clock(user, "out", lat=self._store_lat(), lng=self._store_lng(), source="demo")
            for ago, store in STOCKTAKES:
                if back == ago:
                    await self.stocktake(store)

    def _store_lat(self) -> float:
        return float(self.locations["ST-001"].lat)

    def _store_lng(self) -> float:
        return float(self.locations["ST-001"].lng)

    async def order(self, day: dt.date, back: int, n: int, promo_extra: bool) -> None:
        rng, conn = self.rng, self.conn
        channels, weights = zip(*CHANNEL_MIX, strict=True)
        # the day's first sale is at a counter (a shop sells every day it is open), then the channel mix
        channel: Channel = Channel.POS if promo_extra or n == 0 else rng.choices(channels, weights)[0]
        store = "ST-001" if promo_extra else rng.choice(list(STORE_CLERKS)) if channel == Channel.POS else None
        actor = self.clerks[store] if store else self.admin
        from_ids = [self.locations[store].id] if store else self.warehouse_ids
        lines = _pick_lines(rng, self.promo_skus if promo_extra else self.skus, self.free, from_ids)
        if not lines:
            self.counts["skipped"] += 1
            return
        member = member_code(rng.randint(1, MEMBERS[self.ctx.size])) if channel == Channel.MINIPROGRAM or \
            rng.random() < 0.5 else None
        key = f"demo-h{back}-{n}"
        try:
            placement = await place_order(actor, OrderRequest(
                channel=channel.value, location_code=store, items=[LineIn(s.code, q) for s, q in lines],
                idempotency_key=key, member_code=member,
                external_id=f"{channel.value.upper()}{day:%Y%m%d}H{n:04d}" if channel in PLATFORMS else None,
                receiver_name="" if store else "收货人", receiver_phone="" if store else "13800138000",
                receiver_address="" if store else "上海市长宁区天山路 600 弄 3 号 1201 室", note="演示订单"))
        except AppError as exc:
            self.counts["skipped"] += 1
            self.ctx.cache.setdefault("history_errors", []).append(f"{key}: {exc.code}")
            return
        order = await Order.get(id=placement.order_id).using_db(conn)
        self.placed[channel.value] += 1
        if channel == Channel.POS:
            fate = "pos"
        else:
            fates = RECENT_FATES if back <= 3 else OLD_FATES
            fate = fates[(self.placed["online"]) % len(fates)]
            self.placed["online"] += 1
        if fate == "cancelled":
            for sku, qty in lines:  # the reservation is released: the units are free again
                for loc in from_ids:
                    if (sku.id, loc) in self.free:
                        self.free[(sku.id, loc)] += qty
                        break
        await _progress(rng, order, channel, fate, actor.user, self.manager.user, conn)
        if fate == "return":
            self.counts["returns"] += 1

    # ---------------------------------------------------------------------------------------------- purchasing

    async def reorder(self, day: dt.date) -> None:
        """What each location is short of, one PO per supplier and location (under the two-approver amount)."""
        for code, loc in self.locations.items():
            target = TARGET[loc.kind]
            want: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
            for s in self.skus:
                have = self.free.get((s.id, loc.id))
                if have is None or have >= target // 2 or s.id not in self.supplier_of:
                    continue
                qty = target - have
                want[self.supplier_of[s.id]].append((s.code, qty, qty * self.cost_of[s.id]))
            for supplier, lines in sorted(want.items()):
                chunk: list[tuple[str, int, int]] = []
                for line in lines + [("", 0, PO_CAP_FEN)]:
                    if chunk and (sum(x[2] for x in chunk) + line[2] > PO_CAP_FEN or len(chunk) == 40):
                        await self._po(day, supplier, code, [(c, q) for c, q, _ in chunk])
                        chunk = []
                    if line[0]:
                        chunk.append(line)

    async def _po(self, day: dt.date, supplier: str, location_code: str, lines: list[tuple[str, int]]) -> None:
        po = await create_po(POIn(supplier_code=supplier, location_code=location_code, submit=True, note="周补货",
                                  lines=[POLineIn(sku_code=c, qty=q) for c, q in lines]),
                             actor=self.buyer, via="demo", notify=False)
        await decide_po(po.po_no, approve=True, actor=self.admin, via="demo")
        await send_po(po.po_no, actor=self.buyer, via="demo")
        self.pos_received.append((day + dt.timedelta(days=3), po.po_no, location_code, lines))
        self.counts["pos"] += 1

    async def arrivals(self, day: dt.date) -> None:
        due = [p for p in self.pos_received if p[0] <= day]
        self.pos_received = [p for p in self.pos_received if p[0] > day]
        for _, po_no, location_code, lines in due:
            await self._receive(day, po_no, location_code, lines)

    async def _receive(self, day: dt.date, po_no: str, location_code: str, lines: list[tuple[str, int]],
                       expiry: dt.date | None = None) -> None:
        receipt_lines = []
        for code, qty in lines:
            sku = self.by_code[code]
            life = self.life.get(code)
            exp = expiry or (day + dt.timedelta(days=life) if life else None)
            receipt_lines.append(ReceiptLineIn(
                sku_code=code, qty=qty, batch_no=f"{day:%Y%m%d}{po_no[-3:]}" if sku.batch_tracked else None,
                production_date=day - dt.timedelta(days=10) if exp else None,
                expiry_date=exp if sku.batch_tracked else None))
        await receive(po_no, ReceiptIn(client_ref=f"demo-{po_no}", lines=receipt_lines), actor=self.buyer, via="demo")
        loc_id = self.locations[location_code].id
        for code, qty in lines:
            key = (self.by_code[code].id, loc_id)
            self.free[key] = self.free.get(key, 0) + qty
        self.counts["receipts"] += 1

    # ---------------------------------------------------------------------------- promotion, expiry, stocktakes

    async def promotion(self, day: dt.date) -> None:
        start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=CHINA)
        p = await workflow.create_promotion(self.manager, workflow.PromotionDraft(
            name="徐汇店纸尿裤9折周", kind=PromotionKind.PERCENT_OFF, percent_off_bp=1000,
            category_id=self.promo_category, location_codes=["ST-001"], channels=[Channel.POS], starts_at=start,
            ends_at=start + dt.timedelta(days=PROMO_DAYS[0] - PROMO_DAYS[1] + 1), note="门店纸尿裤促销"), via="task")
        await workflow.submit(self.manager, p["id"], via="task")
        await workflow.approve(self.admin, p["id"], via="task")

    async def clearance_buy(self, day: dt.date) -> None:
        """A short-dated lot of a batch-tracked SKU bought cheap for ST-002: what does not sell expires."""
        sku = next(s for s in self.skus if s.batch_tracked and self.life.get(s.code) and s.id in self.supplier_of
                   and s.id not in {p.id for p in self.promo_skus})
        self.clearance = sku
        po = await create_po(POIn(supplier_code=self.supplier_of[sku.id], location_code="ST-002", submit=True,
                                  note="临期特价采购", lines=[POLineIn(sku_code=sku.code, qty=40)]),
                             actor=self.buyer, via="demo", notify=False)
        await decide_po(po.po_no, approve=True, actor=self.admin, via="demo")
        await send_po(po.po_no, actor=self.buyer, via="demo")
        await self._receive(day, po.po_no, "ST-002", [(sku.code, 40)],
                            expiry=day + dt.timedelta(days=CLEARANCE[0] - CLEARANCE[1]))

    async def clearance_write_off(self) -> None:
        sku = getattr(self, "clearance", None)
        if sku is None:
            return
        loc = self.locations["ST-002"]
        today = self.ctx.today
        for st in await Stock.filter(sku_id=sku.id, location_id=loc.id, on_hand__gt=0).using_db(
                self.conn).select_related("batch"):
            exp = st.batch.expiry_date
            if exp is not None and exp < today - dt.timedelta(days=CLEARANCE[1] - 1):
                await adjustments.adjust(self.admin, location_code="ST-002", sku_code=sku.code,
                                         qty_delta=-st.on_hand, reason="expiry", batch_no=st.batch.batch_no,
                                         note="临期批次过期报损", via="demo")
                self.free[(sku.id, loc.id)] = self.free.get((sku.id, loc.id), 0) - st.on_hand
                self.counts["expired_units"] += st.on_hand

    async def stocktake(self, store: str) -> None:
        """Count one store's shelves: most lines as the system says, a few off by a unit or two."""
        manager = self.manager if store == "ST-001" else self.admin
        sheet = await stocktakes.open_stocktake(manager, location_code=store, note="月度盘点", via="demo")
        loc = self.locations[store]
        rows = await Stock.filter(location_id=loc.id, on_hand__gt=0, reserved=0).using_db(
            self.conn).select_related("sku", "batch").order_by("id")
        for st in rows[:40]:
            delta = self.rng.choice((0, 0, 0, 0, 0, -1, -1, 1, -2))
            counted = max(0, st.on_hand + delta)
            await stocktakes.record_count(manager, sheet["id"], sku_code=st.sku.code, counted_qty=counted,
                                          batch_no=st.batch.batch_no if st.sku.batch_tracked else None, via="demo")
            self.free[(st.sku_id, loc.id)] = self.free.get((st.sku_id, loc.id), 0) + counted - st.on_hand
        await stocktakes.submit_stocktake(manager, sheet["id"], via="demo")
        await stocktakes.post_stocktake(self.admin, sheet["id"], via="demo")
        self.counts["stocktakes"] += 1


async def load_history(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    if ctx.days <= 0:
        return "no history (days=0)"
    h = _History(ctx, conn)
    await h.setup()
    for back in range(ctx.days, 0, -1):
        await h.day(back)
    online = h.placed.pop("online", 0)
    total = sum(h.placed.values())
    c = h.counts
    return (f"{ctx.days} days from {ctx.first_day}: {total} orders ({online} online; "
            f"{', '.join(f'{k} {v}' for k, v in h.placed.most_common())}), {c['returns']} returns, "
            f"{c['pos']} POs / {c['receipts']} receipts, {c['stocktakes']} stocktakes, "
            f"{c['expired_units']} expired units written off" + (f", {c['skipped']} skipped" if c["skipped"] else ""))
