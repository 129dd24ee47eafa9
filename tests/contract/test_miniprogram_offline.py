"""The clerk's offline counter (pages/staff/pos + utils/outbox), recorded against the real app over the demo data:
the SKUs looked up while online, then cash sales kept offline and synced in order with POST /api/v1/pos/offline-sales
(one of them after its units were sold online meanwhile: accepted, a stock discrepancy), sent again (the answer
was lost): each recorded once; and a batch in which the server refuses one sale (the phone's clock was wrong).
How to add a pair: tests/contract/test_miniprogram.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.catalog.models import Sku
from backend.orders.models import OfflineSale
from backend.stock.models import DiscrepancyStatus, Stock, StockDiscrepancy
from backend.timestamps import CHINA, business_today
from tests.contract.recorder import Recorder, query_string
from tests.contract.test_miniprogram import STORE, member_tokens, staff_tokens


async def _free(sku: Sku) -> int:
    rows = await Stock.filter(sku_id=sku.id, location__code=STORE).values_list("on_hand", "reserved")
    return sum(max(h - r, 0) for h, r in rows)


async def _two_skus() -> tuple[Sku, Sku]:
    """A SKU the store has plenty of, and one it has few of (the one sold online meanwhile)."""
    codes = sorted(set(await Stock.filter(location__code=STORE, on_hand__gte=1).values_list("sku__code", flat=True)))
    skus = [s for s in await Sku.filter(code__in=codes).order_by("code") if s.barcode]
    free = {s.id: await _free(s) for s in skus}
    plenty = next(s for s in skus if free[s.id] >= 5)
    few = min((s for s in skus if s.id != plenty.id and free[s.id] >= 1), key=lambda s: (free[s.id], s.code))
    return plenty, few


def _moment(minutes_ago: int) -> str:
    """A moment earlier today (China), as the page sends it (its own offset)."""
    now = dt.datetime.now(CHINA)
    start = dt.datetime.combine(business_today(), dt.time(0, 0, 1), tzinfo=CHINA)
    return max(now - dt.timedelta(minutes=minutes_ago), start).replace(microsecond=0).isoformat()


def _sale(key: str, at: str, lines: list[tuple[dict[str, Any], int]]) -> dict[str, Any]:
    """The body utils/outbox keeps for one cash sale (pages/staff/pos keepOffline)."""
    items = [{"sku_code": s["sku_code"], "qty": q, "unit_price_fen": s["price_fen"]} for s, q in lines]
    return {"key": key, "occurred_at": at, "location_code": STORE, "items": items,
            "payments": [{"method": "cash", "amount_fen": sum(i["unit_price_fen"] * i["qty"] for i in items)}]}


async def _look_up(rec: Recorder, sku: Sku) -> dict[str, Any]:
    """Scanned while online: the search (the page keeps the SKU for offline use) and the line's price check."""
    found = await rec.get(f"/api/v1/skus{query_string({'q': sku.barcode, 'page': 1, 'page_size': 20})}",
                          auth="staff", expect=200)
    await rec.post("/api/v1/pos/preview", {"location_code": STORE, "items": [{"sku_code": sku.code, "qty": 1}]},
                   auth="staff", expect=200)
    return next(i for i in found["items"] if i["sku_code"] == sku.code)  # type: ignore[no-any-return]


async def test_pos_offline_sync(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("pos_offline", "pages/staff/pos offline: SKUs looked up online; three cash sales kept offline, "
                                  "synced in order (one after its units were sold online: a stock discrepancy); "
                                  "the same batch again (its answer was lost): duplicates")
    await staff_tokens(rec)
    plenty, few = await _two_skus()
    a = await _look_up(rec, plenty)
    b = await _look_up(rec, few)
    short = await _free(few)
    # The till goes offline; meanwhile another till sells every free unit of `few` online.
    body: dict[str, Any] = {"location_code": STORE, "items": [{"sku_code": few.code, "qty": short}]}
    priced = await rec.post("/api/v1/pos/preview", body, auth="staff", record=False, expect=200)
    sold = await rec.post("/api/v1/orders", {"channel": "pos", **body,
                                             "payments": [{"method": "cash", "amount_fen": priced["total_fen"]}]},
                          auth="staff", idempotency_key="other-till-1", record=False, expect=201)
    assert sold["order"]["status"] == "completed"
    sales = [_sale("pos-offline-1", _moment(30), [(a, 1)]),
             _sale("pos-offline-2", _moment(20), [(b, 1), (a, 1)]),
             _sale("pos-offline-3", _moment(10), [(a, 2)])]
    first = await rec.post("/api/v1/pos/offline-sales", {"sales": sales}, auth="staff", expect=200)
    assert [r["status"] for r in first["results"]] == ["recorded"] * 3
    assert [r["key"] for r in first["results"]] == [s["key"] for s in sales]
    assert first["results"][1]["discrepancies"] == [
        {"id": first["results"][1]["discrepancies"][0]["id"], "sku_code": few.code, "qty_sold": 1,
         "qty_available": 0, "qty_short": 1}]
    again = await rec.post("/api/v1/pos/offline-sales", {"sales": sales}, auth="staff", expect=200)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert [r["order"] for r in again["results"]] == [r["order"] for r in first["results"]]
    assert await OfflineSale.all().count() == 3
    assert await StockDiscrepancy.filter(status=DiscrepancyStatus.OPEN).count() == 1
    assert all(r >= 0 for r in await Stock.all().values_list("on_hand", flat=True))
    rec.check()


async def test_pos_offline_refused(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("pos_offline_refused", "pages/staff/pos offline: a batch in which the server refuses one sale "
                                          "(the phone's clock was months behind); the others are recorded")
    await staff_tokens(rec)
    plenty, _ = await _two_skus()
    a = await _look_up(rec, plenty)
    long_ago = (dt.datetime.now(CHINA) - dt.timedelta(days=200)).replace(microsecond=0).isoformat()
    sales = [_sale("pos-offline-4", _moment(30), [(a, 1)]),
             _sale("pos-offline-5", long_ago, [(a, 1)]),
             _sale("pos-offline-6", _moment(10), [(a, 1)])]
    answer = await rec.post("/api/v1/pos/offline-sales", {"sales": sales}, auth="staff", expect=200)
    assert [r["status"] for r in answer["results"]] == ["recorded", "error", "recorded"]
    assert "时钟" in answer["results"][1]["error"]["message"]
    rec.check()


async def test_pos_offline_stored_value(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("pos_offline_balance", "pages/staff/pos offline: a stored-value sale with the member's 会员码 "
                                          "scanned at the counter, synced later: the code checked at the sale's "
                                          "moment, the balance spent once")
    member = await member_tokens(rec, "offline-balance")
    await staff_tokens(rec)
    await rec.post(f"/api/v1/pos/members/{member['id']}/topup",
                   {"amount_fen": 50000, "method": "cash", "location_code": STORE}, auth="staff",
                   idempotency_key="topup-offline-1", record=False, expect=201)
    code = (await rec.post("/api/v1/members/me/pay-code", {}, auth="member", record=False, expect=201))["code"]
    plenty, _ = await _two_skus()
    a = await _look_up(rec, plenty)
    sale = _sale("pos-offline-7", _moment(0), [(a, 1)])
    sale["payments"] = [{"method": "balance", "amount_fen": a["price_fen"], "auth_code": code}]
    answer = await rec.post("/api/v1/pos/offline-sales", {"sales": [sale]}, auth="staff", expect=200)
    assert answer["results"][0]["status"] == "recorded", answer
    me = await rec.get("/api/v1/members/me", auth="member", record=False, expect=200)
    assert me["balance_fen"] == 50000 - a["price_fen"]
    rec.check()
