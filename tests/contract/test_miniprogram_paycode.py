"""Contract scenario of the stored-value code (see test_miniprogram.py for how recordings work): the member's
会员码 page draws a one-time code, the clerk's POS finds the member by scanning it and pays stored value with it;
the refusals a clerk meets (no code, another member's code, the code used again). Recorded in
miniprogram/tests/contract/paycode.json, which the pages' jest tests (miniprogram/tests/paycode.test.js) answer from."""

from __future__ import annotations

from typing import Any

from backend.catalog.models import Sku
from tests.contract.recorder import query_string
from tests.contract.test_miniprogram import STORE, member_tokens, staff_tokens, store_skus


async def test_paycode(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("paycode", "pages/member-code draws the member's one-time stored-value code; pages/staff/pos "
                              "scans it, finds the member and pays stored value with it; without it, with another "
                              "member's, or used again: refused")
    other = await member_tokens(rec, "paycode-other")
    other_token = rec.tokens["member"]
    member = await member_tokens(rec, "paycode")
    await staff_tokens(rec)
    for who, key in ((member, "pc-topup-1"), (other, "pc-topup-2")):
        await rec.post(f"/api/v1/pos/members/{who['id']}/topup",
                       {"amount_fen": 100000, "method": "cash", "location_code": STORE}, auth="staff",
                       idempotency_key=key, record=False, expect=201)

    first = await rec.post("/api/v1/members/me/pay-code", auth="member", expect=201)
    drawn = await rec.post("/api/v1/members/me/pay-code", auth="member", expect=201)  # 60 s later: a new one
    code = drawn["code"]
    assert code != first["code"]
    found = await rec.get(f"/api/v1/pos/members{query_string({'q': code})}", auth="staff", expect=200)
    assert [m["id"] for m in found["items"]] == [member["id"]]
    sku = (await Sku.filter(code__in=await store_skus(STORE, 99), price_fen__gte=10000).order_by("code"))[0]
    await rec.get(f"/api/v1/skus{query_string({'q': sku.barcode, 'page': 1, 'page_size': 20})}", auth="staff",
                  expect=200)
    body: dict[str, Any] = {"location_code": STORE, "items": [{"sku_code": sku.code, "qty": 1}],
                            "member_id": member["id"]}
    priced = await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)
    total = priced["total_fen"]

    paid = await rec.post("/api/v1/orders", {"channel": "pos", **body, "payments": [
        {"method": "balance", "amount_fen": total, "auth_code": code}]},
        auth="staff", idempotency_key="pc-sale-3", expect=201)
    assert paid["order"]["status"] == "completed" and paid["order"]["payment_method"] == "balance"
    await rec.post("/api/v1/pos/preview", body, auth="staff", expect=200)  # the next sale on the counter
    again = await rec.post("/api/v1/orders", {"channel": "pos", **body, "payments": [
        {"method": "balance", "amount_fen": total, "auth_code": code}]},
        auth="staff", idempotency_key="pc-sale-4", expect=403)
    assert again["error"]["code"] == "member_code_used"
    # refused orders come last: PostgreSQL's sequences keep the ids they took, SQLite's do not
    refused = await rec.post("/api/v1/orders", {"channel": "pos", **body,
                                                "payments": [{"method": "balance", "amount_fen": total}]},
                             auth="staff", idempotency_key="pc-sale-1", expect=403)
    assert refused["error"]["code"] == "member_code_required"
    rec.tokens["member"] = other_token
    theirs = (await rec.post("/api/v1/members/me/pay-code", auth="member", record=False, expect=201))["code"]
    refused = await rec.post("/api/v1/orders", {"channel": "pos", **body, "payments": [
        {"method": "balance", "amount_fen": total, "auth_code": theirs}]},
        auth="staff", idempotency_key="pc-sale-2", expect=403)
    assert refused["error"]["code"] == "member_code_mismatch"
    rec.check()
