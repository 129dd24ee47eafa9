"""E-invoices through the 百望云 fake (a local HTTP server checking the platform's signature, token and amounts):
a blue invoice on a shopper's request for a completed order (amounts split by tax rate, idempotent by request
key), red-letter invoices on a partial and then a full refund referencing the original, the buyer's confirmation
awaited for a company, a platform outage retried without a second invoice, refusals that write nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from backend import demo_accounts as demo
from backend.audit.models import AuditLog
from backend.invoicing import service
from backend.invoicing.models import EInvoice
from backend.members.models import Member
from backend.orders.models import Order
from backend.orders.tests.helpers import admin_headers, make_member, place, shopper_auth
from backend.org.models import LocationKind, Role
from backend.settings import Settings, use_settings
from backend.tasks.schedule import job
from fakes.baiwang import BaiwangFakeState, create_baiwang_fake
from fakes.server import FakeServer, run_fake
from integrations.baiwang import wire
from tests.factories import auth, make_location, make_sku, make_user, stock_in

MILK, SPOON = 11300, 10900  # 13 % VAT: 10000 + 1300; 9 % VAT: 10000 + 900


@pytest.fixture(scope="module")
def baiwang() -> Iterator[FakeServer]:
    with run_fake(create_baiwang_fake) as s:
        s.app.ctx.state.config.public_base = s.base_url
        yield s


@pytest.fixture
def fake(db: None, settings: Settings, baiwang: FakeServer) -> Iterator[BaiwangFakeState]:
    use_settings(dataclasses.replace(
        settings, einvoice_api_base=baiwang.base_url + "/router/rest", einvoice_app_key=demo.EINVOICE_APP_KEY,
        einvoice_app_secret=demo.EINVOICE_APP_SECRET, einvoice_username=demo.EINVOICE_USERNAME,
        einvoice_password=demo.EINVOICE_PASSWORD, einvoice_user_salt=demo.EINVOICE_USER_SALT,
        einvoice_tax_no=demo.EINVOICE_TAX_NO))
    state: BaiwangFakeState = baiwang.app.ctx.state
    state.reset()
    yield state
    use_settings(settings)


async def _completed(client: Any, member: Member) -> tuple[int, dict[str, str]]:
    """A shopper's order of 2 x milk powder (13 %) and 1 x spoon (9 %), paid, shipped and completed."""
    h = await admin_headers()
    wh = await make_location("WH1", kind=LocationKind.WAREHOUSE)
    milk = await make_sku("MILK1", price_fen=MILK, name="爱他美1段")
    spoon = await make_sku("SPOON1", price_fen=SPOON, name="婴儿软勺", category="喂养")
    spoon.tax_rate_bp = 900
    await spoon.save(update_fields=["tax_rate_bp"])
    await stock_in(milk, wh, 10)
    await stock_in(spoon, wh, 10)
    resp = await place(client, shopper_auth(member), [("MILK1", 2), ("SPOON1", 1)])
    assert resp.status == 201, resp.text
    oid = resp.json["order"]["id"]
    for path, body in (("pay", {"method": "alipay", "amount_fen": 2 * MILK + SPOON}), ("ship", None),
                       ("complete", None)):
        _, r = await client.post(f"/api/v1/orders/{oid}/{path}", headers=h, json=body)
        assert r.status in (200, 201), r.text
    return oid, h


async def _ask(client: Any, member: Member, oid: int, key: str, **body: Any) -> Any:
    payload = {"buyer_type": "individual", "buyer_name": "张小明", **body}
    _, resp = await client.post(f"/api/v1/orders/{oid}/invoice", headers={**shopper_auth(member),
                                                                           "Idempotency-Key": key}, json=payload)
    return resp


async def _refund(client: Any, oid: int, amount_fen: int) -> None:
    finance = await make_user(Role.FINANCE)
    _, resp = await client.post(f"/api/v1/orders/{oid}/refunds", headers=auth(finance),
                                json={"amount_fen": amount_fen, "reason": "价格保护"})
    assert resp.status == 201, resp.text


def test_the_job_is_scheduled() -> None:
    assert job("invoicing.send").target == "backend.invoicing.service:work_due"


async def test_blue_on_request_then_red_on_partial_and_full_refund(client: Any, fake: BaiwangFakeState) -> None:
    member = await make_member()
    oid, _ = await _completed(client, member)
    resp = await _ask(client, member, oid, "inv-1", buyer_email="mama@example.cn")
    assert resp.status == 201, resp.text
    blue = resp.json["invoice"]
    assert blue["status"] == "issued" and blue["kind"] == "blue" and len(blue["invoice_no"]) == 20
    assert blue["buyer_tax_no"] == "" and blue["buyer_type"] == "individual"
    assert (blue["net_fen"], blue["tax_fen"], blue["total_fen"]) == (30000, 3500, 2 * MILK + SPOON)
    assert blue["by_rate"] == [{"tax_rate_bp": 1300, "net_fen": 20000, "tax_fen": 2600, "gross_fen": 2 * MILK},
                               {"tax_rate_bp": 900, "net_fen": 10000, "tax_fen": 900, "gross_fen": SPOON}]
    # what the platform holds: the same number, amounts in yuan exactly, the lines by rate
    issued = fake.invoices[blue["invoice_no"]]
    assert (issued.net, issued.tax) == (Decimal("300.00"), Decimal("35.00"))
    assert [(ln["goodsName"], ln["goodsTaxRate"]) for ln in issued.lines] == [
        ("爱他美1段", Decimal("0.13")), ("婴儿软勺", Decimal("0.09"))]
    async with httpx.AsyncClient() as http:
        pdf = await http.get(blue["pdf_url"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

    # the same request again: the same invoice, nothing sent; another request for the order is refused
    again = await _ask(client, member, oid, "inv-1", buyer_email="mama@example.cn")
    assert again.status == 200 and again.json["invoice"]["id"] == blue["id"]
    other = await _ask(client, member, oid, "inv-2")
    assert other.status == 409 and other.json["error"]["code"] == "invoice_exists"
    assert fake.calls.count(wire.ISSUE) == 1 and await EInvoice.all().count() == 1
    audit = await AuditLog.get(action="einvoice.request")
    assert audit.entity_id == str(blue["id"]) and audit.after["total_fen"] == 2 * MILK + SPOON

    # a partial refund (¥11.30, spread over the lines by the ledger): one red invoice against the blue one
    await _refund(client, oid, 1130)
    assert (await service.work_due()).outcomes == {"issued": 1}
    assert (await service.work_due()).claimed == 0
    _, resp = await client.get(f"/api/v1/orders/{oid}/invoices", headers=shopper_auth(member))
    assert resp.status == 200
    blue_now, red = resp.json["items"]
    assert blue_now["id"] == blue["id"] and red["kind"] == "red" and red["status"] == "issued"
    assert red["original_invoice_no"] == blue["invoice_no"] and red["refund_no"]
    assert red["total_fen"] == -1130 and red["net_fen"] + red["tax_fen"] == -1130
    assert red["confirm_state"] == "01" and red["pdf_url"].endswith(f"{red['invoice_no']}.pdf")
    form = next(iter(fake.red_forms.values()))
    assert form.original_no == blue["invoice_no"] and form.red_no == red["invoice_no"]

    # the rest refunded: the second red invoice leaves nothing of the blue one, to the fen, per line
    await _refund(client, oid, 2 * MILK + SPOON - 1130)
    assert (await service.work_due()).outcomes == {"issued": 1}
    reds = await EInvoice.filter(kind="red").order_by("id")
    assert len(reds) == 2
    assert sum(r.net_fen for r in reds) == -30000 and sum(r.tax_fen for r in reds) == -3500
    assert all(p == 0 and t == 0 for p, t in fake.left_on(blue["invoice_no"]).values())
    assert fake.calls.count(wire.RED_ADD) == 2 and len(fake.invoices) == 3
    # nothing left to reverse: a further pass sends nothing
    assert (await service.work_due(now=datetime.now(UTC) + timedelta(days=1))).claimed == 0


async def test_refusals_write_nothing(client: Any, fake: BaiwangFakeState) -> None:
    member = await make_member()
    stranger = await make_member("别人")
    oid, h = await _completed(client, member)
    resp = await _ask(client, member, oid, "k1", buyer_type="company", buyer_name="上海某某贸易有限公司")
    assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
    resp = await _ask(client, member, oid, "k2", buyer_type="company", buyer_name="某公司", buyer_tax_no="1234")
    assert resp.status == 400 and "纳税人识别号" in resp.json["error"]["message"]
    resp = await _ask(client, stranger, oid, "k3")
    assert resp.status == 404
    # an order not completed yet
    _, r = await client.post("/api/v1/orders", headers=shopper_auth(member),
                             json={"channel": "miniprogram", "items": [{"sku_code": "MILK1", "qty": 1}]})
    resp = await _ask(client, member, r.json["order"]["id"], "k4")
    assert resp.status == 409 and resp.json["error"]["code"] == "order_not_completed"
    # staff may not use the shopper's route; a clerk may not use the back office's
    _, resp = await client.post(f"/api/v1/orders/{oid}/invoice", headers=h, json={"buyer_name": "x"})
    assert resp.status == 403
    assert await EInvoice.all().count() == 0 and fake.calls == []


async def test_company_red_waits_for_the_buyers_confirmation(client: Any, fake: BaiwangFakeState) -> None:
    member = await make_member()
    oid, _ = await _completed(client, member)
    order_no = (await Order.get(id=oid)).order_no
    finance = await make_user(Role.FINANCE)
    _, resp = await client.post("/admin/api/v1/einvoices", headers={**auth(finance), "Idempotency-Key": "a1"},
                                json={"order_no": order_no, "buyer_type": "company", "buyer_name": "上海某某贸易有限公司",
                                      "buyer_tax_no": "91310000ma1abcde2x"})
    assert resp.status == 201, resp.text
    blue = resp.json["invoice"]
    assert blue["status"] == "issued" and blue["buyer_tax_no"] == "91310000MA1ABCDE2X"
    fake.company_confirm_state = "02"  # this buyer must confirm the red form first
    await _refund(client, oid, SPOON)
    assert (await service.work_due()).outcomes == {"waiting": 1}
    red = await EInvoice.get(kind="red")
    assert red.status == "pending" and red.confirm_state == "02" and red.confirm_uuid and red.invoice_no == ""
    async with httpx.AsyncClient() as http:  # the buyer confirms on the platform
        await http.post(fake.config.public_base + "/fake/baiwang/confirm", json={"redConfirmUuid": red.confirm_uuid})
    later = datetime.now(UTC) + timedelta(seconds=service.POLL_S + 1)
    assert (await service.work_due(now=later)).outcomes == {"issued": 1}
    red = await EInvoice.get(kind="red")
    assert red.status == "issued" and red.confirm_state == "04" and red.total_fen == -SPOON
    assert fake.calls.count(wire.RED_ADD) == 1  # asked about, never entered twice
    _, resp = await client.get("/admin/api/v1/einvoices?kind=red", headers=auth(finance))
    assert resp.status == 200 and resp.json["total"] == 1 and resp.json["items"][0]["status"] == "issued"
    clerk = await make_user(Role.CLERK)
    _, resp = await client.get("/admin/api/v1/einvoices", headers=auth(clerk))
    assert resp.status == 403


async def test_platform_outage_is_retried_without_a_second_invoice(client: Any, fake: BaiwangFakeState) -> None:
    member = await make_member()
    oid, _ = await _completed(client, member)
    fake.fail_next = 1  # system busy once
    resp = await _ask(client, member, oid, "k1")
    assert resp.status == 201 and resp.json["invoice"]["status"] == "pending"
    assert "50001" in resp.json["invoice"]["error"]
    assert (await service.work_due()).claimed == 0  # not due yet (backoff)
    later = datetime.now(UTC) + timedelta(seconds=service.backoff(1) + 1)
    assert (await service.work_due(now=later)).outcomes == {"issued": 1}
    inv = await EInvoice.get(kind="blue")
    assert inv.status == "issued" and inv.attempts == 1 and len(fake.invoices) == 1
    # a retry of an issued invoice is refused
    _, resp = await client.post(f"/admin/api/v1/einvoices/{inv.id}/retry", headers=auth(await make_user(Role.FINANCE)))
    assert resp.status == 409


async def test_make_run_mounts_the_fake_and_points_the_settings_at_it(db: None, settings: Settings) -> None:
    """`make run` (no app key configured): the fake answers under /_fakes/baiwang and the settings name it."""
    from backend.app import create_app
    from fakes.mount import mount_baiwang_fake
    from tests.client import FastClient

    try:
        app = create_app(settings, manage_resources=False, name="einvoice_mount_test", mounts=[mount_baiwang_fake])
        s = app.ctx.settings
        assert s.einvoice_api_base == "http://127.0.0.1:8000/_fakes/baiwang/router/rest"
        assert (s.einvoice_app_key, s.einvoice_tax_no) == (demo.EINVOICE_APP_KEY, demo.EINVOICE_TAX_NO)
        body = wire.dumps({"username": s.einvoice_username, "client_secret": s.einvoice_app_secret,
                           "password": wire.password_hash(s.einvoice_password, s.einvoice_user_salt)})
        _, resp = await FastClient(app).post(
            "/_fakes/baiwang/router/rest?method=baiwang.oauth.token&grant_type=password"
            f"&client_id={s.einvoice_app_key}&version=7.0&timestamp=1", content=body)
        assert resp.status == 200 and resp.json["success"] and resp.json["response"]["access_token"]
    finally:
        use_settings(settings)


async def test_not_configured_answers_409_after_the_order_checks(client: Any, db: None) -> None:
    member = await make_member()
    oid, _ = await _completed(client, member)
    resp = await _ask(client, member, oid, "k1")
    assert resp.status == 409 and resp.json["error"]["code"] == "einvoice_not_configured"
    assert (await _ask(client, await make_member("别人"), oid, "k1")).status == 404
    assert await EInvoice.all().count() == 0
