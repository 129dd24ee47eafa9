"""The counter receipt: its ESC/POS bytes read back (with a reader of the printer's commands) to the store, the
items, the savings, the total, the payment, the member's points and the order's QR code, on 58 and 80 mm paper;
the HTML and JSON versions agree; who may print it."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.members import points
from backend.members.models import Member, PointsEntry, PointsKind
from backend.money import yuan
from backend.org.models import Location, Role
from backend.printing import layout
from backend.printing.tests.escpos_reader import read
from tests.factories import auth, make_location, make_sku, make_user, member_auth, stock_in

NOW = datetime.now(UTC)


async def _promotion(client: Any) -> None:
    author = await make_user(Role.HQ_ADMIN, username="author")
    approver = await make_user(Role.HQ_ADMIN, username="approver")
    body = {"name": "满300减30", "kind": "full_reduction", "threshold_fen": 30000, "amount_fen": 3000,
            "starts_at": (NOW - timedelta(hours=1)).isoformat(), "ends_at": (NOW + timedelta(days=1)).isoformat()}
    _, resp = await client.post("/admin/api/v1/promotions", headers=auth(author), json=body)
    assert resp.status == 201, resp.text
    for step, who in (("submit", author), ("approve", approver)):
        _, r = await client.post(f"/admin/api/v1/promotions/{resp.json['id']}/{step}", headers=auth(who))
        assert r.status == 200, r.text


async def _world(client: Any) -> dict[str, Any]:
    store = await make_location("S001", name="徐汇漕溪北路店")
    await Location.filter(id=store.id).update(address="上海市徐汇区漕溪北路 88 号")
    other = await make_location("S002")
    await stock_in(await make_sku("MILK1", price_fen=20000, name="爱他美卓萃幼儿配方奶粉3段 900g"), store, 20)
    await stock_in(await make_sku("WIPE1", price_fen=1000, name="全棉时代婴儿湿巾 80抽"), store, 20)
    await _promotion(client)
    member = await Member.create(member_code="M20260001", nickname="小宝妈妈")
    async with in_transaction() as conn:
        await points.credit(member.id, 5000, PointsKind.ADJUST, conn, ref="opening")
    clerk = await make_user(Role.CLERK, username="clerk_s1", locations=[store])
    return {"store": store, "member": member, "clerk": clerk,
            "other_clerk": await make_user(Role.CLERK, locations=[other])}


async def _sale(client: Any, w: dict[str, Any]) -> dict[str, Any]:
    """A counter sale to the member (promotion and points applied), paid in cash: the order as the API shows it."""
    staff = auth(w["clerk"])
    _, resp = await client.post("/api/v1/orders", headers=staff, json={
        "channel": "pos", "location_code": "S001", "member_code": "M20260001", "points_to_use": 1000,
        "items": [{"sku_code": "MILK1", "qty": 2}, {"sku_code": "WIPE1", "qty": 3}]})
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/pay", headers=staff,
                                json={"method": "cash", "amount_fen": order["total_fen"]})
    assert resp.status == 201, resp.text
    return resp.json["order"]  # type: ignore[no-any-return]


def _line(lines: list[str], label: str) -> str:
    found = [ln for ln in lines if ln.startswith(label)]
    assert found, (label, lines)
    return found[0]


async def test_escpos_receipt_reads_back_to_items_savings_totals_points_and_qr(client: Any, db: None) -> None:
    w = await _world(client)
    order = await _sale(client, w)
    assert order["paid_fen"] == order["total_fen"] and order["discount_fen"] > 0 and order["discounts"], order
    earned = sum(e.delta for e in await PointsEntry.filter(order_id=order["id"], kind=PointsKind.EARN))
    balance = (await Member.get(id=w["member"].id)).points
    assert earned > 0

    for width, cols in ((58, 32), (80, 48)):
        _, resp = await client.get(f"/api/v1/orders/{order['id']}/receipt?format=escpos&width={width}",
                                   headers=auth(w["clerk"]))
        assert resp.status == 200, resp.text
        assert resp.headers["content-type"] == "application/vnd.escpos"
        p = read(resp.body)
        lines = [ln.rstrip() for ln in p.lines]
        # every line fits the paper (a double-size line, the store's name, takes two columns a character)
        assert all(layout.text_width(ln) <= cols for ln in lines), lines
        assert p.chinese_mode and p.cut
        assert "徐汇漕溪北路店" in [ln.strip() for ln in lines]
        # the order number whole, after its label (under it on 58 mm paper, where they do not fit on one line)
        at = lines.index(order["order_no"]) - 1 if width == 58 else lines.index(f"单号：{order['order_no']}")
        assert lines[at].startswith("单号：")
        # the items, each with price x qty and the line's amount
        for item in order["items"]:
            name_at = next(i for i, ln in enumerate(lines) if item["name"].startswith(ln.strip()) and ln.strip())
            price_line = next(ln for ln in lines[name_at:] if " x " in ln)
            assert price_line.split() == [f"{yuan(item['unit_price_fen'])}", "x", str(item["qty"]),
                                          yuan(item["unit_price_fen"] * item["qty"])], price_line
        assert _line(lines, "商品合计（5件）").endswith(yuan(order["subtotal_fen"]))
        # each saving by its label, the points redeemed among them
        for d in order["discounts"]:
            assert _line(lines, d["label"]).endswith(yuan(-d["amount_fen"])), d
        assert sum(d["amount_fen"] for d in order["discounts"]) == order["discount_fen"]
        assert _line(lines, "应付").endswith(yuan(order["total_fen"]))
        assert "应付" in " ".join(p.bold_lines)
        assert _line(lines, "现金").endswith(yuan(order["total_fen"]))
        assert _line(lines, "会员：") == "会员：M20260001"
        assert _line(lines, "本单抵扣积分").endswith(" 1000")
        assert _line(lines, "本单获得积分").endswith(f" {earned}")
        assert _line(lines, "积分余额").endswith(f" {balance}")
        # the QR code: the order number stored in the printer's symbol and printed once
        assert p.qr_data == [order["order_no"]] and p.qr_printed == 1


async def test_html_and_json_receipts_carry_the_same_order(client: Any, db: None) -> None:
    w = await _world(client)
    order = await _sale(client, w)
    shopper = member_auth(w["member"].id)
    _, resp = await client.get(f"/api/v1/orders/{order['id']}/receipt?format=html&width=80", headers=shopper)
    assert resp.status == 200, resp.text
    assert resp.headers["content-type"].startswith("text/html")
    page = resp.text
    for text in ("徐汇漕溪北路店", order["order_no"], yuan(order["total_fen"]), "爱他美卓萃幼儿配方奶粉3段 900g",
                 "<svg", "积分余额"):
        assert text in page, text
    _, js = await client.get(f"/api/v1/orders/{order['id']}/receipt?format=json&width=58", headers=shopper)
    _, raw = await client.get(f"/api/v1/orders/{order['id']}/receipt?width=58", headers=shopper)
    r = js.json["receipt"]
    assert (r["order_no"], r["total_fen"], r["paid_fen"], r["width"]) == (order["order_no"], order["total_fen"],
                                                                        order["total_fen"], 58)
    assert [i["qty"] for i in r["items"]] == [i["qty"] for i in order["items"]]
    assert r["placed_at"].endswith("+08:00")
    assert base64.b64decode(r["escpos_base64"]) == raw.body


async def test_who_may_print_a_receipt(client: Any, db: None) -> None:
    w = await _world(client)
    order = await _sale(client, w)
    url = f"/api/v1/orders/{order['id']}/receipt"
    stranger = await Member.create(member_code="M20260002")
    for headers, status in ((auth(w["other_clerk"]), 403),  # a clerk of another store
                            (member_auth(stranger.id), 404),  # another shopper: as if it did not exist
                            (auth(await make_user(Role.FINANCE)), 403),  # not a counter role
                            ({}, 401)):
        _, resp = await client.get(url, headers=headers)
        assert resp.status == status, (headers, resp.text)
        assert resp.json["error"]["code"]
    _, resp = await client.get(f"{url}?width=76", headers=auth(w["clerk"]))
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    # an order not paid yet has no receipt (in English when asked)
    _, resp = await client.post("/api/v1/orders", headers=auth(w["clerk"]), json={
        "channel": "pos", "location_code": "S001", "items": [{"sku_code": "WIPE1", "qty": 1}]})
    assert resp.status == 201, resp.text
    unpaid = f"/api/v1/orders/{resp.json['order']['id']}/receipt"
    _, resp = await client.get(unpaid, headers=auth(w["clerk"]))
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state", resp.text
    assert resp.json["error"]["message"] == "订单尚未付款，暂不能打印小票"
    _, resp = await client.get(unpaid, headers={**auth(w["clerk"]), "Accept-Language": "en"})
    assert resp.json["error"]["message"] == "The order is not paid yet: there is no receipt to print"


async def test_a_cancelled_sale_prints_as_cancelled_with_its_refund(client: Any, db: None) -> None:
    w = await _world(client)
    order = await _sale(client, w)
    store = w["store"]
    manager = await make_user(Role.STORE_MANAGER, locations=[store])
    _, resp = await client.post(f"/api/v1/orders/{order['id']}/cancel", headers=auth(manager),
                                json={"reason": "顾客不要了"})
    assert resp.status == 200, resp.text
    cancelled = resp.json["order"]
    assert cancelled["status"] == "cancelled" and cancelled["refunded_fen"] == order["total_fen"], cancelled
    _, resp = await client.get(f"/api/v1/orders/{order['id']}/receipt?width=80", headers=auth(w["clerk"]))
    lines = [ln.rstrip() for ln in read(resp.body).lines]
    assert "订单已取消" in lines
    assert _line(lines, "已退款").endswith(yuan(-order["total_fen"]))
    assert _line(lines, "应付").endswith(yuan(order["total_fen"]))  # what was charged stays on the receipt
