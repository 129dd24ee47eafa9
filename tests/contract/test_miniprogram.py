"""The mini-program's calls, each page's scenario played against the real app over the demo data and recorded to
miniprogram/tests/contract/<scenario>.json. The jest tests of the pages use ONLY these recordings as their
backend (miniprogram/tests/contract.js), so a page that reads a field the server does not send, or sends a body
the server refuses, fails there; and a server that answers differently from the recording fails here.

HOW TO ADD A PAIR (e.g. a new button):
1. Write (or extend) a scenario below: `rec = recorder("my_page", "what the page does")`, then one
   `await rec.get/post(url, body, auth="member"|"staff", idempotency_key=...)` per call the page makes, in the
   page's order, with the page's exact body and query (utils/api.js). Set-up the page does not do goes through
   services or `record=False` calls. Assert what matters (stock moved, money charged) like any test.
2. End with `rec.check()`. Run `CRADLE_CONTRACT_UPDATE=1 .venv/bin/python -m pytest tests/contract -k my_page`
   to write the recording, read it (`git diff miniprogram/tests/contract/`), document the call in
   miniprogram/API.md, and commit it.
3. In the page's jest test: `const be = recordedBackend('my_page')` (tests/contract.js) instead of a hand-made
   mock; the test fails when the page sends a request that is not in the recording (or a body of another shape)
   and when it leaves a recorded call unmade (`be.assertAllUsed()`).
Without CRADLE_CONTRACT_UPDATE the test fails on any difference, with a diff. See docs/miniprogram.md
"Contract tests".
"""

from __future__ import annotations

from typing import Any

from backend.catalog.models import Sku
from backend.org.models import Location, User
from backend.security.actor import load_staff_actor
from backend.stock import transfers
from backend.stock.models import AdjustmentReason, Stock, StockAdjustment, StockMovement
from backend.timestamps import business_today
from tests.contract.recorder import Recorder, query_string

STORE = "ST-001"  # clerk1's store
WAREHOUSE = "WH-SH"


async def staff_tokens(rec: Recorder, username: str = "clerk1", as_: str = "staff") -> None:
    answer = await rec.post("/api/v1/auth/login", {"username": username, "password": "cradle123"}, record=False,
                            expect=200)
    rec.tokens[as_] = answer["access_token"]


async def member_tokens(rec: Recorder, who: str) -> dict[str, Any]:
    answer = await rec.post("/api/v1/auth/wechat", {"code": f"openid:contract-{who},nonce:1"}, record=False,
                            expect=200)
    rec.tokens["member"] = answer["access_token"]
    return answer["member"]  # type: ignore[no-any-return]


async def on_hand(sku_code: str, location_code: str) -> int:
    rows = await Stock.filter(sku__code=sku_code, location__code=location_code).values_list("on_hand", flat=True)
    return sum(int(r) for r in rows)


async def store_skus(location_code: str, n: int, *, min_qty: int = 1) -> list[str]:
    """The first n SKU codes (by code) the location holds at least min_qty of."""
    rows = await Stock.filter(location__code=location_code, on_hand__gte=min_qty).values_list("sku__code", flat=True)
    return sorted(set(rows))[:n]


# ------------------------------------------------------------------------------------------------ staff pages


async def test_staff_login(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("staff_login", "pages/staff/index: password login, then the profile")
    answer = await rec.post("/api/v1/auth/login", {"username": "clerk1", "password": "cradle123"}, expect=200)
    rec.tokens["staff"] = answer["access_token"]
    await rec.get("/api/v1/staff/me", auth="staff", expect=200)
    rec.check()


async def test_staff_mfa_wechat_login(recorder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An HQ admin / finance account with MFA gets no tokens from the WeChat login, only the TOTP step."""
    import types

    import pyotp

    from backend.fieldcrypt import seal
    from backend.security import mfa
    from backend.security.models import StaffMfa

    secret, instant = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 1_790_000_000.0  # a fixed clock: the recorded codes never change
    monkeypatch.setattr(mfa, "time", types.SimpleNamespace(time=lambda: instant))
    fin = await User.get(username="finance1")
    await User.filter(id=fin.id).update(wechat_openid="contract-finance1")
    await StaffMfa.create(user_id=fin.id, secret=seal(secret), enabled=True)
    rec = recorder("staff_mfa_login", "pages/staff/index: WeChat login of an MFA account, a wrong code, the right "
                                      "code, then the profile")
    step = await rec.post("/api/v1/auth/wechat/staff", {"code": "openid:contract-finance1,nonce:1"}, expect=200)
    assert step["mfa_required"] is True and "access_token" not in step and "staff" not in step
    body = {"mfa_token": step["mfa_token"], "otp": "000000"}
    assert body["otp"] != pyotp.TOTP(secret).at(instant)
    await rec.post("/api/v1/auth/mfa/verify", body, expect=401)
    answer = await rec.post("/api/v1/auth/mfa/verify", {**body, "otp": pyotp.TOTP(secret).at(instant)}, expect=200)
    rec.tokens["staff"] = answer["access_token"]
    await rec.get("/api/v1/staff/me", auth="staff", expect=200)
    rec.check()


async def test_staff_logout(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("staff_logout", "pages/staff/index: log out (the session ends on the server), then its token is "
                                   "refused")
    await staff_tokens(rec)
    answer = await rec.post("/api/v1/auth/logout", {}, auth="staff", expect=200)
    assert answer == {"logged_out": True, "sessions_ended": 1}
    await rec.get("/api/v1/staff/me", auth="staff", expect=401)
    rec.check()


async def test_stock_lookup(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("stock_lookup", "pages/staff/stock: scan a barcode, find the SKU, show stock everywhere")
    await staff_tokens(rec)
    sku = await Sku.get(code=(await store_skus(STORE, 1))[0])
    await rec.get(f"/api/v1/skus{query_string({'q': sku.barcode, 'page': 1, 'page_size': 20})}", auth="staff",
                  expect=200)
    await rec.get(f"/api/v1/stock{query_string({'sku_code': sku.code})}", auth="staff", expect=200)
    rec.check()


async def test_stocktake(recorder) -> None:  # type: ignore[no-untyped-def]
    """Each scan adds one (mode add, counted_qty 1); a typed number sets the count (mode set)."""
    rec = recorder("stocktake", "pages/staff/stocktake: open the sheet, scan one tin three times, type a count")
    await staff_tokens(rec)
    code = (await store_skus(STORE, 1))[0]
    sku = await Sku.get(code=code)
    sheet = await rec.post("/api/v1/stocktakes", {"location_code": STORE}, auth="staff", record=False, expect=201)
    await rec.get(f"/api/v1/stocktakes/{sheet['id']}", auth="staff", expect=200)
    counts = []
    for _ in range(3):
        answer = await rec.post(f"/api/v1/stocktakes/{sheet['id']}/counts",
                                {"barcode": sku.barcode, "counted_qty": 1, "mode": "add"}, auth="staff", expect=200)
        counts.append(answer["counted_qty"])
    assert counts == [1, 2, 3]  # three scans of one tin record 3
    typed = await rec.post(f"/api/v1/stocktakes/{sheet['id']}/counts",
                           {"barcode": sku.barcode, "counted_qty": 10, "mode": "set"}, auth="staff", expect=200)
    assert typed["counted_qty"] == 10
    # A client that sends no mode sends the absolute count: the default sets, it never double counts.
    again = await rec.post(f"/api/v1/stocktakes/{sheet['id']}/counts", {"sku_code": code, "counted_qty": 10},
                           auth="staff", record=False, expect=200)
    assert again["counted_qty"] == 10
    rec.check()


async def _shipped_transfer(lines: list[tuple[str, int]]) -> dict[str, Any]:
    admin = await load_staff_actor(await User.get(username="admin"))
    t = await transfers.request_transfer(admin, from_location_code=WAREHOUSE, to_location_code=STORE,
                                         lines=[transfers.RequestLine(c, q) for c, q in lines])
    await transfers.approve_transfer(admin, t["id"])
    return await transfers.ship_transfer(admin, t["id"])


async def test_transfer_receive_with_shortfall(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("transfer_receive", "pages/staff/receive: open a shipped transfer, one line arrived short")
    await staff_tokens(rec)
    a, b = await store_skus(WAREHOUSE, 2, min_qty=5)
    t = await _shipped_transfer([(a, 3), (b, 2)])
    before = {a: await on_hand(a, STORE), b: await on_hand(b, STORE)}
    shown = await rec.get(f"/api/v1/transfers/{t['id']}", auth="staff", expect=200)
    assert [(ln["sku_code"], ln["qty"]) for ln in shown["lines"]] == [(a, 3), (b, 2)]
    batch = {ln["sku_code"]: ln["batch_no"] for ln in shown["lines"]}
    done = await rec.post(f"/api/v1/transfers/{t['id']}/receive", {"lines": [
        {"sku_code": a, "batch_no": batch[a], "qty_received": 3},
        {"sku_code": b, "batch_no": batch[b], "qty_received": 1, "reason": "外箱破损，少一件"},
    ]}, auth="staff", expect=200)
    assert done["status"] == "received" and done["shortfall_qty"] == 1
    assert {a: await on_hand(a, STORE), b: await on_hand(b, STORE)} == {a: before[a] + 3, b: before[b] + 1}
    short = await StockAdjustment.get(ref_id=t["transfer_no"], reason=AdjustmentReason.SHORTFALL)
    assert short.qty_delta == -1 and "外箱破损" in short.note
    store = await Location.get(code=STORE)
    moved = await StockMovement.filter(ref_id=t["transfer_no"], location_id=store.id).values_list(
        "kind", "on_hand_delta")
    assert sorted((str(getattr(k, "value", k)), d) for k, d in moved) == [("transfer_in", 1), ("transfer_in", 3)]
    rec.check()


async def test_transfer_receive_all(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("transfer_receive_all", "pages/staff/receive: everything arrived as shipped (empty body)")
    await staff_tokens(rec)
    (a,) = (await store_skus(WAREHOUSE, 3, min_qty=5))[2:3]
    t = await _shipped_transfer([(a, 2)])
    await rec.get(f"/api/v1/transfers/{t['id']}", auth="staff", expect=200)
    done = await rec.post(f"/api/v1/transfers/{t['id']}/receive", {}, auth="staff", expect=200)
    assert done["status"] == "received" and done["shortfall_qty"] == 0
    rec.check()


async def test_clock_in(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("clock", "pages/staff/clock: clock in at the store (coordinates from wx.getLocation)")
    await staff_tokens(rec)
    store = await Location.get(code=STORE)
    await rec.post("/api/v1/attendance/clock", {"kind": "in", "lat": float(store.lat), "lng": float(store.lng)},
                   auth="staff", expect=201)
    rec.check()


# ---------------------------------------------------------------------------------------------- shopper pages


async def _shop_sku() -> Sku:
    """A demo SKU the mini-program price list discounts (its shop price differs from its list price) and that
    the first store holds."""
    from backend.catalog.pricing import prices_for

    skus = [s for s in await Sku.filter(is_active=True).order_by("code") if s.code in set(await store_skus(STORE, 99))]
    prices = await prices_for(skus, "miniprogram", None)
    return next(s for s in skus if prices[s.id] != s.price_fen)


async def test_member_login(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("member_login", "pages/login: wx.login code for tokens and the member, then the phone number")
    answer = await rec.post("/api/v1/auth/wechat", {"code": "openid:contract-login,nonce:1"}, expect=200)
    rec.tokens["member"] = answer["access_token"]
    bound = await rec.post("/api/v1/members/me/phone", {"code": "phone:13900001111"}, auth="member", expect=200)
    assert bound["member"]["phone_masked"].startswith("139")
    rec.check()


async def test_shop(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("shop", "pages/index and pages/product, not logged in: categories, product list, search, "
                         "product page, stores")
    sku = await _shop_sku()
    cats = await rec.get("/api/v1/shop/categories", expect=200)
    listed = await rec.get(f"/api/v1/shop/products{query_string({'page': 1})}", expect=200)
    await rec.get(f"/api/v1/shop/products{query_string({'category_id': cats['items'][0]['id'], 'page': 1})}", expect=200)
    found = await rec.get(f"/api/v1/shop/products{query_string({'q': sku.name[:4], 'page': 1})}",
                          expect=200)
    shown = next(i for i in found["items"] if i["sku_code"] == sku.code)
    assert shown["price_fen"] != sku.price_fen  # the mini-program's price, not the list price
    assert all(i["price_fen"] > 0 for i in listed["items"])
    detail = await rec.get(f"/api/v1/shop/skus/{sku.code}", expect=200)
    assert detail["price_fen"] == shown["price_fen"]
    await rec.get(f"/api/v1/shop/skus/{sku.code}{query_string({'location_code': STORE})}", expect=200)
    await rec.get("/api/v1/shop/stores", expect=200)
    rec.check()


async def _coupon_and_points(member_id: int, points_n: int) -> None:
    """Give the shopper the demo's 满100减20 coupon and some points (what a regular shopper holds)."""
    from tortoise.transactions import in_transaction

    from backend.members import coupons, points
    from backend.members.models import CouponTemplate, PointsKind

    template = await CouponTemplate.get(name="满100减20")
    await coupons.issue(template.id, member_id)
    async with in_transaction() as conn:
        await points.credit(member_id, points_n, PointsKind.ADJUST, conn, ref=f"contract:{member_id}")


CONSIGNEE = {"name": "王女士", "phone": "13800138000", "province": "上海市", "city": "上海市", "district": "浦东新区",
             "detail": "世纪大道1号", "postal_code": "200120"}


async def _checkout_opens(rec: Recorder, body: dict[str, Any]) -> dict[str, Any]:
    """pages/checkout onLoad: coupons, member, stores (in parallel), then the preview of the cart."""
    coupons = await rec.get(f"/api/v1/members/me/coupons{query_string({'status': 'available'})}", auth="member",
                            expect=200)
    await rec.get("/api/v1/members/me", auth="member", expect=200)
    await rec.get("/api/v1/shop/stores", auth="member", expect=200)
    await rec.post("/api/v1/checkout/preview", body, auth="member", expect=200)
    return coupons  # type: ignore[no-any-return]


async def test_checkout(recorder) -> None:  # type: ignore[no-untyped-def]
    """The cart holds what the product page showed; checkout (coupon, points, delivery) charges exactly that."""
    rec = recorder("checkout", "pages/product then pages/checkout: add to cart, coupon, points, deliver, pay")
    member = await member_tokens(rec, "checkout")
    await _coupon_and_points(member["id"], 800)
    sku = await _shop_sku()
    shown = await rec.get(f"/api/v1/shop/skus/{sku.code}", auth="member", expect=200)
    items = [{"sku_code": sku.code, "qty": 2}]
    coupons = await _checkout_opens(rec, {"items": items})
    coupon_id = coupons["items"][0]["id"]
    await rec.post("/api/v1/checkout/preview", {"items": items, "coupon_id": coupon_id}, auth="member", expect=200)
    preview = await rec.post("/api/v1/checkout/preview", {"items": items, "coupon_id": coupon_id, "points": 800},
                             auth="member", expect=200)
    assert preview["subtotal_fen"] == 2 * shown["price_fen"]
    assert preview["points_used"] > 0
    placed = await rec.post("/api/v1/orders", {
        "channel": "miniprogram", "items": items, "coupon_id": coupon_id, "points": preview["points_used"],
        "pickup": False, "address": CONSIGNEE,
    }, auth="member", idempotency_key="mp-contract-checkout", expect=201)
    assert placed["order"]["total_fen"] == preview["total_fen"]
    await rec.post(f"/api/v1/orders/{placed['order']['id']}/pay/wechat", {}, auth="member", expect=200)
    rec.check()


async def test_checkout_pickup(recorder) -> None:  # type: ignore[no-untyped-def]
    """Pickup at the store chosen in the shop: the store's price is shown and charged."""
    rec = recorder("checkout_pickup", "pages/product and pages/checkout with a store chosen: pickup there")
    await member_tokens(rec, "pickup")
    sku = await _shop_sku()
    shown = await rec.get(f"/api/v1/shop/skus/{sku.code}{query_string({'location_code': STORE})}", auth="member",
                          expect=200)
    items = [{"sku_code": sku.code, "qty": 1}]
    await _checkout_opens(rec, {"items": items, "location_code": STORE})
    placed = await rec.post("/api/v1/orders", {"channel": "miniprogram", "items": items, "location_code": STORE,
                                               "pickup": True},
                            auth="member", idempotency_key="mp-contract-pickup", expect=201)
    assert placed["order"]["total_fen"] == shown["price_fen"]
    await rec.post(f"/api/v1/orders/{placed['order']['id']}/pay/wechat", {}, auth="member", expect=200)
    rec.check()


async def test_checkout_short_stock(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("checkout_short_stock", "pages/checkout: more than the store holds, 409 insufficient_stock")
    await member_tokens(rec, "short")
    sku = await _shop_sku()
    items = [{"sku_code": sku.code, "qty": 999}]
    await _checkout_opens(rec, {"items": items, "location_code": STORE})
    answer = await rec.post("/api/v1/orders", {"channel": "miniprogram", "items": items, "location_code": STORE,
                                               "pickup": True},
                            auth="member", idempotency_key="mp-contract-short", expect=409)
    assert answer["error"]["code"] == "insufficient_stock"
    rec.check()


async def test_price_shown_is_price_charged_for_every_demo_sku(demo_client, contract_settings) -> None:  # type: ignore[no-untyped-def]
    """Item 5 of issue 13: for every demo SKU, with no store chosen and at each store, the shop's price (list and
    product page) equals the checkout's price for the mini-program channel."""
    rec = Recorder(demo_client, "prices")
    await member_tokens(rec, "prices")
    skus = await Sku.filter(is_active=True, product__is_active=True).order_by("code")
    stores = [None, *[loc.code for loc in await Location.filter(kind="store", is_active=True).order_by("code")]]
    listed: dict[str, int] = {}
    page = 1
    while True:
        answer = await rec.get(f"/api/v1/shop/products?page={page}", auth="member", record=False, expect=200)
        listed.update({i["sku_code"]: i["price_fen"] for i in answer["items"]})
        if page * 20 >= answer["total"]:
            break
        page += 1
    assert set(listed) == {s.code for s in skus}
    mismatches = []
    for sku in skus:
        for store in stores:
            q = query_string({"location_code": store})
            shown = (await rec.get(f"/api/v1/shop/skus/{sku.code}{q}", auth="member", record=False,
                                   expect=200))["price_fen"]
            body: dict[str, Any] = {"items": [{"sku_code": sku.code, "qty": 1}]}
            if store:
                body["location_code"] = store
            charged = (await rec.post("/api/v1/checkout/preview", body, auth="member", record=False,
                                      expect=200))["subtotal_fen"]
            if store is None and listed[sku.code] != shown:
                mismatches.append((sku.code, "list", listed[sku.code], shown))
            if shown != charged:
                mismatches.append((sku.code, store, shown, charged))
    assert not mismatches, mismatches


def test_recordings_have_one_name_per_field_and_one_time_zone() -> None:
    """Every committed recording: a SKU's name is `name` (never `sku_name`), every timestamp ends +08:00."""
    import json

    from tests.contract.recorder import DATETIME, RECORDINGS

    bad: list[str] = []

    def walk(v: Any, where: str) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k == "sku_name":
                    bad.append(f"{where}.{k}")
                walk(x, f"{where}.{k}")
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, f"{where}[{i}]")
        elif isinstance(v, str) and DATETIME.match(v) and not v.endswith("+08:00"):
            bad.append(f"{where} = {v}")

    files = sorted(RECORDINGS.glob("*.json"))
    assert files
    for f in files:
        walk(json.loads(f.read_text(encoding="utf-8")), f.name)
    assert not bad, bad


# ------------------------------------------------------------------------------------ orders and after-sales


async def _placed(rec: Recorder, *, pickup: bool) -> dict[str, Any]:
    """A shopper's order placed as pages/checkout does (not recorded here: see test_checkout)."""
    sku = await _shop_sku()
    body: dict[str, Any] = {"channel": "miniprogram", "items": [{"sku_code": sku.code, "qty": 1}], "pickup": pickup}
    if pickup:
        body["location_code"] = STORE
    else:
        body["address"] = CONSIGNEE
    answer = await rec.post("/api/v1/orders", body, auth="member", record=False, expect=201)
    return answer["order"]  # type: ignore[no-any-return]


async def test_orders_and_order_detail(recorder) -> None:  # type: ignore[no-untyped-def]
    """pages/orders and pages/order-detail of a pending order: list, filter, detail, thread, pay, message, cancel.
    (A paid order's cancel and the refund request are the refunds package's: add their pairs here.)"""
    rec = recorder("order_detail", "pages/orders and pages/order-detail: a pending order paid, asked about, cancelled")
    await member_tokens(rec, "orders")
    order = await _placed(rec, pickup=False)
    await rec.get("/api/v1/orders", auth="member", expect=200)
    await rec.get(f"/api/v1/orders{query_string({'status': 'pending'})}", auth="member", expect=200)
    await rec.get(f"/api/v1/orders/{order['id']}", auth="member", expect=200)
    await rec.get(f"/api/v1/orders/{order['id']}/messages", auth="member", expect=200)
    await rec.post(f"/api/v1/orders/{order['id']}/pay/wechat", {}, auth="member", expect=200)
    await rec.post(f"/api/v1/orders/{order['id']}/messages", {"body": "请问什么时候发货？"}, auth="member",
                   idempotency_key="msg-contract-1", expect=201)
    cancelled = await rec.post(f"/api/v1/orders/{order['id']}/cancel", {}, auth="member", expect=200)
    assert cancelled["order"]["status"] == "cancelled"
    await rec.get(f"/api/v1/orders/{order['id']}", auth="member", expect=200)
    rec.check()


async def test_staff_aftersales(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("aftersales_staff", "pages/staff/aftersales: the store's inbox, a thread, a reply")
    await member_tokens(rec, "aftersales")
    await staff_tokens(rec)
    order = await _placed(rec, pickup=True)
    await rec.post(f"/api/v1/orders/{order['id']}/messages", {"body": "到店自提需要带什么？"}, auth="member",
                   idempotency_key="msg-contract-2", record=False, expect=201)
    inbox = await rec.get(f"/api/v1/aftersales/inbox{query_string({'page': 1, 'page_size': 20})}", auth="staff",
                          expect=200)
    assert order["id"] in [i["order_id"] for i in inbox["items"]]
    await rec.get(f"/api/v1/orders/{order['id']}/messages", auth="staff", expect=200)
    await rec.post(f"/api/v1/orders/{order['id']}/messages", {"body": "带上取货码即可"}, auth="staff", expect=201)
    await rec.get(f"/api/v1/aftersales/inbox{query_string({'page': 1, 'page_size': 20})}", auth="staff", expect=200)
    rec.check()


# ------------------------------------------------------------------------------------------- counter pages


async def _demo_member_code() -> str:
    from backend.members.models import Member

    return (await Member.filter(merged_into_id=None).order_by("member_code").first()).member_code  # type: ignore[union-attr]


async def test_topup(recorder) -> None:  # type: ignore[no-untyped-def]
    """pages/staff/topup: find the member, top up twice (new key each), and a retry with the same key and body
    answers the first top-up again (the balance moves once)."""
    from backend.members.models import Member

    rec = recorder("topup", "pages/staff/topup: member lookup, two top-ups, a retry of the second")
    await staff_tokens(rec)
    code = await _demo_member_code()
    found = await rec.get(f"/api/v1/pos/members{query_string({'q': code})}", auth="staff", expect=200)
    member = found["items"][0]
    url = f"/api/v1/pos/members/{member['id']}/topup"
    first = await rec.post(url, {"amount_fen": 50000, "method": "wechat", "location_code": STORE}, auth="staff",
                           idempotency_key="topup-contract-1", expect=201)
    assert first["topup"]["member"]["balance_fen"] == member["balance_fen"] + 50000
    body = {"amount_fen": 150, "method": "wechat", "location_code": STORE}
    second = await rec.post(url, body, auth="staff", idempotency_key="topup-contract-2", expect=201)
    again = await rec.post(url, body, auth="staff", idempotency_key="topup-contract-2", expect=201)
    assert again == second
    assert (await Member.get(id=member["id"])).balance_fen == member["balance_fen"] + 50150
    rec.check()


async def test_pos_cash_sale(recorder) -> None:  # type: ignore[no-untyped-def]
    """pages/staff/pos: scan, member lookup, coupon, points, pay cash (each change re-priced by the server)."""
    rec = recorder("pos_cash", "pages/staff/pos: scan a SKU, find the member, coupon and points, cash")
    await staff_tokens(rec)
    code = await _demo_member_code()
    skus = await Sku.filter(code__in=await store_skus(STORE, 99), price_fen__gte=10000).order_by("code")
    sku = skus[0]
    await rec.get(f"/api/v1/skus{query_string({'q': sku.barcode, 'page': 1, 'page_size': 20})}", auth="staff",
                  expect=200)
    body: dict[str, Any] = {"location_code": STORE, "items": [{"sku_code": sku.code, "qty": 1}]}
    await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    found = await rec.get(f"/api/v1/pos/members{query_string({'q': code})}", auth="staff", expect=200)
    member = found["items"][0]
    body["member_id"] = member["id"]
    await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    coupon = next(c for c in member["coupons"] if c["kind"] == "amount")
    body["coupon_id"] = coupon["id"]
    priced = await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    assert priced["discounts"] and priced["total_fen"] < priced["subtotal_fen"]
    if member["points"] > 0:
        body["points"] = member["points"]
        priced = await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    sale = await rec.post("/api/v1/orders", {"channel": "pos", **body,
                                            "payments": [{"method": "cash", "amount_fen": priced["total_fen"]}]},
                          auth="staff", idempotency_key="pos-contract-1", expect=201)
    assert sale["order"]["status"] == "completed" and sale["order"]["total_fen"] == priced["total_fen"]
    rec.check()


async def test_pos_receipt(recorder) -> None:  # type: ignore[no-untyped-def]
    """pages/staff/pos: a cash sale, then 打印小票 fetches the receipt (its data and ESC/POS bytes in base64)."""
    import base64

    rec = recorder("pos_receipt", "pages/staff/pos: scan, pay cash, 打印小票")
    await staff_tokens(rec)
    sku = (await Sku.filter(code__in=await store_skus(STORE, 99), price_fen__gte=10000).order_by("code"))[0]
    await rec.get(f"/api/v1/skus{query_string({'q': sku.barcode, 'page': 1, 'page_size': 20})}", auth="staff",
                  expect=200)
    body: dict[str, Any] = {"location_code": STORE, "items": [{"sku_code": sku.code, "qty": 1}]}
    priced = await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    sale = await rec.post("/api/v1/orders", {"channel": "pos", **body,
                                            "payments": [{"method": "cash", "amount_fen": priced["total_fen"]}]},
                          auth="staff", idempotency_key="pos-receipt-1", expect=201)
    order = sale["order"]
    answer = await rec.get(f"/api/v1/orders/{order['id']}/receipt{query_string({'format': 'json', 'width': 58})}",
                           auth="staff", expect=200)
    receipt = answer["receipt"]
    assert (receipt["order_no"], receipt["total_fen"], receipt["width"]) == (order["order_no"], order["total_fen"], 58)
    assert order["order_no"].encode() in base64.b64decode(receipt["escpos_base64"])  # the QR code's data
    rec.check()


# ------------------------------------------------------------------------------------------------ member page


async def test_member_home(recorder) -> None:  # type: ignore[no-untyped-def]
    """pages/member: card, coupons, care reminder subscription, points; subscribing records WeChat's answer."""
    rec = recorder("member_home", "pages/member: me, coupons, subscriptions, points; subscribe to care reminders")
    member = await member_tokens(rec, "home")
    await _coupon_and_points(member["id"], 1280)
    import datetime as dt

    born = (business_today() - dt.timedelta(days=200)).isoformat()
    await rec.post("/api/v1/members/me/children", {"name": "小宝", "gender": "girl", "birth_date": born},
                   auth="member", record=False, expect=201)
    me = await rec.get("/api/v1/members/me", auth="member", expect=200)
    assert me["points"] == 1280
    await rec.get("/api/v1/members/me/coupons", auth="member", expect=200)
    subs = await rec.get("/api/v1/members/me/subscriptions", auth="member", expect=200)
    assert subs["items"][0]["template_id"] == "TPL-CARE"
    await rec.get("/api/v1/members/me/points", auth="member", expect=200)
    answer = await rec.post("/api/v1/members/me/subscriptions",
                            {"results": {"TPL-CARE": "accept", "errMsg": "requestSubscribeMessage:ok"}}, auth="member",
                            expect=200)
    assert answer["items"][0]["credits"] == 1
    rec.check()


# ------------------------------------------------------------------------- cancel / refund request (item 4)


async def _paid(rec: Recorder, wechat: Any) -> dict[str, Any]:
    """A shopper's order paid in WeChat (the fake's trade paid, its signed notify delivered): set-up."""
    from backend.orders.tests.test_refunds import _fake_pays

    order = await _placed(rec, pickup=False)
    await rec.post(f"/api/v1/orders/{order['id']}/pay/wechat", {}, auth="member", record=False, expect=200)
    _, resp = await rec.client.post("/api/v1/pay/wechat/notify",
                                    content=_fake_pays(wechat.app.ctx.state, order["order_no"]))
    assert "SUCCESS" in resp.text
    return order


async def _open_order_page(rec: Recorder, order_id: int) -> dict[str, Any]:
    """pages/order-detail onLoad: the order, then its after-sales thread."""
    answer = await rec.get(f"/api/v1/orders/{order_id}", auth="member", expect=200)
    await rec.get(f"/api/v1/orders/{order_id}/messages", auth="member", expect=200)
    return answer["order"]  # type: ignore[no-any-return]


async def test_cancel_or_refund_request(recorder, contract_wechat, contract_settings) -> None:  # type: ignore[no-untyped-def]
    """pages/order-detail's 取消订单 / 申请退款 (issue 13 item 4): 取消订单 only on an unpaid order (the server refuses
    to cancel a paid one, 409); 申请退款 on a paid order, queued for the store, or approved at once within the
    window after payment (order cancelled, refund 退款中)."""
    import dataclasses

    from backend.settings import use_settings

    rec = recorder("refund_request", "pages/order-detail: an unpaid order, a paid one's refund request queued, "
                                     "another's approved at once")
    await member_tokens(rec, "refunds")
    unpaid = await _placed(rec, pickup=False)
    paid = await _paid(rec, contract_wechat)
    quick = await _paid(rec, contract_wechat)

    shown = await _open_order_page(rec, unpaid["id"])
    assert shown["can_cancel"] is True and shown["can_request_refund"] is False

    use_settings(dataclasses.replace(contract_settings, refund_auto_approve_s=0))  # past the window: queued
    try:
        shown = await _open_order_page(rec, paid["id"])
        assert shown["can_cancel"] is False and shown["can_request_refund"] is True
        refused = await rec.post(f"/api/v1/orders/{paid['id']}/cancel", {}, auth="member", record=False)
        assert refused["error"]["code"] == "invalid_state"
        queued = await rec.post(f"/api/v1/orders/{paid['id']}/refund-request", {"reason": "不想要了"},
                                auth="member", expect=201)
        assert queued["order"]["refund_request"]["status"] == "requested"
        await _open_order_page(rec, paid["id"])
    finally:
        use_settings(contract_settings)

    await _open_order_page(rec, quick["id"])
    approved = await rec.post(f"/api/v1/orders/{quick['id']}/refund-request", {"reason": "拍错了/多拍了"},
                              auth="member", expect=201)
    assert approved["order"]["status"] == "cancelled" and approved["order"]["refunds"][0]["status"] == "pending"
    await _open_order_page(rec, quick["id"])
    rec.check()
