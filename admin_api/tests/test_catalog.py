"""Catalogue through the admin API: HQ writes through the catalogue services (audited); bad bodies are 400."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.org.models import Role
from tests.factories import auth, make_user


async def test_hq_builds_the_catalogue_and_price_lists(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.post("/admin/api/v1/catalog/categories", headers=h, json={"name": "奶粉"})
    assert resp.status == 201
    cat = resp.json["id"]
    _, resp = await client.post("/admin/api/v1/catalog/brands", headers=h, json={"name": "爱他美"})
    brand = resp.json["id"]
    _, resp = await client.post("/admin/api/v1/catalog/products", headers=h,
                                json={"code": "P1", "name": "爱他美金装", "category_id": cat, "brand_id": brand})
    assert resp.status == 201, resp.text
    _, resp = await client.post("/admin/api/v1/catalog/skus", headers=h, json={
        "code": "S1", "product_code": "P1", "name": "爱他美金装1段 800g", "price_fen": 32800})
    assert resp.status == 201, resp.text
    _, resp = await client.post("/admin/api/v1/catalog/price-lists", headers=h,
                                json={"name": "淘宝价", "channel": "taobao"})
    pl = resp.json["id"]
    _, resp = await client.put(f"/admin/api/v1/catalog/price-lists/{pl}/items", headers=h,
                               json={"items": [{"sku_code": "S1", "price_fen": 29900}]})
    assert resp.status == 200
    _, resp = await client.get(f"/admin/api/v1/catalog/price-lists/{pl}", headers=h)
    assert resp.json["items"] == [{"sku_code": "S1", "name": "爱他美金装1段 800g", "price_fen": 29900}]
    _, resp = await client.get("/admin/api/v1/catalog/skus?q=atm", headers=h)
    assert [s["code"] for s in resp.json["items"]] == ["S1"]
    assert await AuditLog.filter(action__startswith="catalog.").count() == 6

    # values the database cannot hold are refused (found by the schemathesis fuzz), never a 500
    bad = [("patch", "/admin/api/v1/catalog/products/P1", {"is_active": None}),
           ("patch", f"/admin/api/v1/catalog/categories/{cat}", {"name": None}),
           ("post", "/admin/api/v1/catalog/categories", {"name": "x", "sort": 10**20}),
           ("post", "/admin/api/v1/catalog/price-lists", {"name": "x", "channel": "jd",
                                                          "valid_from": "0001-01-01T00:00:00+14:00"})]
    for method, url, body in bad:
        _, resp = await getattr(client, method)(url, headers=h, json=body)
        assert resp.status == 400, (url, resp.text)
