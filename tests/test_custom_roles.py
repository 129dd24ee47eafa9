"""Configurable roles (backend.security.roles) against the running app and its authorization table.

- a custom role built from catalogue permissions admits exactly its routes: every route of the table (each
  called over HTTP with real demo ids) is admitted iff its permission is in the role;
- its data scope limits stores; an edit applies to the role's users at their next request (no new login);
- the catalogue, validation and the audit trail; the fixed roles are the default set.
"""

from __future__ import annotations

from typing import Any

from backend.audit.models import AuditLog
from backend.org.models import Location, LocationKind, Role, User
from backend.security.actor import Actor
from backend.security.authorization import (
    ADMIN_REFUSED,
    ROLE_REFUSED,
    ROUTES,
    has_permission,
    route_key,
    route_permission,
)
from backend.security.roles import CATALOGUE, fixed_permissions
from tests.factories import auth, make_user
from tests.test_authorization import _SANIC_PARAM, _demo_ids, _fill, _is_json


async def _create(client: Any, hq: dict[str, str], **body: Any) -> Any:
    _, resp = await client.post("/admin/api/v1/roles", headers=hq, json=body)
    return resp


async def _assign(client: Any, hq: dict[str, str], user: User, code: str) -> dict[str, str]:
    _, resp = await client.put(f"/admin/api/v1/users/{user.id}/role", headers=hq, json={"role": code})
    assert resp.status == 200, resp.text
    return auth(await User.get(id=user.id))  # the assignment ended the old sessions: a fresh token


async def test_a_custom_role_admits_exactly_the_routes_of_its_permissions(db: None, app: Any, client: Any) -> None:
    from backend.demo import load_demo

    await load_demo("small")
    ids = await _demo_ids()
    hq = auth(await User.get(username="admin"))
    _, resp = await client.get("/admin/api/v1/permissions", headers=hq)
    assert resp.status == 200
    listed = {p["name"] for p in resp.json["items"]}
    assert listed == {n for n in CATALOGUE if any(r != Role.SHOPPER for r in CATALOGUE[n]["roles"])}
    assert "orders.refund" in listed and "admin_orders.list_orders" in listed
    refund = next(p for p in resp.json["items"] if p["name"] == "orders.refund")
    assert "POST /api/v1/orders/<order_id:int>/refunds" in refund["paths"] or refund["paths"]

    # every second permission HQ holds, in catalogue order: a role no fixed role equals
    chosen = sorted(fixed_permissions(Role.HQ_ADMIN))[::2]
    resp = await _create(client, hq, code="half_hq", name="半权限总部", base_role="hq_admin", permissions=chosen)
    assert resp.status == 201, resp.text
    user = await make_user(Role.CLERK, username="custom1", locations=[await Location.get(code=ids["store"])])
    headers = await _assign(client, hq, user, "half_hq")
    assert (await User.get(id=user.id)).role == Role.HQ_ADMIN

    failures: list[str] = []
    checked = 0
    for route in app.router.routes:
        key = route_key(route.name)
        rule = ROUTES.get(key)
        if rule is None or rule.public:
            continue
        expected = Role.HQ_ADMIN in rule.roles and route_permission(key, rule) in chosen
        url = _fill("/" + _SANIC_PARAM.sub(r"{\1}", route.path.lstrip("/")), ids)
        for method in sorted(m for m in route.methods if m not in ("HEAD", "OPTIONS")):
            kwargs: dict[str, Any] = {"headers": headers}
            if method in ("POST", "PUT", "PATCH"):
                kwargs["json"] = {}
            _, r = await client.request(method, url, **kwargs)
            message = (r.json or {}).get("error", {}).get("message") if _is_json(r) else None
            refused = r.status == 403 and message in (ROLE_REFUSED, ADMIN_REFUSED)
            if r.status == 401:
                failures.append(f"{method} {url} ({key}): 401 {message}")
            elif expected and refused:
                failures.append(f"{method} {url} ({key}): refused, but its permission is in the role")
            elif not expected and not refused:
                failures.append(f"{method} {url} ({key}): {r.status}, but its permission is not in the role")
            checked += 1
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures)
    assert checked >= 200
    assert await AuditLog.filter(action="role.create", entity_id="half_hq").exists()
    assert await AuditLog.filter(action="user.role_assign", entity_id=str(user.id)).exists()


async def test_data_scope_limits_stores_and_an_edit_applies_at_the_next_request(db: None, client: Any) -> None:
    from backend.demo import load_demo

    await load_demo("small")
    hq = auth(await User.get(username="admin"))
    stores = list(await Location.filter(kind=LocationKind.STORE).order_by("id"))
    mine, other = stores[0], stores[1]
    perms = sorted(fixed_permissions(Role.FINANCE))
    resp = await _create(client, hq, code="store_finance", name="门店财务", base_role="finance", permissions=perms,
                         store_codes=[mine.code], warehouse_codes=[])
    assert resp.status == 201, resp.text
    assert resp.json["role"]["store_codes"] == [mine.code] and resp.json["role"]["warehouse_codes"] == []
    headers = await _assign(client, hq, await make_user(Role.FINANCE, username="sf1"), "store_finance")

    _, resp = await client.get("/admin/api/v1/orders?page_size=100", headers=headers)
    assert resp.status == 200 and resp.json["items"]
    loc_ids = {o["location_code"] for o in resp.json["items"]}
    assert loc_ids == {mine.code}
    _, resp = await client.get(f"/admin/api/v1/orders?location_code={other.code}", headers=headers)
    assert resp.status == 403
    # a fixed finance user sees every store
    _, resp = await client.get(f"/admin/api/v1/orders?location_code={other.code}",
                               headers=auth(await User.get(username="finance1")))
    assert resp.status == 200

    # the role loses a permission: the same token is refused at once, no new login needed
    _, resp = await client.patch("/admin/api/v1/roles/store_finance", headers=hq,
                                 json={"permissions": [p for p in perms if p != "admin_orders.list_orders"]})
    assert resp.status == 200, resp.text
    _, resp = await client.get("/admin/api/v1/orders", headers=headers)
    assert resp.status == 403 and resp.json["error"]["message"] == ROLE_REFUSED
    # and the scope widens at once too
    _, resp = await client.patch("/admin/api/v1/roles/store_finance", headers=hq,
                                 json={"permissions": perms, "store_codes": None})
    assert resp.status == 200
    _, resp = await client.get(f"/admin/api/v1/orders?location_code={other.code}", headers=headers)
    assert resp.status == 200
    log = await AuditLog.filter(action="role.update", entity_id="store_finance").order_by("id")
    assert len(log) == 2 and "admin_orders.list_orders" in log[0].before["permissions"]

    # disabled: the role admits nothing
    _, resp = await client.patch("/admin/api/v1/roles/store_finance", headers=hq, json={"is_active": False})
    _, resp = await client.get("/admin/api/v1/orders", headers=headers)
    assert resp.status == 403


async def test_roles_are_validated_and_the_fixed_roles_are_the_default_set(db: None, client: Any) -> None:
    hq = auth(await make_user(Role.HQ_ADMIN))
    resp = await _create(client, hq, code="clerk_plus", name="店员+", base_role="clerk",
                         permissions=["admin_orders.list_orders"])
    assert resp.status == 400 and "超出基础角色" in resp.json["error"]["message"]
    resp = await _create(client, hq, code="typo", name="错", base_role="clerk", permissions=["orders.refnud"])
    assert resp.status == 400 and "权限不存在" in resp.json["error"]["message"]
    resp = await _create(client, hq, code="clerk", name="店员", base_role="clerk", permissions=[])
    assert resp.status == 409
    resp = await _create(client, hq, code="ok_role", name="盘点员", base_role="clerk",
                         permissions=["stock.record_count"], store_codes=["NOPE"])
    assert resp.status == 400 and "不存在" in resp.json["error"]["message"]
    # a store manager cannot define roles
    manager = auth(await make_user(Role.STORE_MANAGER))
    _, resp = await client.post("/admin/api/v1/roles", headers=manager, json={})
    assert resp.status == 403

    _, resp = await client.get("/admin/api/v1/roles/store_manager", headers=hq)
    fixed = resp.json["role"]
    assert fixed["builtin"] and set(fixed["permissions"]) == fixed_permissions(Role.STORE_MANAGER)
    assert set(fixed["permissions"]) == {route_permission(k, r) for k, r in ROUTES.items()
                                         if Role.STORE_MANAGER in r.roles} | {
        n for n, e in CATALOGUE.items() if Role.STORE_MANAGER in e["roles"]}
    _, resp = await client.patch("/admin/api/v1/roles/store_manager", headers=hq, json={"name": "x"})
    assert resp.status == 400  # the fixed roles are not edited


def test_a_custom_roles_channels_limit_its_order_permissions() -> None:
    actor = Actor(role=Role.STORE_MANAGER, permissions=frozenset({"orders.refund"}), channels=frozenset({"pos"}))
    assert has_permission(actor, "orders.refund", channel="pos")
    assert not has_permission(actor, "orders.refund", channel="taobao")
    assert not has_permission(actor, "po.approve")  # the base role has it, the custom role does not
    assert has_permission(Actor(role=Role.STORE_MANAGER), "po.approve")
