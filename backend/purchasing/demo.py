"""Demo sections "suppliers" (suppliers with the SKUs they supply) and "purchasing": purchase orders in several states (one
waiting for manager1's approval in WeCom, one over the store limit waiting for HQ, one received), and a week
of shifts for the first store's staff."""

from __future__ import annotations

import datetime as dt

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.purchasing.models import Supplier, SupplierProduct
from backend.purchasing.orders import POIn, POLineIn, create_po, decide_po, send_po
from backend.purchasing.receiving import ReceiptIn, ReceiptLineIn, receive
from backend.purchasing.suppliers import SupplierIn, SupplierProductIn, create_supplier, set_supplier_product
from backend.staff.shifts import NewShift, add_shift

SUPPLIERS = [
    ("SUP-MY", "上海母婴供应链有限公司", "王建国", "13800138001", 30),
    ("SUP-RH", "润和日化贸易（上海）有限公司", "陈丽", "13900139002", 45),
    ("SUP-HK", "华康营养品分销中心", "周强", "13700137003", 0),
]


async def load_suppliers(ctx, conn: BaseDBAsyncClient) -> str:  # type: ignore[no-untyped-def]
    """The suppliers and what each supplies (before the history: its weekly POs need them). Skips suppliers an
    older demo database already has (they were loaded by the purchasing section before this one existed)."""
    rng = ctx.rng("purchasing")
    skus = list((await ctx.skus(conn)).values())
    hq = await ctx.actor("admin", conn)
    have = set(await Supplier.all().using_db(conn).values_list("code", flat=True))
    if {code for code, *_ in SUPPLIERS} <= have:
        return "suppliers already there"
    for code, name, contact, phone, terms in SUPPLIERS:
        await create_supplier(SupplierIn(code=code, name=name, contact_name=contact, contact_phone=phone,
                                         payment_terms_days=terms), user=hq.user, via="demo")
    for i, sku in enumerate(skus):
        supplier = SUPPLIERS[i % len(SUPPLIERS)][0]
        cost = max(100, sku.price_fen * rng.randint(52, 62) // 113)  # net of 13 % VAT, 52-62 % of the price
        await set_supplier_product(supplier, SupplierProductIn(
            sku_code=sku.code, price_fen=cost, lead_time_days=rng.choice((3, 5, 7, 10)),
            min_order_qty=rng.choice((1, 6, 12))), user=hq.user, via="demo")
    return f"{len(SUPPLIERS)} suppliers, {len(skus)} supplied SKUs"


async def load_purchasing(ctx, conn: BaseDBAsyncClient) -> str:  # type: ignore[no-untyped-def]
    skus = list((await ctx.skus(conn)).values())
    hq = await ctx.actor("admin", conn)
    buyer = await ctx.actor("buyer1", conn)
    manager = await ctx.actor("manager1", conn)
    if not await Supplier.all().using_db(conn).exists():  # a database from before the suppliers section
        await load_suppliers(ctx, conn)
    offered = await SupplierProduct.all().using_db(conn).count()
    first = SUPPLIERS[0][0]
    mine = [s for i, s in enumerate(skus) if i % len(SUPPLIERS) == 0][:6]
    # waiting for manager1 (within the store limit): "待审批" / "同意 PO..." in the bot
    small = await create_po(POIn(supplier_code=first, location_code="ST-001", submit=True, note="周补货",
                                 lines=[POLineIn(sku_code=s.code, qty=6) for s in mine[:2]]),
                            actor=buyer, via="demo", notify=False)
    # over the store limit: waits for HQ (admin)
    big = await create_po(POIn(supplier_code=first, location_code="ST-001", submit=True, note="大促备货",
                               lines=[POLineIn(sku_code=s.code, qty=240) for s in mine[:3]]),
                          actor=buyer, via="demo", notify=False)
    # approved, sent and received into batches at the warehouse (stock, valuation, payable)
    received = await create_po(POIn(supplier_code=first, location_code="WH-SH", submit=True,
                                    lines=[POLineIn(sku_code=s.code, qty=24) for s in mine[3:5]]),
                               actor=buyer, via="demo", notify=False)
    await decide_po(received.po_no, approve=True, actor=hq, via="demo")
    await send_po(received.po_no, actor=buyer, via="demo")
    expiry = ctx.today + dt.timedelta(days=540)
    await receive(received.po_no, ReceiptIn(client_ref="demo", lines=[
        ReceiptLineIn(sku_code=s.code, qty=24, batch_no=f"PO-DEMO-{n}", expiry_date=expiry)
        for n, s in enumerate(mine[3:5])]), actor=buyer, via="demo")
    shifts = 0
    for d in range(7):
        day = ctx.today + dt.timedelta(days=d)
        for username, start, end in (("clerk1", dt.time(9), dt.time(18)), ("manager1", dt.time(10), dt.time(19))):
            await add_shift(NewShift(username=username, location_code="ST-001", date=day, start=start, end=end),
                            actor=manager, via="demo")
            shifts += 1
    return (f"{len(SUPPLIERS)} suppliers, {offered} supplied SKUs, POs {small.po_no} (manager1) / {big.po_no} (HQ) "
            f"pending, {received.po_no} received; {shifts} shifts")
