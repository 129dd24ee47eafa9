"""Legacy sales history: completed orders of the old system imported as history orders. They show in member
spend (and level), the points history, the analytics reports and the sales trend / forecast, while stock
rows, the movement journal and the ledger stay exactly as they were; the same orders are never imported
twice; the totals report reconciles the file with what was imported; rollback leaves the database as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.transactions import in_transaction

from backend.errors import InvalidState
from backend.fieldcrypt import blind_index, seal
from backend.finance.models import JournalEntry, LedgerDay
from backend.imports.tests.test_legacy_import import _run, _upload, ean, snapshot
from backend.members.models import Member, MemberAlias, PointsEntry
from backend.orders import refunds, returns
from backend.orders.models import Order, OrderStatus
from backend.orders.returns import ReturnLineIn
from backend.org.models import Channel, Role
from backend.stock.models import Stock, StockMovement
from backend.timestamps import CHINA, business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in

D1, D2, D3 = (business_today() - dt.timedelta(days=n) for n in (12, 9, 5))
FUTURE = business_today() + dt.timedelta(days=3)
BARCODE = ean("690000000011")

HEADER = "订单号,门店编码,渠道,会员手机号,会员卡号,商品编码,数量,单价,实付金额,销售时间,订单状态,支付方式,本单积分,积分计入"
FILE = "\n".join([
    HEADER,
    f"H1,SA,,13800138000,,A001,3,328.00,1100,{D1} 10:00,已完成,微信,120,",  # 2: older duplicate of line 11
    f"H1,SA,,138 0013 8000,,A002,1,159,\"￥1,100.00\",{D1} 10:00,已完成,微信,120,",
    f"H2,SA,门店,,C9,A002,3,159,477,{D2} 15:30,交易成功,现金,,",  # an older card of member V002
    f"H3,SB,小程序,13800138000,,{BARCODE},1,328,328,{D3},已签收,支付宝,30,是",  # a barcode; points credited
    f"H4,SA,,,,A001,1,328,328,{D1},已取消,现金,,",  # not a sale
    f"H5,SA,,,,NOPE9,1,10,338,{D2},已完成,现金,,",  # unknown SKU
    f"H5,SA,,,,A001,1,328,338,{D2},已完成,现金,,",  # ... takes its order with it
    f"H6,SA,,13700137000,,A001,1,328,328,{D2},已完成,现金,,",  # not a member
    f"H7,SA,,,,A001,1,328,328,{FUTURE},已完成,现金,,",  # not in the past
    f"H1,SA,,13800138000,,A001,3,328.00,1100,{D1} 10:00,已完成,微信,120,",
]) + "\n"


async def _setup() -> dict[str, Any]:
    sa, sb = await make_location("SA"), await make_location("SB")
    a001 = await make_sku("A001", price_fen=35800, barcode=BARCODE)
    a002 = await make_sku("A002", price_fen=16900, category="纸尿裤", brand="花王")
    await stock_in(a001, sa, 10, unit_cost_fen=18000)
    await stock_in(a002, sa, 5, unit_cost_fen=8000)
    v1 = await Member.create(member_code="V001", nickname="王小丫妈妈", phone=seal("13800138000"),
                             phone_hash=blind_index("13800138000", purpose="phone"), points=1200, source="import")
    v2 = await Member.create(member_code="V002", nickname="李妈妈", phone=seal("13900139000"),
                             phone_hash=blind_index("13900139000", purpose="phone"))
    await MemberAlias.create(member_id=v2.id, card_no="C9")
    return {"sa": sa, "sb": sb, "a001": a001, "a002": a002, "v1": v1, "v2": v2}


async def _books() -> tuple[Any, ...]:
    """Stock rows, the movement journal and the ledger (entries, summaries and totals)."""
    snap = await snapshot()
    return (snap["stock"], snap["movements"], snap["valuations"], snap["debit"], await JournalEntry.all().count(),
            sorted(await LedgerDay.all().values_list("date", "account_id", "debit_fen", "credit_fen")),
            await Stock.all().count(), await StockMovement.all().count())


async def test_history_counts_in_spend_points_reports_and_forecast_but_not_in_stock_or_ledger(
        db: None, client: Any) -> None:
    env = await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    before, books = await snapshot(), await _books()

    rep = await _upload(client, h, "sales_history", FILE)
    assert {r["row"]: r["reason"] for r in rep["rejected"]} == {
        2: "与第 11 行重复，已保留较新的一行",
        6: "订单状态「已取消」：未成交的订单不是销售历史，不导入",
        7: "商品编码 NOPE9 不存在（商品编码或条码均未找到，请先导入商品）",
        8: "同一订单第 7 行有误（商品编码 NOPE9 不存在（商品编码或条码均未找到，请先导入商品）），整单未导入",
        9: "会员手机号 137****7000 不存在，请先导入会员",
        10: f"销售时间「{FUTURE} 00:00」不早于当前时间：历史订单应是已发生的销售",
    }
    assert rep["job"]["ok_rows"] == 4  # H1 (2 lines), H2, H3
    assert await snapshot() == before  # the dry run writes nothing

    job = await _run(client, h, rep["job"]["id"])
    orders = {o.external_id: o for o in await Order.filter(source="legacy").prefetch_related("items")}
    assert set(orders) == {"H1", "H2", "H3"}
    o1 = orders["H1"]
    assert (o1.status, o1.channel, o1.member_id, o1.location_id, o1.payment_method) == (
        OrderStatus.COMPLETED, Channel.POS, env["v1"].id, env["sa"].id, "wechat")
    # as the old system sold it: 3 x 328 + 159 = 1143, paid 1100
    assert (o1.subtotal_fen, o1.discount_fen, o1.total_fen, o1.paid_fen) == (114300, 4300, 110000, 110000)
    assert sum(i.line_total_fen for i in o1.items) == 110000
    assert o1.placed_at.astimezone(CHINA).replace(tzinfo=None) == dt.datetime.combine(D1, dt.time(10))
    assert (orders["H2"].member_id, orders["H3"].channel, orders["H3"].location_id) == (
        env["v2"].id, Channel.MINIPROGRAM, env["sb"].id)

    # stock rows, the movement journal and the ledger are untouched
    assert await _books() == books
    # member spend and level: V001 paid 1100 + 328 yuan -> silver (from 1000 yuan); V002 477 yuan
    v1, v2 = await Member.get(id=env["v1"].id), await Member.get(id=env["v2"].id)
    assert (v1.total_spent_fen, v1.level, v2.total_spent_fen, v2.level) == (142800, "silver", 47700, "normal")
    # points: H1's 120 are a record (the members import carried them), H3's 30 credited as the file says
    assert v1.points == 1230
    entries = {e.order_id: e for e in await PointsEntry.filter(member_id=v1.id)}
    assert (entries[o1.id].delta, entries[o1.id].reason) == (0, "旧系统订单 H1 赠送 120 积分（已含在迁入积分中）")
    assert entries[orders["H3"].id].delta == 30
    _, resp = await client.get(f"/admin/api/v1/members/{v1.id}/points", headers=h)
    assert resp.status == 200 and "旧系统订单 H1 赠送 120 积分（已含在迁入积分中）" in resp.text

    # the reports and the sales trend / forecast read the history days
    rng = f"from={D1 - dt.timedelta(days=20)}&to={business_today()}"
    _, resp = await client.get(f"/admin/api/v1/analytics/forecast?sku_code=A001&{rng}", headers=h)
    assert resp.status == 200, resp.text
    history = {d["date"]: d["units"] for d in resp.json["history"]}
    assert (history[D1.isoformat()], history[D3.isoformat()], sum(history.values())) == (3, 1, 4)
    assert resp.json["forecast_total_units"] > 0
    _, resp = await client.get(f"/admin/api/v1/analytics/sellers?{rng}", headers=h)
    best = {r["sku_code"]: r for r in resp.json["best"]}
    assert (best["A001"]["units"], best["A002"]["units"]) == (4, 4)
    _, resp = await client.get(f"/admin/api/v1/analytics/repurchase?{rng}", headers=h)
    assert resp.json["buyers"] == 2 and resp.json["repeat_buyers"] == 1

    # the totals report: the file against what was imported
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}/totals", headers=h)
    assert resp.status == 200, resp.text
    t = resp.json
    assert t["unreadable_rows"] == 2  # rows 6 and 10: refused while reading, their figures unknown
    assert t["total"]["imported"] == {"orders": 3, "lines": 4, "qty": 8, "amount_fen": 110000 + 47700 + 32800}
    assert t["total"]["file"] == {"orders": 5, "lines": 8, "qty": 14, "amount_fen": 110000 + 47700 + 32800
                                  + 33800 + 32800}
    assert t["total"]["difference"] == {"orders": 2, "lines": 4, "qty": 6, "amount_fen": 66600}
    sb = [x for x in t["items"] if x["location_code"] == "SB"]
    assert [(x["month"], x["file"], x["difference"]["orders"]) for x in sb] == [
        (D3.strftime("%Y-%m"), {"orders": 1, "lines": 1, "qty": 1, "amount_fen": 32800}, 0)]
    assert sum(x["refused_rows"] for x in t["items"]) == 4  # rows 2, 7, 8, 9
    assert not t["matches"]

    # the same file again: nothing twice
    rep2 = await _upload(client, h, "sales_history", FILE)
    assert rep2["job"]["ok_rows"] == 0
    assert {r["row"]: r["reason"] for r in rep2["rejected"]}[5] == \
        f"旧系统订单 H3 已在 Cradle（订单 {orders['H3'].order_no}），不重复导入"

    # after-sales belong to the old system
    async with in_transaction() as conn:
        for call in (refunds.refund_order(o1, conn=conn, amount_fen=100),
                     returns.request_return(o1, lines=[ReturnLineIn(o1.items[0].id, 1, True)], conn=conn)):
            try:
                await call
                raise AssertionError("after-sales of a history order accepted")
            except InvalidState as exc:
                assert "旧系统历史订单" in exc.message

    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 200, resp.text
    after = await snapshot()
    assert {t: (n, after["counts"][t]) for t, n in before["counts"].items() if after["counts"][t] != n} == {}
    assert after == before
    v1 = await Member.get(id=env["v1"].id)
    assert (v1.total_spent_fen, v1.level, v1.points) == (0, "normal", 1200)
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}/totals", headers=h)
    assert resp.json["total"]["imported"]["orders"] == 0


async def test_a_history_order_already_in_cradle_on_its_channel_is_refused(db: None, client: Any) -> None:
    await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    text = "\n".join([HEADER, f"T100,SA,淘宝,,,A001,1,328,328,{D1},交易成功,支付宝,,",
                      f"T100,SA,,,,A002,1,159,328,{D1},交易成功,支付宝,,"]) + "\n"
    order = await Order.create(order_no="SO1", channel=Channel.TAOBAO, external_id="T100",
                               status=OrderStatus.COMPLETED)
    rep = await _upload(client, h, "sales_history", text)
    assert {r["row"]: r["reason"] for r in rep["rejected"]} == {
        2: f"旧系统订单 T100 已在 Cradle（订单 {order.order_no}），不重复导入",
        3: "与第 2 行同属订单 T100，但渠道不一致",
    }
