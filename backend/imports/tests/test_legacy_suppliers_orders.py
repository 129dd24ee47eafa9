"""Legacy suppliers (with their supplied SKUs) and open orders: messy GBK CSV and xlsx files, every bad row
reported with a Chinese reason, the good rows imported through the purchasing and orders services, and a
rollback that leaves every row count, stock number and ledger total exactly as before."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook

from backend.fieldcrypt import blind_index, seal
from backend.imports.tests.test_legacy_import import _run, _upload, snapshot
from backend.members.models import Member
from backend.orders.models import Order, OrderPayment, OrderStatus
from backend.org.models import Channel, Role
from backend.purchasing.models import Supplier, SupplierProduct
from backend.stock.models import Reservation, Stock
from backend.timestamps import CHINA
from tests.factories import auth, make_location, make_sku, make_user, stock_in

SUPPLIERS = "\n".join([
    "供应商编码,供应商名称,联系人,联系电话,账期,商品编码,进价,交货周期,起订量,更新时间",
    " SUP01 ,上海母婴供应链有限公司,王经理,021 6488 1234,30天,A001,180.00,5,6,2023-06-01",
    "SUP01,上海母婴供应链有限公司,王经理,(021)64881234,30,A002,\"￥80.50\",7,12,2023-06-02",
    "SUP01,上海母婴供应链（旧名）,王经理,021-64881234,15,A001,175,5,6,2023-01-01",  # older duplicate of line 2
    "SUP02,杭州宝贝用品,李小姐,+86 139-0013-9000,45天,,,,,2023-05-01",  # a supplier without SKUs
    "SUP03,价格三位小数,张,13800138000,30,A001,12.345,,,",
    "SUP04,未知商品,张,13800138000,30,NOPE9,10,,,",
    "SUP05,电话坏了,张,12345,30,A001,10,,,",
    "OLD,已存在的供应商,赵,13800138000,30,A001,10,,,",
    "SUP06,,张,,30,,,,,",  # no name
    "SUP07,只有价格,张,,30,,10,,,",  # a price without a SKU
]) + "\n"

OPEN_ORDERS = "\n".join([
    "订单号,门店编码,会员手机号,商品编码,数量,单价,实付金额,下单时间,订单状态,支付方式,更新时间",
    "L1001,SA, 138 0013 8000 ,A001,2,328.00,755.00,2023-06-01 10:00,已付款,微信,2023-06-02",
    "L1001,SA,13800138000,A002,1,\"￥159\",755,2023/6/1 10:00,已付款,微信,2023-06-02",
    "L1001,SA,13800138000,A001,3,300,755.00,2023-06-01 10:00,已付款,微信,2023-05-30",  # older duplicate of line 2
    "L1002,SA,,A002,1,159,159,2023-06-02,待发货,,",
    "L1003,SA,,NOPE9,1,10,338,2023-06-02,已付款,现金,",  # unknown SKU
    "L1003,SA,,A001,1,328,338,2023-06-02,已付款,现金,",  # ... takes its order with it
    "L1004,SA,,A001,1,328,328,2023-02-30,已付款,现金,",  # bad date
    "L1005,SA,,A001,20,328,6560,2023-06-03,已付款,现金,",  # more than the store holds
    "L1006,SA,,A001,1,328,328,2023-06-03,已发货,现金,",  # not open any more
    "L1007,SB,,A002,1,159,159,2023-06-03,已付款,现金,",  # nothing at SB
    "L1008,SA,13700137000,A002,1,159,159,2023-06-03,已付款,现金,",  # not a member
    "L1009,SA,,A002,1,159,159,2023-06-03,待自提,支付宝,",
    "L1010,SA,,A002,1,159,159,2023-06-03,已付款,现金,",  # conflicting order columns
    "L1010,SX,,A001,1,328,159,2023-06-03,已付款,现金,",
]) + "\n"


async def _setup() -> dict[str, Any]:
    sa = await make_location("SA")
    sb = await make_location("SB")
    a001 = await make_sku("A001", price_fen=35800)
    a002 = await make_sku("A002", price_fen=16900, category="纸尿裤", brand="花王")
    await stock_in(a001, sa, 10, unit_cost_fen=18000)
    await stock_in(a002, sa, 5, unit_cost_fen=8000)
    await stock_in(a002, sb, 1, unit_cost_fen=8000, batch_no="OLD", expiry=dt.date(2020, 1, 1))  # expired
    member = await Member.create(member_code="V001", nickname="王小丫妈妈", phone=seal("13800138000"),
                                 phone_hash=blind_index("13800138000", purpose="phone"), points=1200)
    await Supplier.create(code="OLD", name="已有供应商")
    return {"sa": sa, "sb": sb, "a001": a001, "a002": a002, "member": member}


def _reasons(rep: dict[str, Any]) -> dict[int, str]:
    return {r["row"]: r["reason"] for r in rep["rejected"]}


async def test_messy_suppliers_import_and_exact_rollback(db: None, client: Any) -> None:
    await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    before = await snapshot()
    rep = await _upload(client, h, "suppliers", SUPPLIERS)
    assert _reasons(rep) == {
        4: "与第 2 行重复，已保留较新的一行",
        6: "进价「12.345」最多两位小数",
        7: "商品编码 NOPE9 不存在",
        8: "联系电话「12345」格式不正确",
        9: "供应商编码 OLD 已存在",
        10: "供应商名称为空",
        11: "填写了进价、交货周期或起订量，但缺少商品编码",
    }
    assert rep["job"]["ok_rows"] == 3 and rep["job"]["kind_name"] == "供应商（含供货商品）"
    assert await snapshot() == before  # the dry run writes nothing
    job = await _run(client, h, rep["job"]["id"])
    assert job["imported_rows"] == 3

    _, resp = await client.get("/admin/api/v1/suppliers/SUP01", headers=h)
    assert resp.status == 200, resp.text
    s1 = resp.json
    # the newest row's supplier columns stand for the supplier; the landline normalised
    assert (s1["name"], s1["contact_phone"], s1["payment_terms_days"]) == ("上海母婴供应链有限公司", "021-64881234", 30)
    assert [(p["sku_code"], p["price_fen"], p["lead_time_days"], p["min_order_qty"]) for p in s1["products"]] == [
        ("A001", 18000, 5, 6), ("A002", 8050, 7, 12)]
    s2 = await Supplier.get(code="SUP02")
    assert (s2.contact_phone, s2.payment_terms_days) == ("13900139000", 45)
    assert not await SupplierProduct.filter(supplier_id=s2.id).exists()

    # a SKU added by hand afterwards blocks the rollback; removing it again unblocks it
    _, resp = await client.put("/admin/api/v1/suppliers/SUP02/products", headers=h,
                               json={"sku_code": "A001", "price_fen": 17000})
    assert resp.status == 200, resp.text
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 409 and "供货商品" in resp.json["error"]["message"]
    _, resp = await client.delete("/admin/api/v1/suppliers/SUP02/products/A001", headers=h)
    assert resp.status == 200, resp.text

    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 200, resp.text
    after = await snapshot()
    assert {t: (n, after["counts"][t]) for t, n in before["counts"].items() if after["counts"][t] != n} == {}
    assert after == before


async def test_suppliers_xlsx_with_fen_prices_and_a_saved_mapping(db: None, client: Any) -> None:
    await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.put("/admin/api/v1/imports/mappings", headers=h, json={
        "kind": "suppliers", "name": "旧进销存", "columns": {"厂商号": "supplier_code", "厂商": "name"}})
    assert resp.status == 201, resp.text
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["厂商号", "厂商", "商品编码", "进价（分）", "首选"])
    ws.append(["SUP11", "苏州奶粉总代", "A001", 17550, "是"])
    ws.append(["SUP11", "苏州奶粉总代", "A002", 79.5, ""])  # fen must be whole
    ws.append(["SUP12", "无锡纸品", "A002", 7990, "也许"])
    buf = io.BytesIO()
    wb.save(buf)
    _, resp = await client.post("/admin/api/v1/imports?kind=suppliers&mapping=旧进销存&filename=s.xlsx", headers=h,
                                content=buf.getvalue())
    assert resp.status == 201, resp.text
    assert resp.json["job"]["encoding"] == "xlsx"
    assert _reasons(resp.json) == {3: "进价（分）「79.5」不是整数", 4: "首选供应商「也许」应为 是 或 否"}
    await _run(client, h, resp.json["job"]["id"])
    sp = await SupplierProduct.get(supplier__code="SUP11").select_related("sku")
    assert (sp.sku.code, sp.price_fen, sp.is_preferred) == ("A001", 17550, True)
    assert not await Supplier.filter(code="SUP12").exists()


async def test_messy_open_orders_become_allocated_orders_and_roll_back_exactly(db: None, client: Any) -> None:
    env = await _setup()
    hq = await make_user(Role.HQ_ADMIN)
    h = auth(hq)
    before = await snapshot()
    rep = await _upload(client, h, "open_orders", OPEN_ORDERS)
    reasons = _reasons(rep)
    assert reasons == {
        4: "与第 2 行重复，已保留较新的一行",
        6: "商品编码 NOPE9 不存在",
        7: "同一订单第 6 行有误（商品编码 NOPE9 不存在），整单未导入",
        8: "下单时间「2023-02-30」不是有效日期",
        9: f"{env['sa'].name}（SA）库存不足：A001 需要 20，可用 8",
        10: "订单状态「已发货」：已完结的订单不是未完结订单，不导入",
        11: f"{env['sb'].name}（SB）库存不足：A002 需要 1，可用 0",
        12: "会员手机号 137****7000 不存在，请先导入会员",
        14: "同一订单第 15 行有误（与第 14 行同属订单 L1010，但门店编码不一致），整单未导入",
        15: "与第 14 行同属订单 L1010，但门店编码不一致",
    }
    assert rep["job"]["ok_rows"] == 4  # L1001 (2 lines), L1002, L1009
    assert await snapshot() == before

    job = await _run(client, h, rep["job"]["id"])  # batch_size 2: L1001's lines and the next order share a batch
    orders = {o.external_id: o for o in await Order.filter(channel=Channel.PHONE).prefetch_related("items")}
    assert set(orders) == {"L1001", "L1002", "L1009"}
    o = orders["L1001"]
    assert (o.status, o.member_id, o.location_id) == (OrderStatus.ALLOCATED, env["member"].id, env["sa"].id)
    # the old system's prices and paid amount, not today's price list: 2 x 328 + 159 = 815, paid 755
    assert (o.subtotal_fen, o.discount_fen, o.total_fen, o.paid_fen, o.payment_method) == (
        81500, 6000, 75500, 75500, "wechat")
    assert sorted((i.unit_price_fen, i.qty) for i in o.items) == [(15900, 1), (32800, 2)]
    assert o.placed_at.astimezone(CHINA).replace(tzinfo=None) == dt.datetime(2023, 6, 1, 10, 0)
    assert [p.amount_fen for p in await OrderPayment.filter(order_id=o.id)] == [75500]
    assert orders["L1009"].pickup and orders["L1009"].payment_method == "alipay"
    assert (await Member.get(id=env["member"].id)).points == 1200  # the old system already gave the points
    # the stock is held at the store: not sold twice
    held = {(s.sku_id): (s.on_hand, s.reserved) for s in await Stock.filter(location_id=env["sa"].id)}
    assert held == {env["a001"].id: (10, 2), env["a002"].id: (5, 3)}
    assert await Reservation.filter(ref_type="order", expires_at__isnull=True).count() == 4
    _, resp = await client.post("/api/v1/orders", headers=h, json={
        "channel": "phone", "location_code": "SA", "items": [{"sku_code": "A002", "qty": 3}]})
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"

    # the same file again: every order is already there
    rep2 = await _upload(client, h, "open_orders", OPEN_ORDERS)
    assert rep2["job"]["ok_rows"] == 0
    assert _reasons(rep2)[2] == f"旧系统订单 L1001 已导入（订单 {o.order_no}）"
    assert _reasons(rep2)[5] == f"旧系统订单 L1002 已导入（订单 {orders['L1002'].order_no}）"

    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 200, resp.text
    after = await snapshot()
    assert {t: (n, after["counts"][t]) for t, n in before["counts"].items() if after["counts"][t] != n} == {}
    assert after == before


async def test_open_orders_xlsx_and_rollback_refused_once_handled(db: None, client: Any) -> None:
    env = await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["订单编号", "门店", "商品编码", "数量", "成交价", "实付", "下单日期", "状态", "收货人", "收货电话", "收货地址"])
    ws.append(["X-1", "SA", "A002", 2, 159.9, 339.8, dt.datetime(2023, 7, 1, 9, 30), "待发货", "李雷", "13900139000",
               "上海市徐汇区漕溪北路 1 号"])
    ws.append(["X-2", "SA", "A001", 1.5, 328, 328, dt.datetime(2023, 7, 1), "待发货", "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    _, resp = await client.post("/admin/api/v1/imports?kind=open_orders&filename=o.xlsx", headers=h,
                                content=buf.getvalue())
    assert resp.status == 201, resp.text
    assert _reasons(resp.json) == {3: "数量「1.5」不是整数"}
    job = await _run(client, h, resp.json["job"]["id"])
    o = await Order.get(external_id="X-1")
    # paid above the lines' 319.80: the difference is delivery
    assert (o.subtotal_fen, o.shipping_fen, o.total_fen, o.status) == (31980, 2000, 33980, OrderStatus.ALLOCATED)
    assert o.receiver_name == "李雷" and "13900139000" not in o.receiver_phone  # sealed at rest
    _, resp = await client.post(f"/api/v1/orders/{o.id}/cancel", headers=h, json={"reason": "顾客不要了"})
    assert resp.status == 200, resp.text
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 409 and "导入的订单已有后续处理" in resp.json["error"]["message"]
    assert (await Stock.get(location_id=env["sa"].id, sku_id=env["a002"].id)).reserved == 0


async def test_stock_sold_between_check_and_run_fails_the_job_and_rollback_removes_the_batches_before(
        db: None, client: Any) -> None:
    env = await _setup()
    h = auth(await make_user(Role.HQ_ADMIN))
    text = "订单号,门店编码,商品编码,数量,单价,实付金额,下单时间\n" \
           "L1,SA,A001,2,328,656,2023-06-01\nL2,SA,A002,4,159,636,2023-06-01\n"
    _, resp = await client.post("/admin/api/v1/imports?kind=open_orders&filename=o.csv&batch_size=1", headers=h,
                                content=text.encode("gbk"))
    assert resp.status == 201 and resp.json["job"]["ok_rows"] == 2, resp.text
    job_id = resp.json["job"]["id"]
    # meanwhile the counter sells 3 of the 5 A002 at SA
    _, r = await client.post("/api/v1/orders", headers=h, json={
        "channel": "phone", "location_code": "SA", "items": [{"sku_code": "A002", "qty": 3}]})
    assert r.status == 201, r.text
    after_sale = await snapshot()
    _, resp = await client.post(f"/admin/api/v1/imports/{job_id}/run", headers=h)
    assert resp.status == 200, resp.text
    job = resp.json["job"]
    assert job["status"] == "failed" and "库存不足" in job["error"] and job["imported_rows"] == 1
    assert await Order.filter(external_id="L1", status=OrderStatus.ALLOCATED).exists()
    assert not await Order.filter(external_id="L2").exists()  # the failed batch left nothing
    _, resp = await client.post(f"/admin/api/v1/imports/{job_id}/rollback", headers=h)
    assert resp.status == 200, resp.text
    assert await snapshot() == after_sale
    assert (await Stock.get(location_id=env["sa"].id, sku_id=env["a002"].id)).reserved == 3
