"""Three demo days of a migrated store traded in both systems, for the parallel run's tests.

Every sale is placed in Cradle through the order service (stock leaves through the movement journal, the
payments are recorded) and, for the old system, written into its daily export: sales by channel and payment,
stock at the close, the member's balance and points. On day 2 one counter sale (2 units of SKU B paid by WeChat)
was rung up in the old system only: the export's sales and SKU B's closing stock differ from Cradle's, and
nothing else does. On day 3 Cradle's stock of B is corrected by 2 (a stock adjustment), so day 3 agrees again.

Cradle's journals are timestamped when written; the days are in the past, so each day's rows are dated to that
day after they are written (what three real days of trading would have left in the tables)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from backend.catalog.models import Sku
from backend.finance.accounts import ensure_chart
from backend.members import balance, points
from backend.members.models import BalanceEntry, BalanceKind, Member, PointsEntry, PointsKind
from backend.orders.models import Order
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.org.models import Location, Role, User
from backend.security.actor import load_staff_actor
from backend.stock.adjustments import adjust
from backend.stock.models import StockMovement
from backend.timestamps import CHINA, business_today
from tests.factories import make_location, make_sku, make_user, stock_in

OPENING = 50


@dataclass(frozen=True)
class Sale:
    receipt: str  # the old system's receipt number
    method: str
    lines: tuple[tuple[str, int], ...]  # (SKU key A/B/C, qty)
    in_cradle: bool = True


@dataclass
class World:
    store: Location
    other_store: Location
    skus: dict[str, Sku]
    member: Member
    hq: User
    manager: User
    days: list[dt.date]
    exports: dict[dt.date, dict[str, bytes]] = field(default_factory=dict)
    cradle_orders: dict[dt.date, list[str]] = field(default_factory=dict)
    missing: Sale | None = None


SALES: list[list[Sale]] = [
    [Sale("L1-001", "cash", (("A", 1),)), Sale("L1-002", "wechat", (("B", 3), ("C", 1)))],
    [Sale("L2-001", "cash", (("C", 2),)), Sale("L2-002", "wechat", (("A", 1),)),
     Sale("L2-003", "wechat", (("B", 2),), in_cradle=False)],
    [Sale("L3-001", "alipay", (("A", 2),)), Sale("L3-002", "cash", (("B", 1), ("C", 4)))],
]
# the member's balance and points as both systems hold them at each day's close
TOPUP_FEN = {0: 10_000, 1: 5_000}
POINTS = {0: 500, 2: 300}


def _at(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 5), tzinfo=CHINA) + dt.timedelta(minutes=minute)


async def _date_rows_after(marks: dict[type, int], when: dt.datetime) -> None:
    """Date every journal row written since `marks` (model -> last id then) to `when`."""
    for model, last in marks.items():
        await model.filter(id__gt=last).update(created_at=when)


async def _marks() -> dict[type, int]:
    out: dict[type, int] = {}
    for model in (StockMovement, BalanceEntry, PointsEntry):
        row = await model.all().order_by("-id").first()
        out[model] = row.id if row else 0
    return out


def _sales_csv(sales: list[Sale], prices: dict[str, int], *, receipts: bool) -> bytes:
    def amount(s: Sale) -> int:
        return sum(prices[k] * q for k, q in s.lines)

    if receipts:  # one line per receipt
        lines = ["单号,渠道,支付方式,金额"] + [f"{s.receipt},门店收银,{_PAY_ZH[s.method]},{amount(s) / 100:.2f}"
                                            for s in sales]
    else:  # totals by channel and payment, with the number of receipts
        by: dict[str, list[int]] = {}
        for s in sales:
            by.setdefault(s.method, []).append(amount(s))
        lines = ["渠道,支付方式,单数,金额"] + [f"门店,{_PAY_ZH[m]},{len(a)},\"￥{sum(a) / 100:,.2f}\""
                                         for m, a in sorted(by.items())]
    return ("\n".join(lines) + "\n").encode("gbk")


_PAY_ZH = {"cash": "现金", "wechat": "微信", "alipay": "支付宝"}


async def build() -> World:
    await ensure_chart()
    store = await make_location("PR1", name="并行测试店")
    other = await make_location("PR2", name="另一家店")
    skus = {k: await make_sku(f"PR-{k}", price_fen=p) for k, p in (("A", 12_800), ("B", 5_000), ("C", 2_000))}
    hq = await make_user(Role.HQ_ADMIN, username="lead1")
    manager = await make_user(Role.STORE_MANAGER, username="pr_manager", locations=[store])
    today = business_today()
    days = [today - dt.timedelta(days=2), today - dt.timedelta(days=1), today]
    marks = await _marks()
    for sku in skus.values():
        await stock_in(sku, store, OPENING)
    member = await Member.create(member_code="V100", nickname="并行测试会员")
    await _date_rows_after(marks, _at(days[0] - dt.timedelta(days=1), 0))
    world = World(store, other, skus, member, hq, manager, days)
    actor = await load_staff_actor(hq)
    prices = {k: s.price_fen for k, s in skus.items()}
    legacy_stock = {k: OPENING for k in skus}
    legacy_balance = legacy_points = 0
    for i, day in enumerate(days):
        marks = await _marks()
        world.cradle_orders[day] = []
        for n, sale in enumerate(SALES[i]):
            for k, q in sale.lines:
                legacy_stock[k] -= q
            if not sale.in_cradle:
                world.missing = sale
                continue
            total = sum(prices[k] * q for k, q in sale.lines)
            placed = await place_order(actor, OrderRequest(
                channel="pos", location_code=store.code, now=_at(day, n),
                items=[LineIn(skus[k].code, q) for k, q in sale.lines], payments_in=[PaymentIn(sale.method, total)]))
            world.cradle_orders[day].append((await Order.get(id=placed.order_id)).order_no)
        if i == 2:  # the lead found day 2's missing sale: Cradle's stock of B is corrected (the sales day stays)
            await adjust(actor, location_code=store.code, sku_code=skus["B"].code, qty_delta=-2,
                         reason="correction", note="旧系统 L2-003 未录入 Cradle")
        async with in_transaction() as conn:
            if i in TOPUP_FEN:
                await balance.change(member.id, TOPUP_FEN[i], BalanceKind.ADJUST, conn, reason="旧系统迁入")
                legacy_balance += TOPUP_FEN[i]
            if i in POINTS:
                await points.credit(member.id, POINTS[i], PointsKind.ADJUST, conn, reason="旧系统迁入")
                legacy_points += POINTS[i]
        await _date_rows_after(marks, _at(day, 30))
        stock_csv = "商品编码,结存数量\n" + "".join(f"{skus[k].code},{q}\n" for k, q in legacy_stock.items())
        members_csv = f"会员卡号,储值余额,积分\nV100,{legacy_balance / 100:.2f},{legacy_points}\n"
        world.exports[day] = {"sales": _sales_csv(SALES[i], prices, receipts=i == 1),
                              "stock": stock_csv.encode("gbk"), "members": members_csv.encode()}
    return world


async def upload_all(client: Any, headers: dict[str, str], run_id: int, world: World) -> None:
    for day in world.days:
        for section, data in world.exports[day].items():
            _, resp = await client.post(f"/admin/api/v1/parallel-runs/{run_id}/days/{day.isoformat()}/exports"
                                        f"?section={section}&filename={section}.csv", headers=headers, content=data)
            assert resp.status == 201, resp.text
