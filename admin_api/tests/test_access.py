"""Who may call the admin API: a clerk (or live seller) is refused on every /admin route; a store manager only
sees their own stores' orders, stock, staff, transfers and stocktakes; the rest of the refusals are 403s."""

from __future__ import annotations

import re
from typing import Any

import pytest

from backend.fieldcrypt import phone_hash, seal
from backend.members.models import Member
from backend.org.models import LocationKind, Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

_PARAM = re.compile(r"<([a-z_]+)(?::([a-z]+))?>")


def admin_routes(app: Any) -> list[tuple[str, str]]:
    """(method, concrete path) for every registered route under /admin/, parameters filled in."""
    out = []
    for route in app.router.routes:
        path = "/" + route.path.lstrip("/")
        if not path.startswith("/admin/"):
            continue
        concrete = _PARAM.sub(lambda m: "1" if m.group(2) == "int" else "X1", path)
        for method in sorted(route.methods):
            if method in ("HEAD", "OPTIONS"):
                continue
            out.append((method, concrete))
    return out


async def _call(client: Any, method: str, path: str, headers: dict[str, str]) -> Any:
    fn = getattr(client, method.lower())
    kwargs: dict[str, Any] = {"headers": headers}
    if method in ("POST", "PUT", "PATCH"):
        kwargs["json"] = {}
    _, resp = await fn(path, **kwargs)
    return resp


@pytest.mark.parametrize("role", [Role.CLERK, Role.LIVE_SELLER])
async def test_every_admin_route_refuses_clerks_and_live_sellers(db: None, app: Any, client: Any, role: Role) -> None:
    store = await make_location("S1")
    user = await make_user(role, locations=[store])
    routes = admin_routes(app)
    assert len(routes) >= 40, routes  # the walk really covers the admin API
    h = auth(user)
    for method, path in routes:
        resp = await _call(client, method, path, h)
        assert resp.status == 403, (method, path, resp.status, resp.text)
        assert resp.json["error"]["code"] == "forbidden"


async def test_every_admin_route_needs_a_token(db: None, app: Any, client: Any) -> None:
    for method, path in admin_routes(app):
        resp = await _call(client, method, path, {})
        assert resp.status == 401, (method, path, resp.status)


async def _two_stores() -> dict[str, Any]:
    a = await make_location("SA")
    b = await make_location("SB")
    wh = await make_location("WH", kind=LocationKind.WAREHOUSE)
    sku = await make_sku("MILK1", price_fen=10000)
    await stock_in(sku, a, 10)
    await stock_in(sku, b, 7)
    await stock_in(sku, wh, 50)
    hq = await make_user(Role.HQ_ADMIN, username="hq")
    manager = await make_user(Role.STORE_MANAGER, username="mgr_a", locations=[a])
    clerk_a = await make_user(Role.CLERK, username="clerk_a", locations=[a])
    clerk_b = await make_user(Role.CLERK, username="clerk_b", locations=[b])
    return {"a": a, "b": b, "wh": wh, "sku": sku, "hq": hq, "manager": manager, "clerk_a": clerk_a,
            "clerk_b": clerk_b}


async def _order(client: Any, hq: Any, location_code: str) -> int:
    _, resp = await client.post("/api/v1/orders", headers=auth(hq), json={
        "channel": "pos", "location_code": location_code, "items": [{"sku_code": "MILK1", "qty": 1}]})
    assert resp.status == 201, resp.text
    return int(resp.json["order"]["id"])


async def test_store_manager_reads_own_store_only(db: None, client: Any) -> None:
    w = await _two_stores()
    order_a = await _order(client, w["hq"], "SA")
    order_b = await _order(client, w["hq"], "SB")
    h = auth(w["manager"])

    # orders: own store listed, another store's order or filter refused
    _, resp = await client.get("/admin/api/v1/orders", headers=h)
    assert resp.status == 200 and [o["id"] for o in resp.json["items"]] == [order_a]
    _, resp = await client.get(f"/admin/api/v1/orders/{order_a}", headers=h)
    assert resp.status == 200 and resp.json["order"]["location_code"] == "SA"
    for url in (f"/admin/api/v1/orders/{order_b}", "/admin/api/v1/orders?location_code=SB",
                "/admin/api/v1/orders/999999", "/admin/api/v1/orders?location_code=NOPE"):
        _, resp = await client.get(url, headers=h)
        assert resp.status == 403, (url, resp.text)

    # stock: own store's numbers, another store's refused
    _, resp = await client.get("/admin/api/v1/stock", headers=h)
    assert resp.status == 200
    assert [(i["location_code"], i["on_hand"]) for i in resp.json["items"]] == [("SA", 10)]
    for url in ("/admin/api/v1/stock?location_code=SB", "/admin/api/v1/stock?location_code=WH&sku_code=MILK1"):
        _, resp = await client.get(url, headers=h)
        assert resp.status == 403, url

    # staff: own store's clerk, not the other store's, nor HQ
    _, resp = await client.get("/admin/api/v1/users", headers=h)
    assert resp.status == 200 and {u["username"] for u in resp.json["items"]} == {"mgr_a", "clerk_a"}
    _, resp = await client.get(f"/admin/api/v1/users/{w['clerk_a'].id}", headers=h)
    assert resp.status == 200
    for url in (f"/admin/api/v1/users/{w['clerk_b'].id}", f"/admin/api/v1/users/{w['hq'].id}",
                "/admin/api/v1/users?location_code=SB", "/admin/api/v1/users/999999"):
        _, resp = await client.get(url, headers=h)
        assert resp.status == 403, url

    # locations, transfers, stocktakes of another store
    _, resp = await client.get("/admin/api/v1/locations", headers=h)
    assert [i["code"] for i in resp.json["items"]] == ["SA"]
    for url in ("/admin/api/v1/locations/SB", "/admin/api/v1/transfers?location_code=SB",
                "/admin/api/v1/stocktakes?location_code=SB"):
        _, resp = await client.get(url, headers=h)
        assert resp.status == 403, url

    # HQ sees everything
    hh = auth(w["hq"])
    _, resp = await client.get("/admin/api/v1/orders", headers=hh)
    assert resp.json["total"] == 2
    _, resp = await client.get("/admin/api/v1/stock?sku_code=MILK1", headers=hh)
    assert {i["location_code"]: i["on_hand"] for i in resp.json["items"]} == {"SA": 10, "SB": 7, "WH": 50}
    _, resp = await client.get(f"/admin/api/v1/users/{w['clerk_b'].id}", headers=hh)
    assert resp.status == 200 and resp.json["location_codes"] == ["SB"]


async def test_manager_may_not_write_hq_things(db: None, client: Any) -> None:
    w = await _two_stores()
    h = auth(w["manager"])
    calls = [
        ("post", "/admin/api/v1/locations", {"code": "S9", "name": "新店", "kind": "store"}),
        ("patch", "/admin/api/v1/locations/SA", {"name": "改名"}),
        ("post", "/admin/api/v1/users", {"username": "x1", "display_name": "x", "role": "clerk",
                                         "password": "longenough1", "location_codes": ["SA"]}),
        ("put", f"/admin/api/v1/users/{w['clerk_a'].id}/locations", {"location_codes": ["SA", "SB"]}),
        ("post", "/admin/api/v1/catalog/brands", {"name": "新品牌"}),
        ("get", "/admin/api/v1/audit", None),
        ("get", "/admin/api/v1/finance/trial-balance", None),
    ]
    for method, url, body in calls:
        kwargs: dict[str, Any] = {"headers": h}
        if body is not None:
            kwargs["json"] = body
        _, resp = await getattr(client, method)(url, **kwargs)
        assert resp.status == 403, (url, resp.text)


async def test_member_phone_masked_unless_hq(db: None, client: Any) -> None:
    w = await _two_stores()
    await Member.create(member_code="M0001", nickname="小明妈妈", phone=seal("13800138000"),
                        phone_hash=phone_hash("13800138000"))
    _, resp = await client.get("/admin/api/v1/members?phone=138-0013-8000", headers=auth(w["manager"]))
    assert resp.status == 200 and resp.json["total"] == 1
    assert resp.json["items"][0]["phone"] == "138****8000" and resp.json["items"][0]["phone_masked"]
    fin = await make_user(Role.FINANCE)
    _, resp = await client.get("/admin/api/v1/members?member_code=M0001", headers=auth(fin))
    assert resp.json["items"][0]["phone"] == "138****8000"
    _, resp = await client.get("/admin/api/v1/members?member_code=M0001", headers=auth(w["hq"]))
    assert resp.json["items"][0]["phone"] == "13800138000"
    raw = await Member.get(member_code="M0001")
    assert "13800138000" not in (raw.phone or "")  # encrypted at rest


async def test_openapi_lists_every_admin_route(db: None, app: Any, client: Any) -> None:
    _, resp = await client.get("/docs/openapi.json")
    assert resp.status == 200
    documented = {(m.upper(), re.sub(r"\{[^}]+\}", "{}", p)) for p, ops in resp.json["paths"].items()
                  for m in ops}
    for route in app.router.routes:
        path = "/" + route.path.lstrip("/")
        if path.startswith("/admin/"):
            norm = _PARAM.sub("{}", path)
            for method in route.methods - {"HEAD", "OPTIONS"}:
                assert (method, norm) in documented, (method, norm)


async def test_receiver_phone_and_address_are_encrypted_at_rest(db: None, client: Any) -> None:
    from backend.fieldcrypt import unseal
    from backend.orders.models import Order

    w = await _two_stores()
    _, resp = await client.post("/api/v1/orders", headers=auth(w["hq"]), json={
        "channel": "phone", "location_code": "WH", "items": [{"sku_code": "MILK1", "qty": 1}],
        "receiver_name": "李女士", "receiver_phone": "13912345678", "receiver_address": "上海市徐汇区漕溪北路 1 号"})
    assert resp.status == 201, resp.text
    order = await Order.get(id=resp.json["order"]["id"])
    assert "13912345678" not in order.receiver_phone and "漕溪" not in order.receiver_address
    assert unseal(order.receiver_phone) == "13912345678"
    assert unseal(order.receiver_address) == "上海市徐汇区漕溪北路 1 号"
