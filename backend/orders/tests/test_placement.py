"""Placing orders over HTTP: the contract shape, reservations with expiry, POS at the counter, shoppers."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from tortoise import Tortoise

from backend import raw_sql
from backend.orders import placement
from backend.orders.models import Order, OrderEvent, OrderItem, OrderStatus
from backend.orders.placement import LineIn, OrderRequest, place_order
from backend.org.models import LocationKind, Role
from backend.raw_sql import is_postgres
from backend.security import Actor
from backend.stock.models import Reservation, ReservationStatus, Stock
from tests.factories import auth, make_location, make_sku, make_user, stock_in
from tests.sql_count import counting_statements

from .helpers import admin_headers, check_invariants, make_member, place, shopper_auth, stock_of


async def test_online_order_reserves_with_expiry_and_answers_contract_shape(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("A1", price_fen=12800)
    await stock_in(sku, wh, 10)
    resp = await place(client, await admin_headers(), [("A1", 3)])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert {"id", "order_no", "status", "total_fen", "items"} <= set(order)
    assert order["status"] == "pending" and order["status_name"] == "待付款"
    assert order["total_fen"] == 3 * 12800
    assert order["location_code"] == "WH1"
    assert order["items"][0]["sku_code"] == "A1" and order["items"][0]["qty"] == 3
    assert await stock_of(sku.id) == (10, 3)
    res = await Reservation.filter(status=ReservationStatus.ACTIVE)
    assert len(res) == 1 and res[0].expires_at is not None and res[0].order_item_id is not None
    assert await OrderEvent.filter(order_id=order["id"], to_status="pending").count() == 1
    await check_invariants()


async def test_duplicate_lines_are_merged(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    resp = await place(client, await admin_headers(), [("A1", 1), ("A1", 2)])
    assert resp.status == 201
    assert [(i["sku_code"], i["qty"]) for i in resp.json["order"]["items"]] == [("A1", 3)]


async def test_pos_sale_with_payment_completes_at_the_counter(client) -> None:
    store = await make_location("S1")
    sku = await make_sku("A1", price_fen=5000)
    await stock_in(sku, store, 5)
    clerk = await make_user(Role.CLERK, locations=[store])
    resp = await place(client, auth(clerk), [("A1", 2)], channel="pos",
                       payments=[{"method": "cash", "amount_fen": 10000}])
    assert resp.status == 201, resp.text
    order = resp.json["order"]
    assert order["status"] == "completed"
    assert order["paid_fen"] == 10000
    assert order["items"][0]["qty_shipped"] == 2
    assert await stock_of(sku.id) == (3, 0)
    path = await OrderEvent.filter(order_id=order["id"]).order_by("id").values_list("to_status", flat=True)
    assert path == ["pending", "paid", "allocated", "shipped", "completed"]
    await check_invariants()


async def test_pos_payment_must_match_total(client) -> None:
    store = await make_location("S1")
    await stock_in(await make_sku("A1", price_fen=5000), store, 5)
    clerk = await make_user(Role.CLERK, locations=[store])
    resp = await place(client, auth(clerk), [("A1", 2)], channel="pos",
                       payments=[{"method": "cash", "amount_fen": 9000}])
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    assert await Order.all().count() == 0


async def test_clerk_cannot_sell_from_another_store_at_the_counter(client) -> None:
    s1, s2 = await make_location("S1"), await make_location("S2")
    sku = await make_sku("A1")
    await stock_in(sku, s2, 5)
    clerk = await make_user(Role.CLERK, locations=[s1])
    resp = await place(client, auth(clerk), [("A1", 1)], channel="pos", location_code="S2")
    assert resp.status == 403
    resp = await place(client, auth(clerk), [("A1", 1)], channel="pos")  # own store has none
    assert resp.status == 409 and resp.json["error"]["code"] == "insufficient_stock"
    assert await Order.all().count() == 0


async def test_shopper_orders_are_tied_to_the_member(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    member = await make_member()
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="miniprogram")
    assert resp.status == 201, resp.text
    assert resp.json["order"]["member_id"] == member.id
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="pos")
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"
    resp = await place(client, shopper_auth(member), [("A1", 1)], channel="live",
                       payments=[{"method": "cash", "amount_fen": 1}])
    assert resp.status == 403


async def test_shopper_sees_only_own_orders(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    a, b = await make_member("甲"), await make_member("乙")
    oid = (await place(client, shopper_auth(a), [("A1", 1)])).json["order"]["id"]
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(a))
    assert resp.status == 200 and resp.json["order"]["id"] == oid
    _, resp = await client.get(f"/api/v1/orders/{oid}", headers=shopper_auth(b))
    assert resp.status == 404 and resp.json["error"]["code"] == "not_found"
    _, resp = await client.get("/api/v1/orders", headers=shopper_auth(b))
    assert resp.status == 200 and resp.json["total"] == 0
    _, resp = await client.get("/api/v1/orders", headers=shopper_auth(a))
    assert resp.json["total"] == 1


async def test_unpaid_order_status_is_pending_in_db(client) -> None:
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("A1"), wh, 10)
    oid = (await place(client, await admin_headers(), [("A1", 1)])).json["order"]["id"]
    assert (await Order.get(id=oid)).status == OrderStatus.PENDING


_WRITTEN = ("orders", "order_items", "order_events", "idempotency_records", "audit_logs", "reservations",
            "stock_movements", "channel_outbox")


async def _rows_after(marks: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the placement's tables newer than `marks`: the new rows' ids named by table and rank (their
    values are the sequence's), timestamps as "ts", JSON parsed."""
    conn = Tortoise.get_connection("default")
    rows = {t: await conn.execute_query_dict(f"SELECT * FROM {t} WHERE id > {marks[t]} ORDER BY id")
            for t in _WRITTEN}
    names: dict[tuple[str, Any], str] = {}
    for t, (rank, refs) in {"orders": (0, "order"), "order_items": (0, "order_item"),
                            "reservations": (0, "reservation")}.items():
        for n, r in enumerate(rows[t], start=rank):
            names[(refs, r["id"])] = f"{refs}#{n}"

    def named(col: str, v: Any) -> Any:
        if isinstance(v, dt.datetime):
            return "ts"
        if col in ("response", "after", "before"):  # JSON, as it is
            return json.loads(v) if isinstance(v, str) else v
        ref = col[:-3] if col.endswith("_id") else "order" if col == "id" else col
        return names.get((ref, v), v)

    return {t: [{c: ("ts" if "_at" in c and v is not None else named(c, v)) for c, v in r.items() if c != "id"}
                for r in rs] for t, rs in rows.items()}


def test_the_rows_placement_writes_name_every_column_of_their_models() -> None:
    """Placement writes orders and items as database values in hand-written column lists (no model __init__):
    a column added to either model must be added there too, or its rows would lack it."""
    for model, cols in ((Order, placement._ORDER_COLUMNS), (OrderItem, placement._ITEM_FIELDS)):
        meta = model._meta
        assert sorted(cols) == sorted(meta.fields_db_projection.values()), model
        assert not meta.db_default_db_columns, model  # every value written by placement, none by the database


@pytest.mark.parametrize("rows_fit", [True, False], ids=["one_statement", "too_many_values"])
async def test_a_mixed_cart_writes_exactly_its_rows_in_few_statements(db, rows_fit: bool,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row a plain placement of a two-line cart writes, column by column (order, items, event, idempotency
    record, audit entry, reservations, movements, outbox), and how many statements it takes on PostgreSQL. The
    same rows when they do not fit the reservation's statement (bind parameters, here made few): then the order's
    rows are written before it (stock.management.reserve_lines)."""
    if not rows_fit:
        monkeypatch.setattr(raw_sql, "MAX_PARAMS", 40)  # each row still fits a statement; the order's do not
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    a, b = await make_sku("A1", price_fen=12800), await make_sku("B1", price_fen=990)
    await stock_in(a, wh, 10)
    await stock_in(b, wh, 5)
    user = await make_user(Role.HQ_ADMIN, username="boss")
    actor = Actor(role=Role.HQ_ADMIN, user=user, location_ids=None)
    await place_order(actor, OrderRequest(channel="phone", items=[LineIn("B1", 1)]))  # partners' hooks cached
    conn = Tortoise.get_connection("default")
    marks = {t: (await conn.execute_query_dict(f"SELECT coalesce(max(id), 0) AS m FROM {t}"))[0]["m"]
             for t in _WRITTEN}
    with counting_statements() as statements:
        placed = await place_order(actor, OrderRequest(
            channel="phone", items=[LineIn("A1", 2), LineIn("B1", 3)], idempotency_key="cart-1",
            receiver_name="王女士", note="下午送"))
    assert placed.status == 201 and placed.created
    if is_postgres(conn) and rows_fit:
        # SKUs, stock with locations, prices, promotions (no kept answer read: the record's INSERT finds a used
        # key), all before the transaction; the locked FEFO read drawing the order's and its items' ids, then the
        # reservation with every row of the order in one statement
        assert len(statements) == 6, statements
    rows = await _rows_after(marks)
    answer = placed.body
    order = answer["order"]
    assert rows["idempotency_records"] == [{"scope": f"order:staff:{user.id}", "key": "cart-1",
                                            "request_hash": rows["idempotency_records"][0]["request_hash"],
                                            "status": 201, "response": rows["idempotency_records"][0]["response"],
                                            "created_at": "ts"}]
    assert rows["idempotency_records"][0]["response"] == json.loads(json.dumps(answer))  # the answer, as JSON
    assert rows["orders"] == [{
        "order_no": order["order_no"], "channel": "phone", "external_id": None, "status": "pending",
        "member_id": None, "location_id": wh.id, "created_by_id": user.id, "seller_id": None,
        "subtotal_fen": 2 * 12800 + 3 * 990, "discount_fen": 0, "shipping_fen": 0, "total_fen": 2 * 12800 + 3 * 990,
        "paid_fen": 0, "refunded_fen": 0, "payment_method": "", "pickup": False, "receiver_name": "王女士",
        "receiver_phone": "", "receiver_address": "", "note": "下午送", "buyer_remark": "", "source": "",
        "placed_at": "ts", "paid_at": None, "shipped_at": None, "completed_at": None, "cancelled_at": None,
        "updated_at": "ts"}]
    assert rows["order_items"] == [
        {"order_id": "order#0", "sku_id": a.id, "sku_name": a.name, "qty": 2, "unit_price_fen": 12800,
         "discount_fen": 0, "line_total_fen": 25600, "qty_shipped": 0, "qty_returned": 0, "cogs_fen": 0},
        {"order_id": "order#0", "sku_id": b.id, "sku_name": b.name, "qty": 3, "unit_price_fen": 990,
         "discount_fen": 0, "line_total_fen": 2970, "qty_shipped": 0, "qty_returned": 0, "cogs_fen": 0}]
    assert rows["order_events"] == [{"order_id": "order#0", "from_status": "", "to_status": "pending",
                                     "note": "下单", "user_id": user.id, "created_at": "ts"}]
    assert rows["audit_logs"] == [{
        "user_id": user.id, "username": "boss", "action": "order.create", "entity_type": "order",
        "entity_id": str(order["id"]), "before": None, "after": {
            "order_no": order["order_no"], "channel": "phone", "total_fen": 2 * 12800 + 3 * 990,
            "items": [{"sku_code": "A1", "qty": 2}, {"sku_code": "B1", "qty": 3}]},
        "via": "api", "ip": "", "created_at": "ts"}]
    stocks = {s.sku_id: s.id for s in await Stock.filter(location_id=wh.id)}
    assert rows["reservations"] == [
        {"stock_id": stocks[a.id], "order_item_id": "order_item#0", "ref_type": "order", "ref_id": str(order["id"]),
         "qty": 2, "qty_consumed": 0, "status": "active", "expires_at": "ts", "created_at": "ts"},
        {"stock_id": stocks[b.id], "order_item_id": "order_item#1", "ref_type": "order", "ref_id": str(order["id"]),
         "qty": 3, "qty_consumed": 0, "status": "active", "expires_at": "ts", "created_at": "ts"}]
    assert [(m["sku_id"], m["kind"], m["on_hand_delta"], m["reserved_delta"], m["ref_type"], m["ref_id"])
            for m in rows["stock_movements"]] == [(a.id, "reserve", 0, 2, "order", str(order["id"])),
                                                  (b.id, "reserve", 0, 3, "order", str(order["id"]))]
    assert [(o["sku_id"], o["location_id"]) for o in rows["channel_outbox"]] == [(a.id, wh.id), (b.id, wh.id)]
    await check_invariants()

