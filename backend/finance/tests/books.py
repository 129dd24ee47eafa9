"""Test bookkeeping: posts typical entries through post_entry + costing, and keeps its own record of what it
posted so tests can compute every report figure by hand (independently of the report code)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from tortoise.transactions import in_transaction

from backend.catalog.models import Sku
from backend.finance import accounts, costing
from backend.finance.ledger import Line, post_entry
from backend.org.models import Location, LocationKind
from tests.factories import make_location, make_sku


def split_vat(gross_fen: int, rate_bp: int) -> tuple[int, int]:
    """VAT-inclusive price -> (net, vat), net rounded half up."""
    net = (gross_fen * 10000 * 2 + (10000 + rate_bp)) // (2 * (10000 + rate_bp))
    return net, gross_fen - net


@dataclass
class SaleRec:
    date: dt.date
    sku_id: int
    category_id: int
    location_id: int
    channel: str
    net: int
    vat: int
    cost: int


@dataclass
class PurchaseRec:
    date: dt.date
    sku_id: int
    location_id: int
    net: int
    vat: int


@dataclass
class VarianceRec:
    date: dt.date
    sku_id: int
    category_id: int
    location_id: int
    value: int  # > 0 gain, < 0 loss


@dataclass
class Book:
    sales: list[SaleRec] = field(default_factory=list)
    purchases: list[PurchaseRec] = field(default_factory=list)
    variances: list[VarianceRec] = field(default_factory=list)
    # our own moving-average model: sku_id -> [qty, value]
    valuation: dict[int, list[int]] = field(default_factory=dict)
    categories: dict[int, int] = field(default_factory=dict)

    async def category_of(self, sku_id: int) -> int:
        if sku_id not in self.categories:
            sku = await Sku.get(id=sku_id).prefetch_related("product")
            self.categories[sku_id] = sku.product.category_id
        return self.categories[sku_id]

    def _take(self, sku_id: int, qty: int) -> int:
        q, v = self.valuation[sku_id]
        value = v if qty >= q else (v * qty + q // 2) // q
        self.valuation[sku_id] = [q - qty, v - value]
        return value

    async def purchase(self, date: dt.date, sku_id: int, location_id: int, qty: int, unit_net_fen: int,
                       rate_bp: int = 1300) -> None:
        net = qty * unit_net_fen
        vat = (net * rate_bp + 5000) // 10000
        async with in_transaction() as conn:
            await costing.add_value(sku_id, qty, net, conn)
            await post_entry(date=date, memo="采购入库", source_type="test_purchase", source_id=uuid.uuid4().hex,
                             lines=[Line(accounts.INVENTORY, debit_fen=net, sku_id=sku_id, location_id=location_id),
                                    Line(accounts.INPUT_VAT, debit_fen=vat, location_id=location_id),
                                    Line(accounts.PAYABLE, credit_fen=net + vat, partner="供应商甲")],
                             conn=conn)
        q, v = self.valuation.get(sku_id, [0, 0])
        self.valuation[sku_id] = [q + qty, v + net]
        self.purchases.append(PurchaseRec(date, sku_id, location_id, net, vat))

    async def sale(self, date: dt.date, sku_id: int, location_id: int, channel: str, qty: int, unit_gross_fen: int,
                   rate_bp: int = 1300) -> SaleRec:
        cat = await self.category_of(sku_id)
        net, vat = split_vat(qty * unit_gross_fen, rate_bp)
        expected_cost = self._take(sku_id, qty)
        async with in_transaction() as conn:
            cost = await costing.remove_at_average(sku_id, qty, conn)
            assert cost == expected_cost, (cost, expected_cost)
            dims = {"location_id": location_id, "channel": channel}
            sku_dims = {"sku_id": sku_id, "category_id": cat, **dims}
            await post_entry(date=date, memo="销售", source_type="test_sale", source_id=uuid.uuid4().hex, lines=[
                Line(accounts.BANK if channel != "pos" else accounts.CASH, debit_fen=net + vat, **dims),
                Line(accounts.SALES, credit_fen=net, **sku_dims),
                Line(accounts.OUTPUT_VAT, credit_fen=vat, **dims),
                Line(accounts.COGS, debit_fen=cost, **sku_dims),
                Line(accounts.INVENTORY, credit_fen=cost, sku_id=sku_id, location_id=location_id),
            ], conn=conn)
        rec = SaleRec(date, sku_id, cat, location_id, channel, net, vat, cost)
        self.sales.append(rec)
        return rec

    async def variance(self, date: dt.date, sku_id: int, location_id: int, qty: int, unit_fen: int = 0) -> None:
        """qty < 0: loss at moving average; qty > 0: found goods at unit_fen."""
        cat = await self.category_of(sku_id)
        dims = {"sku_id": sku_id, "category_id": cat, "location_id": location_id}
        async with in_transaction() as conn:
            if qty < 0:
                value = self._take(sku_id, -qty)
                got = await costing.remove_at_average(sku_id, -qty, conn)
                assert got == value
                lines = [Line(accounts.INVENTORY_LOSS, debit_fen=value, **dims),
                         Line(accounts.INVENTORY, credit_fen=value, **dims)]
                signed = -value
            else:
                value = qty * unit_fen
                await costing.add_value(sku_id, qty, value, conn)
                q, v = self.valuation[sku_id]
                self.valuation[sku_id] = [q + qty, v + value]
                lines = [Line(accounts.INVENTORY, debit_fen=value, **dims),
                         Line(accounts.INVENTORY_GAIN, credit_fen=value, **dims)]
                signed = value
            await post_entry(date=date, memo="库存调整", source_type="test_variance", source_id=uuid.uuid4().hex,
                             lines=lines, conn=conn)
        self.variances.append(VarianceRec(date, sku_id, cat, location_id, signed))

    # hand computations -----------------------------------------------------------------------------------------

    def sales_in(self, d0: dt.date, d1: dt.date, locs: set[int] | None = None,
                 channel: str | None = None) -> list[SaleRec]:
        return [s for s in self.sales if d0 <= s.date <= d1 and (locs is None or s.location_id in locs)
                and (channel is None or s.channel == channel)]

    def pnl(self, d0: dt.date, d1: dt.date, locs: set[int] | None = None, channel: str | None = None) -> dict[str, int]:
        sales = self.sales_in(d0, d1, locs, channel)
        var = [v for v in self.variances if d0 <= v.date <= d1 and (locs is None or v.location_id in locs)
               and channel is None]
        revenue = sum(s.net for s in sales)
        cogs = sum(s.cost for s in sales)
        gain = sum(v.value for v in var if v.value > 0)
        loss = -sum(v.value for v in var if v.value < 0)
        return {"sales_fen": revenue, "cogs_fen": cogs, "gross_profit_fen": revenue - cogs,
                "other_income_fen": gain, "other_expenses_fen": loss,
                "net_profit_fen": revenue - cogs + gain - loss}

    def margin(self, d0: dt.date, d1: dt.date, by: str) -> dict[object, tuple[int, int]]:
        attr = {"sku": "sku_id", "category": "category_id", "location": "location_id", "channel": "channel"}[by]
        out: dict[object, tuple[int, int]] = {}
        for s in self.sales_in(d0, d1):
            k = getattr(s, attr)
            r, c = out.get(k, (0, 0))
            out[k] = (r + s.net, c + s.cost)
        return out

    def vat(self, d0: dt.date, d1: dt.date) -> tuple[int, int]:
        out_vat = sum(s.vat for s in self.sales_in(d0, d1))
        in_vat = sum(p.vat for p in self.purchases if d0 <= p.date <= d1)
        return out_vat, in_vat


@dataclass
class Month:
    book: Book
    first: dt.date
    last: dt.date
    store_a: Location
    store_b: Location
    warehouse: Location
    skus: list[Sku]


async def generate_month(seed: int = 7, year: int = 2024, month: int = 3) -> Month:
    """A month of trading for 2 stores and a warehouse: purchases, POS and online sales, a loss and a gain,
    plus a few entries on the days just outside the month (they must not leak into period reports)."""
    rng = random.Random(seed)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    store_a = await make_location("SA")
    store_b = await make_location("SB")
    wh = await make_location("WH", kind=LocationKind.WAREHOUSE)
    skus = [
        await make_sku("MILK1", price_fen=29800, category="奶粉"),
        await make_sku("MILK2", price_fen=35800, category="奶粉"),
        await make_sku("DIAP1", price_fen=12900, category="纸尿裤"),
        await make_sku("WIPE1", price_fen=1990, category="湿巾"),
    ]
    book = Book()
    before = first - dt.timedelta(days=1)
    after = last + dt.timedelta(days=1)
    for sku in skus:
        await book.purchase(before, sku.id, wh.id, 500, sku.price_fen * 55 // 113)
    for sku in skus[:2]:  # a second purchase at a different cost moves the average
        await book.purchase(first + dt.timedelta(days=10), sku.id, wh.id, 300, sku.price_fen * 61 // 113 + 7)
    await book.sale(before, skus[0].id, store_a.id, "pos", 2, skus[0].price_fen)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    for _ in range(60):
        sku = rng.choice(skus)
        where, channel = rng.choice([(store_a, "pos"), (store_b, "pos"), (wh, "miniprogram"), (wh, "taobao")])
        price = sku.price_fen - rng.choice([0, 0, 100, 990])
        await book.sale(rng.choice(days), sku.id, where.id, channel, rng.randint(1, 4), price)
    await book.variance(first + dt.timedelta(days=12), skus[2].id, store_a.id, -3)
    await book.variance(first + dt.timedelta(days=20), skus[3].id, store_b.id, 5, unit_fen=875)
    await book.sale(after, skus[1].id, store_b.id, "pos", 1, skus[1].price_fen)
    return Month(book, first, last, store_a, store_b, wh, skus)
