from __future__ import annotations

from backend.catalog.models import PriceList, PriceListItem
from backend.members.models import Member
from backend.org.models import Role
from tests.factories import auth, make_location, make_sku, make_user, member_token


async def _seed():  # type: ignore[no-untyped-def]
    store = await make_location("ST-001")
    clerk = await make_user(Role.CLERK, locations=[store])
    sku = await make_sku(code="FM1001", name="爱他美卓萃 2段 900g", barcode="6901234567892", price_fen=36800,
                         formula_stage=2)
    await make_sku(code="DP2001", name="帮宝适一级帮纸尿裤 M码", brand="帮宝适", category="纸尿裤")
    return store, clerk, sku


async def test_clerk_searches_by_pinyin_barcode_and_name(client, db) -> None:
    _, clerk, _ = await _seed()
    headers = auth(clerk)
    for q in ("atm", "6901234567892", "卓萃", "FM1001"):
        _, resp = await client.get("/api/v1/skus", params={"q": q}, headers=headers)
        assert resp.status == 200, resp.json
        assert resp.json["total"] == 1
        item = resp.json["items"][0]
        assert {k: item[k] for k in ("sku_code", "name", "barcode", "price_fen")} == {
            "sku_code": "FM1001", "name": "爱他美卓萃 2段 900g", "barcode": "6901234567892", "price_fen": 36800}
    _, resp = await client.get("/api/v1/skus", headers=headers)
    assert resp.json["total"] == 2


async def test_channel_and_location_price(client, db) -> None:
    store, clerk, sku = await _seed()
    pl = await PriceList.create(name="徐汇店价", location=store)
    await PriceListItem.create(price_list=pl, sku=sku, price_fen=35800)
    _, resp = await client.get("/api/v1/skus", params={"q": "atm", "channel": "pos", "location_code": "ST-001"},
                               headers=auth(clerk))
    assert resp.json["items"][0]["price_fen"] == 35800
    assert resp.json["items"][0]["list_price_fen"] == 36800
    _, resp = await client.get("/api/v1/skus", params={"q": "atm", "location_code": "NOPE"}, headers=auth(clerk))
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"


async def test_pagination_bounds_are_validated(client, db) -> None:
    _, clerk, _ = await _seed()
    for params in ({"page": 0}, {"page_size": 0}, {"page_size": 101}, {"page": "x"}, {"q": "x" * 65}):
        _, resp = await client.get("/api/v1/skus", params=params, headers=auth(clerk))
        assert resp.status == 400, params
        assert resp.json["error"]["code"] == "validation_error"
        assert resp.json["error"]["message"]
    _, resp = await client.get("/api/v1/skus", params={"page": 5, "page_size": 1}, headers=auth(clerk))
    assert resp.status == 200 and resp.json["items"] == [] and resp.json["total"] == 2


async def test_no_token_is_401_and_shopper_is_403(client, db) -> None:
    _, resp = await client.get("/api/v1/skus", params={"q": "atm"})
    assert resp.status == 401 and resp.json["error"]["code"] == "unauthorized"
    _, resp = await client.get("/api/v1/skus", params={"q": "atm"}, headers={"Authorization": "Bearer nope"})
    assert resp.status == 401
    _, resp = await client.get("/api/v1/categories")
    assert resp.status == 401
    member = await Member.create(member_code="M0001", nickname="小米妈妈")
    token = member_token(member.id)
    _, resp = await client.get("/api/v1/skus", params={"q": "atm"}, headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 403 and resp.json["error"]["code"] == "forbidden"


async def test_sku_detail_categories_and_brands(client, db) -> None:
    store, clerk, sku = await _seed()
    pl = await PriceList.create(name="小程序会员价", channel="miniprogram")
    await PriceListItem.create(price_list=pl, sku=sku, price_fen=34800)
    headers = auth(clerk)
    _, resp = await client.get("/api/v1/skus/FM1001", headers=headers)
    assert resp.status == 200
    body = resp.json
    assert body["sku_code"] == "FM1001" and body["pinyin_initials"] == "atmzc2d900g"
    assert body["brand"]["name"] == "爱他美"
    assert body["category"]["path"] == ["奶粉"]
    assert body["baby"]["formula_stage"] == 2
    assert body["price_lists"] == [{"id": pl.id, "name": "小程序会员价", "channel": "miniprogram",
                                    "location_code": None, "price_fen": 34800, "valid_from": None,
                                    "valid_to": None, "is_active": True}]
    _, resp = await client.get("/api/v1/skus/6901234567892", headers=headers)  # by barcode
    assert resp.json["sku_code"] == "FM1001"
    _, resp = await client.get("/api/v1/skus/NOPE", headers=headers)
    assert resp.status == 404 and resp.json["error"]["code"] == "not_found"

    _, resp = await client.get("/api/v1/categories", headers=headers)
    assert {c["name"] for c in resp.json["items"]} == {"奶粉", "纸尿裤"}
    _, resp = await client.get("/api/v1/brands", headers=headers)
    assert {b["name"] for b in resp.json["items"]} == {"爱他美", "帮宝适"}

    _, resp = await client.get("/api/v1/skus", params={"category_id": body["category"]["id"]}, headers=headers)
    assert [i["sku_code"] for i in resp.json["items"]] == ["FM1001"]
