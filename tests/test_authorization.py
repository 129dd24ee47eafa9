"""The authorization table (backend.security.authorization) against the running app.

- every route is in the table, and every row is a route (a new route fails here until it is entered);
- each handler's @requires declaration equals its row;
- the role matrix: every operation of /docs/openapi.json called as each demo role, a shopper and anonymous,
  path parameters filled with real demo ids. A role the row does not admit gets 401 (anonymous) or the gate's
  403; an admitted role never does (a 403 of the service is accepted only on rows with a store scope or a
  data permission, e.g. clerk1 on another store's data);
- the store scope: every store-scoped route naming a row of another store (order, PO, transfer, stocktake,
  location, staff member, HR employee, certificate, posting, candidate, interview, offer) refuses clerk1 and
  manager1;
- docs/security.md holds the table as `python -m backend.manage authz-table` writes it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from backend.org.models import Role, User
from backend.security.authorization import (
    ADMIN_REFUSED,
    NOT_LISTED,
    PERMISSIONS,
    ROLE_REFUSED,
    ROUTES,
    Scope,
    check_app_routes,
    check_table,
    route_key,
)
from backend.timestamps import business_today
from tests.factories import auth, make_user, member_token

DEMO_STAFF = {"admin": Role.HQ_ADMIN, "manager1": Role.STORE_MANAGER, "clerk1": Role.CLERK, "buyer1": Role.PURCHASER,
              "finance1": Role.FINANCE, "live1": Role.LIVE_SELLER}
_PARAM = re.compile(r"\{([a-zA-Z_]+)\}")
_SANIC_PARAM = re.compile(r"<([a-zA-Z_]+)(?::[a-z]+)?>")


def _handler_roles(handler: Any) -> frozenset[Role] | None:
    seen = handler
    while seen is not None:
        roles = getattr(seen, "__cradle_roles__", None)
        if roles is not None:
            return frozenset(roles)
        seen = getattr(seen, "__wrapped__", None) or getattr(seen, "func", None)
    return None


def test_every_route_is_in_the_table_and_every_row_is_a_route(app: Any) -> None:
    names = {route_key(r.name) for r in app.router.routes}
    missing = sorted(names - set(ROUTES))
    assert not missing, f"routes missing from backend/security/authorization.py ROUTES: {missing}"
    stale = sorted(set(ROUTES) - names)
    assert not stale, f"rows of ROUTES that are no route: {stale}"
    assert check_table() == [] and check_app_routes(app) == []


def test_each_handler_declares_what_its_row_admits(app: Any) -> None:
    wrong = []
    for route in app.router.routes:
        key = route_key(route.name)
        rule = ROUTES[key]
        declared = _handler_roles(route.handler)
        if declared is None:
            if not rule.public:
                wrong.append(f"{key}: no @requires but the table wants a token")
        elif rule.public:
            wrong.append(f"{key}: @requires but the table says {rule.auth}")
        elif declared != rule.roles:
            wrong.append(f"{key}: @requires admits {_names(declared)}, the table {_names(rule.roles)}")
    assert not wrong, "\n".join(wrong)


def test_permission_routes_admit_exactly_the_permission_roles() -> None:
    for key, rule in ROUTES.items():
        if rule.permission:
            assert rule.roles == PERMISSIONS[rule.permission].roles, key


async def _demo_ids() -> dict[str, Any]:
    """Real demo rows for path parameters, in clerk1's store where the row has a store."""
    from backend.catalog.models import Brand, Category, PriceList, Product, Sku
    from backend.channels.models import DeadLetter, ReconciliationRun, SkuMapping
    from backend.finance.models import Account, SettlementRun
    from backend.imports.models import ImportJob
    from backend.live.models import LiveSession
    from backend.messaging.models import StaffNotification
    from backend.orders.models import Order, ReturnRequest
    from backend.promotions.models import Promotion
    from backend.purchasing.models import PurchaseOrder, Supplier
    from backend.stock.models import Stocktake, Transfer

    clerk = await User.get(username="clerk1").prefetch_related("locations__location")
    store = clerk.locations[0].location
    order = await Order.filter(location_id=store.id, member_id__not_isnull=True).order_by("id").first()
    order = order or await Order.filter(location_id=store.id).order_by("id").first()
    assert order is not None

    async def first_id(model: Any, default: Any = 1, attr: str = "id") -> Any:
        row = await model.all().order_by("id").first()
        return getattr(row, attr) if row is not None else default

    rma = await ReturnRequest.filter(order_id=order.id).first()
    # the staff account the /users/<id> routes act on: not one of the callers (ending its sessions, as
    # DELETE /users/<id>/sessions does, must not log a caller out halfway through the matrix)
    target = await make_user(Role.CLERK, username="matrix-target", locations=[store])
    return {
        "order": order, "store": store.code,
        "order_id": order.id, "rma_id": rma.id if rma else 1, "member_id": order.member_id or 1,
        "po_no": await first_id(PurchaseOrder, "PO-X", "po_no"),
        "transfers": await first_id(Transfer, "TR-X", "transfer_no"),
        "stocktakes": await first_id(Stocktake, "ST-X", "stocktake_no"),
        "products": await first_id(Product, "P-X", "code"), "skus": await first_id(Sku, "X1", "code"),
        "sku_code": await first_id(Sku, "X1", "code"), "suppliers": await first_id(Supplier, "X1", "code"),
        "accounts": await first_id(Account, "1001", "code"), "locations": store.code,
        "user_id": target.id, "username": target.username,
        "session_id": await first_id(LiveSession), "platform": "taobao",
        "letter_id": await first_id(DeadLetter), "mapping_id": await first_id(SkuMapping),
        "run_id": await first_id(ReconciliationRun), "settlement_run_id": await first_id(SettlementRun),
        "job_id": await first_id(ImportJob), "notification_id": await first_id(StaffNotification),
        "brand_id": await first_id(Brand), "category_id": await first_id(Category),
        "price_list_id": await first_id(PriceList), "promotion_id": await first_id(Promotion),
        "month": (business_today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m"),
    }


def _fill(path: str, ids: dict[str, Any]) -> str:
    """The path with each {param} replaced by a demo value (by the segment before it for codes and idents)."""
    parts = path.split("/")
    for i, part in enumerate(parts):
        m = _PARAM.fullmatch(part)
        if not m:
            continue
        name, before = m.group(1), parts[i - 1]
        if name in ("code", "ident"):
            value = ids.get(before, "X1")
        elif name == "run_id" and "finance" in parts:
            value = ids["settlement_run_id"]
        else:
            value = ids.get(name, 1)
        parts[i] = str(value)
    return "/".join(parts)


async def test_role_matrix_over_every_openapi_operation(db: None, app: Any, client: Any) -> None:
    from backend.demo import load_demo

    await load_demo("small")
    ids = await _demo_ids()
    users = {u.username: u for u in await User.filter(username__in=list(DEMO_STAFF))}
    shopper_token = member_token(ids["order"].member_id) \
        if ids["order"].member_id else None
    assert shopper_token, "the demo has an order of a member in clerk1's store"
    callers: list[tuple[str, Role | None, dict[str, str]]] = [
        (name, role, auth(users[name])) for name, role in DEMO_STAFF.items()]
    callers += [("shopper", Role.SHOPPER, {"Authorization": f"Bearer {shopper_token}"}), ("anonymous", None, {})]

    _, resp = await client.get("/docs/openapi.json")
    assert resp.status == 200
    operations = [(method.upper(), path, op["operationId"].split("~", 1)[1])
                  for path, ops in resp.json["paths"].items() for method, op in ops.items()]
    assert len(operations) >= 200
    # A handler mounted twice (the finance reports under /api/v1 and /admin/api/v1) is in the spec once: its
    # other routes are taken from the router, so the matrix covers every route but the docs' own.
    covered = {key for _, _, key in operations}
    for route in app.router.routes:
        key = route_key(route.name)
        if key not in covered and not key.startswith("openapi."):
            path = "/" + _SANIC_PARAM.sub(r"{\1}", route.path.lstrip("/"))
            operations += [(m, path, key) for m in sorted(route.methods) if m not in ("HEAD", "OPTIONS")]

    failures: list[str] = []
    calls = 0
    for method, path, key in operations:
        rule = ROUTES.get(key)
        if rule is None:
            failures.append(f"{method} {path}: {key} not in the table")
            continue
        url = _fill(path, ids)
        for name, role, headers in callers:
            kwargs: dict[str, Any] = {"headers": headers}
            if method in ("POST", "PUT", "PATCH"):
                kwargs["json"] = {}
            _, r = await client.request(method, url, **kwargs)
            error = (r.json or {}).get("error") if _is_json(r) else None
            message = error.get("message") if isinstance(error, dict) else None  # the token endpoint: RFC 6749
            gate_refused = r.status == 403 and message in (ROLE_REFUSED, ADMIN_REFUSED, NOT_LISTED)
            where = f"{method} {url} ({key}) as {name}: {r.status} {message or ''}"
            if rule.public:
                if gate_refused:
                    failures.append(where + " (public route refused)")
            elif role is None:
                if r.status != 401:
                    failures.append(where + " (expected 401)")
            elif role not in rule.roles:
                if not gate_refused:
                    failures.append(where + f" (expected the gate's 403: the table admits {_names(rule.roles)})")
            elif r.status == 401 or gate_refused:
                failures.append(where + " (admitted by the table, refused)")
            elif r.status == 403 and rule.scope == Scope.NONE and not rule.checks:
                failures.append(where + " (a 403 on a row without store scope or data permission)")
            elif r.status >= 500 and r.status != 503:  # 503: an outside service (a marketplace) is not running
                failures.append(where + " (server error)")
            calls += 1
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures)
    assert calls == len(operations) * len(callers) and len({k for _, _, k in operations}) == len(
        [k for k in ROUTES if not k.startswith("openapi.")])


def _names(roles: frozenset[Role]) -> list[str]:
    return sorted(r.value for r in roles)


def _is_json(resp: Any) -> bool:
    return "json" in (resp.headers.get("content-type") or "")


def test_docs_security_md_holds_the_generated_table(app: Any) -> None:
    from backend.security import authz_doc

    text = authz_doc.DOC.read_text(encoding="utf-8") if authz_doc.DOC.exists() else ""
    assert authz_doc.current_block(text) == authz_doc.render(app), \
        "docs/security.md is stale: run python -m backend.manage authz-table"
    assert "`orders.refund`" in text and "`/api/v1/orders/{order_id}/cancel`" not in text  # paths as Sanic spells them


async def test_a_route_missing_from_the_table_is_refused_to_everyone(db: None, app: Any, client: Any) -> None:
    from sanic.response import json as json_response

    from backend.org.models import Role as R
    from tests.factories import make_user

    async def unlisted(request: Any) -> Any:
        return json_response({"ok": True})

    app.add_route(unlisted, "/api/v1/zz-unlisted", name="zz_unlisted")
    admin = await make_user(R.HQ_ADMIN)
    for headers in ({}, auth(admin)):
        _, resp = await client.get("/api/v1/zz-unlisted", headers=headers)
        assert resp.status == 403 and resp.json["error"]["message"] == NOT_LISTED
    _, resp = await client.get("/api/v1/no-such-route", headers=auth(admin))
    assert resp.status == 404


async def _other_store_ids(client: Any) -> dict[str, Any]:
    """Rows of ST-002 (a store neither clerk1 nor manager1 works at) for path parameters: a demo order, a
    staff member, and a PO, a transfer to ST-003 and a stocktake made here by HQ through the API."""
    from backend.orders.models import Order
    from backend.org.models import Location
    from backend.purchasing.models import SupplierProduct
    from backend.stock.models import Stock

    other = await Location.get(code="ST-002")
    order = await Order.filter(location_id=other.id).order_by("id").first()
    assert order is not None
    clerk2, admin = await User.get(username="clerk2"), await User.get(username="admin")
    stocked = await Stock.filter(location_id=other.id, on_hand__gt=0).select_related("sku").order_by("id").first()
    sp = await SupplierProduct.all().select_related("supplier", "sku").order_by("id").first()
    made = {}
    for what, url, body in (
            ("transfers", "/api/v1/transfers", {"from_location_code": "ST-002", "to_location_code": "ST-003",
                                                "lines": [{"sku_code": stocked.sku.code, "qty": 1}]}),
            ("stocktakes", "/api/v1/stocktakes", {"location_code": "ST-002"}),
            ("po_no", "/api/v1/purchasing/orders", {"supplier_code": sp.supplier.code, "location_code": "ST-002",
                                                    "lines": [{"sku_code": sp.sku.code,
                                                               "qty": max(sp.min_order_qty, 1)}]})):
        _, r = await client.post(url, headers=auth(admin), json=body)
        assert r.status == 201, (what, r.text)
        made[what] = next(v for k, v in _flat(r.json) if k in ("transfer_no", "stocktake_no", "po_no"))
    return {"order_id": order.id, "locations": other.code, "user_id": clerk2.id, "username": clerk2.username,
            **made, **await _other_store_hr_ids(client, auth(admin))}


async def _other_store_hr_ids(client: Any, headers: dict[str, str]) -> dict[str, int]:
    """HR rows of ST-002 made by HQ through the API: an employee with a certificate, a posting with a candidate
    interviewed (passed) and offered."""
    hr = "/admin/api/v1/hr"

    async def post(url: str, body: dict[str, Any], method: str = "POST") -> int:
        _, r = await client.request(method, hr + url, headers=headers, json=body)
        assert r.status in (200, 201), (url, r.text)
        return int(r.json["id"])

    ids = {"employee_id": await post("/employees", {"name": "乙店员工", "location_code": "ST-002",
                                                    "position": "店员", "hired_on": "2026-01-05"})}
    ids["certificate_id"] = await post("/certificates", {"employee_id": ids["employee_id"], "kind": "health",
                                                         "expires_on": "2027-01-05"})
    ids["posting_id"] = await post("/postings", {"location_code": "ST-002", "title": "店员", "position": "店员"})
    ids["candidate_id"] = await post("/candidates", {"posting_id": ids["posting_id"], "name": "乙店候选人",
                                                     "phone": "13700002222"})
    # an interviewer not bound to WeCom: nothing is queued for a WeCom this test does not run
    await make_user(Role.HQ_ADMIN, username="hr-interviewer")
    ids["interview_id"] = await post(f"/candidates/{ids['candidate_id']}/interviews", {
        "scheduled_at": "2026-12-20T10:00:00+08:00", "interviewers": ["hr-interviewer"]})
    await post(f"/interviews/{ids['interview_id']}", {"result": "passed"}, method="PATCH")
    ids["offer_id"] = await post(f"/candidates/{ids['candidate_id']}/offers", {
        "monthly_salary_fen": 500000, "start_on": (business_today() + dt.timedelta(days=7)).isoformat()})
    return ids


def _flat(value: Any) -> list[tuple[str, Any]]:
    """(key, value) of every key of a JSON answer, depth first."""
    if isinstance(value, dict):
        return [kv for k, v in value.items() for kv in [(k, v), *_flat(v)]]
    if isinstance(value, list):
        return [kv for v in value for kv in _flat(v)]
    return []


# Bodies that pass validation, so the call reaches the row (and its store scope) instead of stopping at a 400.
SCOPE_BODIES: dict[str, dict[str, Any]] = {
    "orders.pay_order": {"method": "cash", "amount_fen": 1},
    "orders.create_return": {"lines": [{"item_id": 1, "qty": 1}]},
    "orders.post_order_message": {"body": "请问什么时候发货"},
    "stock.record_count": {"sku_code": "X1", "counted_qty": 1},
    "purchasing.receive": {"lines": [{"sku_code": "X1", "qty": 1}]},
}


async def test_store_bound_roles_are_refused_on_another_stores_rows(db: None, app: Any, client: Any) -> None:
    """Every route with store scope whose path names a row of another store (an order, a PO, a transfer, a
    stocktake, a location, a staff member of ST-002), called by clerk1 and manager1 (ST-001): never an answer
    from that row (2xx) and never past the scope check into its state (409); 400 only for a body refused
    before any row is read."""
    from backend.demo import load_demo

    await load_demo("small")
    ids = await _other_store_ids(client)
    users = {u.username: u for u in await User.filter(username__in=["clerk1", "manager1"])}
    checked, failures, statuses = 0, [], {}
    for route in app.router.routes:
        key = route_key(route.name)
        rule = ROUTES[key]
        path = "/" + _SANIC_PARAM.sub(r"{\1}", route.path.lstrip("/"))
        params = [(m.group(1), path.split("/")[path.split("/").index(m.group(0)) - 1])
                  for m in _PARAM.finditer(path)]
        scoped = [p for p, before in params if p in ids or (p in ("code", "ident") and before in ids)]
        if rule.scope not in (Scope.STORES, Scope.STORES_OWN) or not scoped:
            continue
        url = _fill(path, {**ids, "rma_id": 1})
        for name, user in users.items():
            if user.role not in rule.roles:
                continue
            for method in sorted(m for m in route.methods if m not in ("HEAD", "OPTIONS")):
                kwargs: dict[str, Any] = {"headers": auth(user)}
                if method in ("POST", "PUT", "PATCH"):
                    kwargs["json"] = SCOPE_BODIES.get(key, {})
                _, r = await client.request(method, url, **kwargs)
                checked += 1
                statuses[r.status] = statuses.get(r.status, 0) + 1
                if r.status < 300 or r.status in (401, 409) or r.status >= 500:
                    failures.append(f"{method} {url} ({key}) as {name}: {r.status} {r.text[:160]}")
    assert checked >= 40 and statuses.get(403, 0) >= 35, statuses
    assert not failures, f"{len(failures)} answers past the store scope:\n" + "\n".join(failures)
