"""CONTRACT.md routes that outside clients rely on, checked exactly as written there: status codes, keys and
error codes. Extra keys are allowed (clients ignore them); the contract's keys and codes must never change."""

from __future__ import annotations

import re

from backend.members.models import Member
from backend.org.models import Role
from backend.stock.models import StockMovement
from tests.factories import auth, make_location, make_sku, make_user, member_token, stock_in

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def assert_error(resp, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert resp.status == status, (resp.status, resp.json)
    assert set(resp.json) == {"error"}
    assert resp.json["error"]["code"] == code
    assert CHINESE.search(resp.json["error"]["message"]), resp.json


async def _shopper_headers() -> dict[str, str]:
    member = await Member.create(member_code="M9001", nickname="契约测试妈妈")
    return {"Authorization": f"Bearer {member_token(member.id)}"}


async def _seed():  # type: ignore[no-untyped-def]
    s1, s2 = await make_location("ST-001", priority=1), await make_location("ST-002", priority=2)
    sku = await make_sku("FM1001", name="爱他美卓萃 1段 900g", barcode="6900000000017", price_fen=43800)
    await stock_in(sku, s1, 10)
    await stock_in(sku, s2, 4)
    return s1, s2, sku


async def test_get_stock(client) -> None:
    s1, _, _ = await _seed()
    clerk = await make_user(Role.CLERK, locations=[s1])
    manager = await make_user(Role.STORE_MANAGER, locations=[s1])
    await client.post("/api/v1/stock/adjustments", headers=auth(manager), json={
        "location_code": "ST-001", "sku_code": "FM1001", "qty_delta": -1, "reason": "damage"})
    _, resp = await client.get("/api/v1/stock", params={"sku_code": "FM1001"}, headers=auth(clerk))
    assert resp.status == 200
    body = resp.json
    assert {"sku_code", "locations"} <= set(body) and body["sku_code"] == "FM1001"
    rows = {loc["location_code"]: loc for loc in body["locations"]}
    for loc in rows.values():
        assert {"location_code", "on_hand", "reserved", "available"} <= set(loc)
        assert all(isinstance(loc[k], int) for k in ("on_hand", "reserved", "available"))
        assert loc["available"] == loc["on_hand"] - loc["reserved"]
    assert (rows["ST-001"]["on_hand"], rows["ST-002"]["on_hand"]) == (9, 4)

    _, resp = await client.get("/api/v1/stock", params={"sku_code": "NOPE"}, headers=auth(clerk))
    assert_error(resp, 404, "not_found")
    _, resp = await client.get("/api/v1/stock", headers=auth(clerk))
    assert_error(resp, 400, "validation_error")
    _, resp = await client.get("/api/v1/stock", params={"sku_code": "FM1001"})
    assert_error(resp, 401, "unauthorized")
    _, resp = await client.get("/api/v1/stock", params={"sku_code": "FM1001"}, headers=await _shopper_headers())
    assert_error(resp, 403, "forbidden")


async def test_get_skus(client) -> None:
    s1, _, _ = await _seed()
    await make_sku("DP2001", name="帮宝适一级帮纸尿裤 M码", barcode="6900000000024", price_fen=15900, brand="帮宝适",
                   category="纸尿裤")
    clerk = await make_user(Role.CLERK, locations=[s1])
    for q in ("爱他美", "atm", "6900000000017"):  # name, pinyin initials, barcode
        _, resp = await client.get("/api/v1/skus", params={"q": q, "page": 1, "page_size": 20}, headers=auth(clerk))
        assert resp.status == 200
        assert {"items", "total"} <= set(resp.json) and resp.json["total"] == 1
        item = resp.json["items"][0]
        assert {k: item[k] for k in ("sku_code", "name", "barcode", "price_fen")} == {
            "sku_code": "FM1001", "name": "爱他美卓萃 1段 900g", "barcode": "6900000000017", "price_fen": 43800}
    _, resp = await client.get("/api/v1/skus", params={"page": 2, "page_size": 1}, headers=auth(clerk))
    assert resp.status == 200 and resp.json["total"] == 2 and len(resp.json["items"]) == 1
    _, resp = await client.get("/api/v1/skus", params={"q": "不存在的商品"}, headers=auth(clerk))
    assert resp.status == 200 and resp.json["items"] == [] and resp.json["total"] == 0

    _, resp = await client.get("/api/v1/skus", params={"page_size": 0}, headers=auth(clerk))
    assert_error(resp, 400, "validation_error")
    _, resp = await client.get("/api/v1/skus", params={"q": "atm"})
    assert_error(resp, 401, "unauthorized")
    _, resp = await client.get("/api/v1/skus", params={"q": "atm"}, headers=await _shopper_headers())
    assert_error(resp, 403, "forbidden")


async def test_post_stock_adjustment(client) -> None:
    s1, _, _ = await _seed()
    manager = await make_user(Role.STORE_MANAGER, locations=[s1])
    admin = await make_user(Role.HQ_ADMIN)
    clerk = await make_user(Role.CLERK, locations=[s1])
    url = "/api/v1/stock/adjustments"

    def body(**kw: object) -> dict[str, object]:
        return {"location_code": "ST-001", "sku_code": "FM1001", "qty_delta": -2, "reason": "damage", **kw}

    movements = await StockMovement.all().count()
    _, resp = await client.post(url, headers=auth(manager), json=body())
    assert resp.status == 201, resp.json
    assert await StockMovement.all().count() == movements + 1
    m = await StockMovement.all().order_by("-id").first()
    assert (m.on_hand_delta, m.kind.value) == (-2, "adjustment")
    # hq_admin anywhere, store manager only in their own stores
    _, resp = await client.post(url, headers=auth(admin), json=body(location_code="ST-002", qty_delta=1,
                                                                     reason="found"))
    assert resp.status == 201, resp.json
    movements = await StockMovement.all().count()
    _, resp = await client.post(url, headers=auth(manager), json=body(location_code="ST-002"))
    assert_error(resp, 403, "forbidden")
    _, resp = await client.post(url, headers=auth(clerk), json=body())
    assert_error(resp, 403, "forbidden")
    _, resp = await client.post(url, json=body())
    assert_error(resp, 401, "unauthorized")
    # on hand would go negative (8 left at ST-001)
    _, resp = await client.post(url, headers=auth(manager), json=body(qty_delta=-9))
    assert_error(resp, 409, "insufficient_stock")
    _, resp = await client.post(url, headers=auth(manager), content=b"{not json")
    assert_error(resp, 400, "invalid_json")
    _, resp = await client.post(url, headers=auth(manager), json={"location_code": "ST-001"})
    assert_error(resp, 400, "validation_error")
    _, resp = await client.post(url, headers=auth(manager), json=body(sku_code="NOPE"))
    assert_error(resp, 404, "not_found")
    assert await StockMovement.all().count() == movements  # refusals wrote nothing
