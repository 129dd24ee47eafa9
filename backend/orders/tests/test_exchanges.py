"""Exchanges: the returned unit comes back (restock / write-off), the replacement is reserved, paid with the
returned unit's value and shipped as a linked order; the difference is paid by the shopper or refunded."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.orders.models import Exchange, Order, OrderStatus, Refund, ReturnRequest
from backend.org.models import LocationKind, Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .helpers import balance, check_invariants, counts, make_member, place, shopper_auth, stock_of

PRICE = 11300  # the bought SKU: 10000 net + 1300 VAT


async def _world(client: Any, *, replacement_price: int, replacement_stock: int = 5) -> dict[str, Any]:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    store = await make_location("ST1")
    bought = await make_sku("S1", price_fen=PRICE, name="婴儿奶粉 1段")
    other = await make_sku("S2", price_fen=replacement_price, name="婴儿奶粉 2段")
    await stock_in(bought, wh, 10, unit_cost_fen=7000, batch_no="B1")
    if replacement_stock:
        await stock_in(other, wh, replacement_stock, unit_cost_fen=8000, batch_no="B2")
    hq = await make_user(Role.HQ_ADMIN)
    manager = await make_user(Role.STORE_MANAGER, locations=[wh, store])
    member = await make_member()
    h = auth(hq)
    oid = (await place(client, shopper_auth(member), [("S1", 2)])).json["order"]["id"]
    _, paid = await client.post(f"/api/v1/orders/{oid}/pay", headers=h, json={"method": "alipay",
                                                                              "amount_fen": 2 * PRICE})
    assert paid.status == 201, paid.text
    _, shipped = await client.post(f"/api/v1/orders/{oid}/ship", headers=h)
    assert shipped.status == 201
    await client.post(f"/api/v1/orders/{oid}/deliver", headers=h)
    item_id = shipped.json["order"]["items"][0]["id"]
    return {"oid": oid, "item_id": item_id, "member": member, "shopper": shopper_auth(member), "hq": h,
            "manager": auth(manager), "bought": bought, "other": other}


async def _ask(client: Any, w: dict[str, Any], key: str = "ex-1") -> Any:
    _, resp = await client.post(f"/api/v1/orders/{w['oid']}/exchanges", headers={**w["shopper"], "Idempotency-Key": key},
                                json={"item_id": w["item_id"], "qty": 1, "sku_code": "S2", "reason": "买错段数"})
    return resp


async def _approve_and_receive(client: Any, w: dict[str, Any], ex_id: int, **body: Any) -> Any:
    base = f"/api/v1/orders/{w['oid']}/exchanges/{ex_id}"
    _, r = await client.post(f"{base}/approve", headers=w["manager"])
    assert r.status == 200, r.text
    _, r = await client.post(f"{base}/receive", headers=w["manager"], json=body)
    assert r.status == 200, r.text
    return r.json["exchange"]


async def test_even_exchange(client: Any) -> None:
    w = await _world(client, replacement_price=PRICE)
    resp = await _ask(client, w)
    assert resp.status == 201, resp.text
    ex = resp.json["exchange"]
    assert (ex["status"], ex["credit_fen"], ex["new_total_fen"], ex["difference_fen"]) == ("requested", PRICE, PRICE, 0)
    assert await stock_of(w["other"].id) == (5, 1)  # the replacement is held
    again = await _ask(client, w)  # the same request again (same key): the same exchange, nothing more
    assert again.status == 200 and again.json["exchange"]["id"] == ex["id"]
    assert await Exchange.all().count() == 1 and await stock_of(w["other"].id) == (5, 1)
    # A shopper cannot approve or receive.
    _, r = await client.post(f"/api/v1/orders/{w['oid']}/exchanges/{ex['id']}/approve", headers=w["shopper"])
    assert r.status == 403

    done = await _approve_and_receive(client, w, ex["id"])
    assert (done["status"], done["transferred_fen"], done["refunded_fen"], done["owed_fen"]) == ("settled", PRICE, 0, 0)
    assert await stock_of(w["bought"].id) == (8 + 1, 0)  # the returned unit is back on the shelf
    repl = await Order.get(id=ex["replacement_order_id"])
    assert repl.status == OrderStatus.ALLOCATED and repl.paid_fen == PRICE and repl.member_id == w["member"].id
    _, shipped = await client.post(f"/api/v1/orders/{repl.id}/ship", headers=w["hq"])
    assert shipped.status == 201
    assert await stock_of(w["other"].id) == (4, 0)
    # Revenue: two units sold, one came back, one replacement went out; the clearing account is empty.
    assert await balance(accounts.EXCHANGE_CLEARING) == 0
    assert -await balance(accounts.SALES) == 2 * 10000
    assert await balance(accounts.CUSTOMER_ADVANCES) == 0
    original = await Order.get(id=w["oid"])
    assert original.refunded_fen == PRICE and not await Refund.exists()  # credited, no money moved
    # Visible in both orders' detail.
    _, detail = await client.get(f"/api/v1/orders/{w['oid']}", headers=w["shopper"])
    assert detail.json["order"]["exchanges"][0]["replacement_order_no"] == repl.order_no
    _, detail = await client.get(f"/api/v1/orders/{repl.id}", headers=w["shopper"])
    assert detail.json["order"]["exchanges"][0]["exchange_no"] == ex["exchange_no"]
    assert {a.action for a in await AuditLog.filter(action__startswith="order.exchange")} == \
        {"order.exchange_approve", "order.exchange_receive"}
    await check_invariants()


async def test_exchange_to_a_dearer_sku_pays_the_difference(client: Any) -> None:
    w = await _world(client, replacement_price=15000)
    ex = (await _ask(client, w)).json["exchange"]
    assert ex["difference_fen"] == 15000 - PRICE
    done = await _approve_and_receive(client, w, ex["id"])
    assert (done["transferred_fen"], done["owed_fen"]) == (PRICE, 15000 - PRICE)
    repl = await Order.get(id=ex["replacement_order_id"])
    assert repl.status == OrderStatus.PENDING and repl.paid_fen == PRICE
    _, early = await client.post(f"/api/v1/orders/{repl.id}/ship", headers=w["hq"])
    assert early.status == 409  # not shipped before the difference is paid
    _, pay = await client.post(f"/api/v1/orders/{repl.id}/pay", headers=w["hq"],
                               json={"method": "wechat", "amount_fen": 15000 - PRICE, "external_ref": "wx-diff"})
    assert pay.status == 201, pay.text
    assert pay.json["order"]["status"] == "allocated"
    _, shipped = await client.post(f"/api/v1/orders/{repl.id}/ship", headers=w["hq"])
    assert shipped.status == 201
    assert await balance(accounts.EXCHANGE_CLEARING) == 0 and await balance(accounts.CUSTOMER_ADVANCES) == 0
    assert await balance(accounts.BANK) == 2 * PRICE + (15000 - PRICE)
    await check_invariants()


async def test_exchange_to_a_cheaper_sku_refunds_the_difference(client: Any) -> None:
    w = await _world(client, replacement_price=6000)
    ex = (await _ask(client, w)).json["exchange"]
    done = await _approve_and_receive(client, w, ex["id"], restock=False)  # opened tin: written off
    assert (done["transferred_fen"], done["refunded_fen"], done["owed_fen"]) == (6000, PRICE - 6000, 0)
    refund = await Refund.get(order_id=w["oid"])
    assert refund.amount_fen == PRICE - 6000 and refund.method == "alipay"  # to the original tender
    assert (await ReturnRequest.get(id=ex["rma_id"])).status == "refunded"
    assert await stock_of(w["bought"].id) == (8, 0)  # written off, not restocked
    repl = await Order.get(id=ex["replacement_order_id"])
    assert repl.status == OrderStatus.ALLOCATED and repl.paid_fen == 6000
    original = await Order.get(id=w["oid"])
    assert original.refunded_fen == PRICE  # 6000 credited to the replacement + 5300 paid back
    assert await balance(accounts.BANK) == 2 * PRICE - (PRICE - 6000)
    assert await balance(accounts.EXCHANGE_CLEARING) == 0
    await check_invariants()


async def test_no_stock_of_the_replacement_refused_nothing_written(client: Any) -> None:
    w = await _world(client, replacement_price=PRICE, replacement_stock=0)
    before = await counts()
    rmas = await ReturnRequest.all().count()
    resp = await _ask(client, w)
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock", resp.text
    assert await counts() == before and await ReturnRequest.all().count() == rmas
    assert not await Exchange.exists()
    await check_invariants()


async def test_reject_releases_the_replacement_and_concurrent_requests_take_one_unit(client: Any) -> None:
    w = await _world(client, replacement_price=PRICE)
    # Two different requests for the last unit of the line at once (the order holds 2, one already asked).
    first = (await _ask(client, w, key="a")).json["exchange"]
    racers = await asyncio.gather(*(_ask(client, w, key=f"r{i}") for i in range(3)))
    assert sorted(r.status for r in racers) == [201, 400, 400]
    # Rejecting an exchange releases its replacement's stock and closes its return.
    _, r = await client.post(f"/api/v1/orders/{w['oid']}/exchanges/{first['id']}/reject", headers=w["manager"],
                             json={"reason": "已过换货期"})
    assert r.status == 200 and r.json["exchange"]["status"] == "rejected"
    assert (await Order.get(id=first["replacement_order_id"])).status == OrderStatus.CANCELLED
    assert await stock_of(w["other"].id) == (5, 1)  # only the racer's replacement is still held
    _, again = await client.post(f"/api/v1/orders/{w['oid']}/exchanges/{first['id']}/receive", headers=w["manager"])
    assert again.status == 409
    await check_invariants()


FIXTURE = Path(__file__).resolve().parents[3] / "miniprogram" / "tests" / "fixtures" / "exchange.json"


def _shape(value: Any) -> Any:
    """The keys (recursively) of an answer: what the mini-program's recorded copy must keep in step with."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return None


async def test_miniprogram_recording_is_the_servers_answer(client: Any) -> None:
    """The mini-program's jest test of the 换货 entry replays these answers: recorded from this server with
    CRADLE_RECORD_FIXTURES=1, and checked here to still have the server's shape."""
    w = await _world(client, replacement_price=15000)
    _, before = await client.get(f"/api/v1/orders/{w['oid']}", headers=w["shopper"])
    _, sku = await client.get("/api/v1/shop/skus/S1", headers=w["shopper"])
    assert [v["sku_code"] for v in sku.json["variants"]] == ["S2"]
    created = await _ask(client, w)
    _, after = await client.get(f"/api/v1/orders/{w['oid']}", headers=w["shopper"])
    live = {"order": before.json, "sku": sku.json, "exchange": created.json, "order_after": after.json}
    if os.environ.get("CRADLE_RECORD_FIXTURES"):
        FIXTURE.parent.mkdir(exist_ok=True)
        FIXTURE.write_text(json.dumps(live, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert _shape(recorded) == _shape(live)
