"""Admin supplier routes: purchasers create/update (audited), store managers read only, clerks refused."""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.org.models import Role
from tests.factories import auth, make_user


async def test_supplier_routes_roles_and_audit(db: None, client: Any) -> None:
    pur = auth(await make_user(Role.PURCHASER, username="pur1"))
    mgr = auth(await make_user(Role.STORE_MANAGER, username="mgr1"))
    url = "/admin/api/v1/suppliers"
    _, r = await client.post(url, headers=pur, json={"code": "SUP1", "name": "上海母婴批发", "contact_name": "李经理"})
    assert r.status == 201, r.text
    _, r = await client.post(url, headers=pur, json={"code": "SUP1", "name": "重复"})
    assert r.status == 409 and r.json["error"]["message"]
    _, r = await client.post(url, headers=mgr, json={"code": "SUP2", "name": "不许"})
    assert r.status == 403
    _, r = await client.patch(f"{url}/SUP1", headers=pur, json={"payment_terms_days": 45})
    assert r.status == 200 and r.json["payment_terms_days"] == 45
    _, r = await client.patch(f"{url}/SUP1", headers=mgr, json={"payment_terms_days": 1})
    assert r.status == 403
    _, r = await client.get(f"{url}?q=李", headers=mgr)
    assert r.status == 200 and [s["code"] for s in r.json["items"]] == ["SUP1"]
    _, r = await client.get(f"{url}/SUP1", headers=mgr)
    assert r.status == 200 and r.json["products"] == [] and "scorecard" in r.json
    _, r = await client.get(f"{url}/NOPE", headers=mgr)
    assert r.status == 404
    actions = [a.action for a in await AuditLog.filter(entity_type="supplier").order_by("id")]
    assert actions == ["supplier.create", "supplier.update"]


async def test_supplier_skus_set_and_remove_roles_audit_and_bad_input(db: None, client: Any) -> None:
    from backend.purchasing.models import SupplierProduct
    from tests.factories import make_sku

    await make_sku("MILK1", price_fen=35800)
    await make_sku("DIAPER1", price_fen=16900)
    hq = auth(await make_user(Role.HQ_ADMIN, username="hq1"))
    pur = auth(await make_user(Role.PURCHASER, username="pur1"))
    mgr = auth(await make_user(Role.STORE_MANAGER, username="mgr1"))
    url = "/admin/api/v1/suppliers"
    _, r = await client.post(url, headers=hq, json={"code": "SUP1", "name": "上海母婴批发"})
    assert r.status == 201, r.text
    _, r = await client.put(f"{url}/SUP1/products", headers=pur, json={
        "sku_code": "MILK1", "price_fen": 21000, "lead_time_days": 5, "min_order_qty": 6, "is_preferred": True})
    assert r.status == 200, r.text
    assert r.json["items"] == [{"sku_code": "MILK1", "name": r.json["items"][0]["name"], "price_fen": 21000,
                                "lead_time_days": 5, "min_order_qty": 6, "is_preferred": True}]
    _, r = await client.put(f"{url}/SUP1/products", headers=hq, json={"sku_code": "DIAPER1", "price_fen": 8050})
    assert r.status == 200 and [(p["sku_code"], p["lead_time_days"], p["min_order_qty"]) for p in r.json["items"]] \
        == [("DIAPER1", 7, 1), ("MILK1", 5, 6)]
    # a new price for MILK1: updated in place, the audit keeps before and after
    _, r = await client.put(f"{url}/SUP1/products", headers=pur, json={"sku_code": "MILK1", "price_fen": 20500})
    assert r.status == 200 and await SupplierProduct.filter(sku__code="MILK1").count() == 1
    # store managers read, never write
    _, r = await client.get(f"{url}/SUP1/products", headers=mgr)
    assert r.status == 200 and [p["price_fen"] for p in r.json["items"]] == [8050, 20500]
    _, r = await client.put(f"{url}/SUP1/products", headers=mgr, json={"sku_code": "MILK1", "price_fen": 1})
    assert r.status == 403
    _, r = await client.delete(f"{url}/SUP1/products/MILK1", headers=mgr)
    assert r.status == 403
    # bad input: 400 in Chinese, nothing written
    for body in ({"sku_code": "MILK1", "price_fen": 0}, {"sku_code": "MILK1", "price_fen": 12.5},
                 {"sku_code": "MILK1", "price_fen": 100, "min_order_qty": 0}, {"price_fen": 100},
                 {"sku_code": "MILK1", "price_fen": 100, "lead_time_days": -1}, {"sku_code": "NOPE", "price_fen": 100}):
        _, r = await client.put(f"{url}/SUP1/products", headers=pur, json=body)
        assert r.status == 400, (body, r.text)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.json["error"]["message"]), r.json
    assert (await SupplierProduct.get(sku__code="MILK1")).price_fen == 20500
    _, r = await client.put(f"{url}/NOPE/products", headers=pur, json={"sku_code": "MILK1", "price_fen": 100})
    assert r.status == 404
    # remove
    _, r = await client.delete(f"{url}/SUP1/products/MILK1", headers=pur)
    assert r.status == 200 and [p["sku_code"] for p in r.json["items"]] == ["DIAPER1"]
    _, r = await client.delete(f"{url}/SUP1/products/MILK1", headers=pur)
    assert r.status == 404 and r.json["error"]["message"] == "供应商 SUP1 没有供货商品 MILK1"
    logs = await AuditLog.filter(action__startswith="supplier.product").order_by("id")
    assert [(a.action, (a.before or {}).get("price_fen"), (a.after or {}).get("price_fen")) for a in logs] == [
        ("supplier.product", None, 21000), ("supplier.product", None, 8050), ("supplier.product", 21000, 20500),
        ("supplier.product_remove", 20500, None)]
    assert all(a.via == "admin" for a in logs)
