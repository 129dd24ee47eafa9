"""The parallel run over three demo days: the old system's daily exports uploaded through the admin API,
compared with Cradle's figures; day 2's injected differences (a sale missing in Cradle, SKU B's count off by 2)
are reported exactly, with their drill-down; sign-off is refused until both are explained, then given."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from tortoise.transactions import in_transaction

from backend.audit.models import AuditLog
from backend.imports.models import ParallelDifference, ParallelRun
from backend.imports.tests.parallel_world import build, upload_all
from backend.orders.models import Order
from backend.orders.refunds import refund_order
from backend.org.models import Role
from tests.factories import auth, make_user

API = "/admin/api/v1/parallel-runs"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def _create(client: Any, h: dict[str, str], **extra: Any) -> dict[str, Any]:
    _, resp = await client.post(API, headers=h, json={"location_code": "PR1", **extra})
    assert resp.status == 201, resp.text
    return resp.json


async def test_three_days_report_exactly_the_injected_differences_and_sign_off_waits(db: None, client: Any) -> None:
    w = await build()
    h = auth(w.hq)
    run = await _create(client, h)
    assert run["required_days"] == 3 and run["status"] == "running"
    await upload_all(client, h, run["id"], w)

    _, resp = await client.get(f"{API}/{run['id']}", headers=h)
    days = {d["business_day"]: d for d in resp.json["days"]}
    d1, d2, d3 = (d.isoformat() for d in w.days)
    assert [days[d]["status"] for d in (d1, d2, d3)] == ["agreed", "differences", "agreed"]
    assert days[d1]["figures_compared"] == {"sales": 2, "stock": 3, "members": 2}
    assert resp.json["clear_streak"] == 1 and resp.json["can_sign_off"] is False

    _, resp = await client.get(f"{API}/{run['id']}/days/{d2}", headers=h)
    assert resp.status == 200, resp.text
    items = {i["section"]: i for i in resp.json["items"]}
    assert len(resp.json["items"]) == 2 and set(items) == {"sales", "stock"}

    sale = items["sales"]
    assert (sale["key"], sale["legacy_value"], sale["cradle_value"], sale["delta"]) == (
        "pos/wechat", 22_800, 12_800, -10_000)
    drill = sale["drill_down"]
    assert drill["legacy"] == {"amount_fen": 22_800, "orders": 2} and drill["cradle"]["orders"] == 1
    cradle_wechat = [o["order_no"] for o in drill["orders"]]
    assert len(cradle_wechat) == 1 and cradle_wechat[0] in w.cradle_orders[w.days[1]]
    assert drill["missing_in_cradle"] == [{"order_no": "L2-003", "amount_fen": 10_000}]
    assert drill["missing_in_legacy"] == []

    stock = items["stock"]
    assert (stock["key"], stock["legacy_value"], stock["cradle_value"], stock["delta"]) == ("PR-B", 45, 47, 2)
    assert stock["drill_down"]["sku_name"] == w.skus["B"].name and stock["drill_down"]["movements"] == []

    # the drill-down of a day's stock is by SKU: day 3's correction of B is in its movements when asked
    _, resp = await client.get(f"{API}/{run['id']}/days/{d2}?section=stock", headers=h)
    assert [i["key"] for i in resp.json["items"]] == ["PR-B"]

    # sign-off refused: only day 3 is clear
    _, resp = await client.post(f"{API}/{run['id']}/sign-off", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state", resp.text
    assert "连续 1 天" in resp.json["error"]["message"] and d2 in resp.json["error"]["message"]

    # one explained: still refused
    _, resp = await client.post(f"{API}/{run['id']}/differences/{sale['id']}/explain", headers=h,
                                json={"reason": "L2-003 旧系统收银，Cradle 漏录"})
    assert resp.status == 200 and resp.json["explained"] is True, resp.text
    _, resp = await client.post(f"{API}/{run['id']}/sign-off", headers=h)
    assert resp.status == 409

    # a blank reason is refused and changes nothing
    _, resp = await client.post(f"{API}/{run['id']}/differences/{stock['id']}/explain", headers=h,
                                json={"reason": "  "})
    assert resp.status == 400
    assert (await ParallelDifference.get(id=stock["id"])).explained_at is None

    _, resp = await client.post(f"{API}/{run['id']}/differences/{stock['id']}/explain", headers=h,
                                json={"reason": "漏录销售带走 2 件，次日已调整"})
    assert resp.status == 200
    _, resp = await client.get(f"{API}/{run['id']}", headers=h)
    assert [d["status"] for d in resp.json["days"]] == ["agreed", "explained", "agreed"]
    assert resp.json["clear_streak"] == 3 and resp.json["can_sign_off"] is True

    _, resp = await client.post(f"{API}/{run['id']}/sign-off", headers=h)
    assert resp.status == 200, resp.text
    report = resp.json["report"]
    assert report["window"] == [d1, d3] and report["signed_off_by"] == "lead1"
    explained = [x for d in report["days"] for x in d["explained"]]
    assert sorted((x["key"], x["reason"]) for x in explained) == [
        ("PR-B", "漏录销售带走 2 件，次日已调整"), ("pos/wechat", "L2-003 旧系统收银，Cradle 漏录")]
    assert (await ParallelRun.get(id=run["id"])).status == "signed_off"

    actions = await AuditLog.filter(entity_type="parallel_run").values_list("action", flat=True)
    assert actions.count("parallel_run.explain") == 2 and "parallel_run.sign_off" in actions
    assert actions.count("parallel_run.upload") == 9 and "parallel_run.create" in actions

    # signed off: closed to uploads and explanations; the report stays readable
    _, resp = await client.post(f"{API}/{run['id']}/days/{d3}/exports?section=stock", headers=h,
                                content=w.exports[w.days[2]]["stock"])
    assert resp.status == 409
    _, resp = await client.get(f"{API}/{run['id']}/report", headers=h)
    assert resp.status == 200 and resp.json["report"]["window"] == [d1, d3]


async def test_tolerance_and_a_later_upload_recompare(db: None, client: Any) -> None:
    w = await build()
    h = auth(w.hq)
    run = await _create(client, h, stock_tolerance_qty=2)
    await upload_all(client, h, run["id"], w)
    d2 = w.days[1].isoformat()
    _, resp = await client.get(f"{API}/{run['id']}/days/{d2}", headers=h)
    assert [i["section"] for i in resp.json["items"]] == ["sales"]  # B off by 2 is within tolerance

    diff_id = resp.json["items"][0]["id"]
    _, resp = await client.post(f"{API}/{run['id']}/differences/{diff_id}/explain", headers=h,
                                json={"reason": "漏录"})
    # tolerance back to 0: every day compared again; the explained sale keeps its reason, B's count is new
    _, resp = await client.patch(f"{API}/{run['id']}", headers=h, json={"stock_tolerance_qty": 0})
    assert resp.status == 200, resp.text
    _, resp = await client.get(f"{API}/{run['id']}/days/{d2}", headers=h)
    got = {i["section"]: (i["explained"], i["reason"]) for i in resp.json["items"]}
    assert got == {"sales": (True, "漏录"), "stock": (False, "")}


async def test_bad_export_is_refused_whole_and_roles_and_scope(db: None, client: Any) -> None:
    w = await build()
    h = auth(w.hq)
    run = await _create(client, h)
    d1 = w.days[0].isoformat()
    bad = "商品编码,结存数量\nPR-A,十\nPR-B,3\nPR-B,4\n".encode()
    _, resp = await client.post(f"{API}/{run['id']}/days/{d1}/exports?section=stock&filename=s.csv", headers=h,
                                content=bad)
    assert resp.status == 400, resp.text
    assert "第 2 行" in resp.json["error"]["message"] and "第 4 行" in resp.json["error"]["message"]
    _, resp = await client.get(f"{API}/{run['id']}/days/{d1}", headers=h)
    assert resp.status == 404  # nothing was kept

    _, resp = await client.post(f"{API}/{run['id']}/days/{d1}/exports?section=sales", headers=h,
                                content="渠道,金额\n门店,10\n".encode())
    assert resp.status == 400 and "支付方式" in resp.json["error"]["message"]

    _, resp = await client.post(API, headers=h, json={"location_code": "PR1"})
    assert resp.status == 409  # one running run per store

    await upload_all(client, h, run["id"], w)
    mine = auth(w.manager)
    _, resp = await client.get(f"{API}/{run['id']}/days/{w.days[1].isoformat()}", headers=mine)
    assert resp.status == 200 and len(resp.json["items"]) == 2
    _, resp = await client.post(f"{API}/{run['id']}/sign-off", headers=mine)
    assert resp.status == 403
    item = resp.json and (await ParallelDifference.first()).id
    _, resp = await client.post(f"{API}/{run['id']}/differences/{item}/explain", headers=mine,
                                json={"reason": "店长不能说明"})
    assert resp.status == 403
    other = auth(await make_user(Role.STORE_MANAGER, locations=[w.other_store]))
    _, resp = await client.get(f"{API}/{run['id']}", headers=other)
    assert resp.status == 403
    _, resp = await client.get(API, headers=other)
    assert resp.status == 200 and resp.json["items"] == []


async def test_xlsx_export_and_english_refusal(db: None, client: Any) -> None:
    """An xlsx export (multipart, as the console would send it) reads like the CSV; an English client gets the
    sign-off refusal in English."""
    w = await build()
    h = auth(w.hq)
    run = await _create(client, h)
    day = w.days[2].isoformat()
    book = Workbook()
    sheet = book.active
    sheet.append(["会员号", "余额", "积分余额"])
    sheet.append(["V100", 150.0, 799])  # one point short of Cradle's 800
    buf = io.BytesIO()
    book.save(buf)
    _, resp = await client.post(f"{API}/{run['id']}/days/{day}/exports?section=members", headers=h,
                                files={"file": ("members.xlsx", buf.getvalue(), XLSX)})
    assert resp.status == 201, resp.text
    assert resp.json["status"] == "incomplete" and resp.json["missing_sections"] == ["sales", "stock"]
    [diff] = resp.json["items"]
    assert (diff["section"], diff["key"], diff["legacy_value"], diff["cradle_value"]) == ("points", "V100", 799, 800)
    assert diff["drill_down"]["member_code"] == "V100"
    assert [e["delta"] for e in diff["drill_down"]["entries"]] == [300]  # the day's entry behind the figure

    _, resp = await client.post(f"{API}/{run['id']}/sign-off", headers={**h, "Accept-Language": "en"})
    assert resp.status == 409
    assert resp.json["error"]["message"].startswith("Sign-off needs 3 consecutive days")
    assert "目前连续 0 天" in resp.json["error"]["message_zh"]


async def test_refunds_of_the_day_are_compared_with_the_exports_negative_lines(db: None, client: Any) -> None:
    w = await build()
    h = auth(w.hq)
    run = await _create(client, h)
    await upload_all(client, h, run["id"], w)
    today = w.days[2]
    order = await Order.get(order_no=w.cradle_orders[today][1])  # L3-002, paid in cash
    async with in_transaction() as conn:
        await refund_order(order, conn=conn, amount_fen=2_000, reason="退一包湿巾", user=w.hq)

    url = f"{API}/{run['id']}/days/{today.isoformat()}"
    _, resp = await client.post(f"{url}/compare", headers=h)
    assert resp.status == 200, resp.text
    [diff] = resp.json["items"]
    assert (diff["key"], diff["label"], diff["legacy_value"], diff["cradle_value"]) == (
        "pos/cash/refund", "门店收银 · 现金 退款", 0, -2_000)
    assert [(o["order_no"], o["amount_fen"]) for o in diff["drill_down"]["orders"]] == [(order.order_no, -2_000)]

    # the old system's export with its refund line: the day agrees again
    sales = w.exports[today]["sales"].decode("gbk") + "门店,现金,1,-20.00\n"
    _, resp = await client.post(f"{url}/exports?section=sales&filename=sales.csv", headers=h,
                                content=sales.encode("gbk"))
    assert resp.status == 201 and resp.json["status"] == "agreed" and resp.json["items"] == [], resp.text
