"""Posting a platform settlement: Dr bank (paid out), Dr platform fees (kept), Cr platform receivable; the
receivable of the settled orders goes to zero; once per run and once per order, also under a race."""

from __future__ import annotations

import asyncio
from typing import Any

from backend.audit.models import AuditLog
from backend.finance import accounts
from backend.finance.models import JournalEntry, SettledOrder
from backend.orders.tests.helpers import balance, platform_order
from backend.org.models import LocationKind, Role
from backend.timestamps import business_today
from tests.factories import auth, make_location, make_sku, make_user, stock_in


async def _reconcile(client: Any, fin: dict[str, str], rows: list[str], name: str) -> dict[str, Any]:
    today = business_today().isoformat()
    body = "\n".join(["订单编号,订单金额,服务费,结算金额", *rows]) + "\n"
    _, resp = await client.post(f"/admin/api/v1/finance/settlements?channel=taobao&from={today}&to={today}"
                                f"&filename={name}", headers=fin, content=body.encode())
    assert resp.status == 201, resp.text
    return resp.json


async def _world(client: Any) -> tuple[dict[str, str], dict[str, str]]:
    wh = await make_location("WH", kind=LocationKind.WAREHOUSE)
    await stock_in(await make_sku("MILK1", price_fen=10000), wh, 100)
    h = auth(await make_user(Role.HQ_ADMIN))
    await platform_order(client, h, "TB001", 1)
    await platform_order(client, h, "TB002", 2)
    await platform_order(client, h, "TB003", 1)  # the file says another amount: not settled by this run
    return h, auth(await make_user(Role.FINANCE))


async def test_settlement_with_fees_clears_receivable_and_books_fees(db: None, client: Any) -> None:
    _, fin = await _world(client)
    receivable = dict(partner="taobao")
    assert await balance(accounts.RECEIVABLE, **receivable) == 40000
    run = await _reconcile(client, fin, ["TB001,100.00,5.00,95.00", "TB002,200.00,10.00,190.00",
                                         "TB003,90.00,4.50,85.50"], "tb.csv")
    assert run["matched"] == 2
    _, resp = await client.post(f"/admin/api/v1/finance/settlements/{run['id']}/post", headers=fin)
    assert resp.status == 200, resp.text
    posted = resp.json["posted"]
    assert (posted["orders"], posted["receivable_fen"], posted["bank_fen"], posted["fees_fen"]) == \
        (2, 30000, 28500, 1500)
    assert resp.json["posted_at"] and resp.json["entry_id"]
    # TB001 and TB002 are cleared; only TB003 (not settled) is still owed by the platform.
    assert await balance(accounts.RECEIVABLE, **receivable) == 10000
    assert await balance(accounts.PLATFORM_FEES) == 1500
    assert await balance(accounts.BANK, partner="taobao") == 28500
    entry = await JournalEntry.get(source_type="settlement_run", source_id=str(run["id"]))
    assert entry.id == resp.json["entry_id"]
    # Posting again posts nothing more.
    _, again = await client.post(f"/admin/api/v1/finance/settlements/{run['id']}/post", headers=fin)
    assert again.status == 200 and again.json["already_posted"] is True
    assert await JournalEntry.filter(source_type="settlement_run").count() == 1
    assert await balance(accounts.PLATFORM_FEES) == 1500
    assert await AuditLog.filter(action="finance.settlement_post").count() == 1

    # The next file settles TB003 (fixed amount) and names TB001 again: TB001 is not cleared twice.
    run2 = await _reconcile(client, fin, ["TB001,100.00,5.00,95.00", "TB003,100.00,5.00,95.00"], "tb2.csv")
    _, resp = await client.post(f"/admin/api/v1/finance/settlements/{run2['id']}/post", headers=fin)
    assert resp.status == 200, resp.text
    assert resp.json["posted"]["skipped_already_settled"] == ["TB001"]
    assert await balance(accounts.RECEIVABLE, **receivable) == 0
    assert await balance(accounts.PLATFORM_FEES) == 2000
    assert await SettledOrder.all().count() == 3
    # Store managers may not post; an unknown run is 404.
    mgr = await make_user(Role.STORE_MANAGER, locations=[await make_location("ST")])
    _, resp = await client.post(f"/admin/api/v1/finance/settlements/{run['id']}/post", headers=auth(mgr))
    assert resp.status == 403
    _, resp = await client.post("/admin/api/v1/finance/settlements/99999/post", headers=fin)
    assert resp.status == 404


async def test_concurrent_posts_of_one_run_write_once(db: None, client: Any) -> None:
    from backend.channels import settlement

    _, fin = await _world(client)
    run = await _reconcile(client, fin, ["TB001,100.00,5.00,95.00", "TB002,200.00,10.00,190.00"], "tb.csv")
    user = await make_user(Role.FINANCE, "fin_race")
    results = await asyncio.gather(*(settlement.post_run(run["id"], user=user) for _ in range(4)))
    assert sum(1 for r in results if not r["already_posted"]) == 1
    assert await JournalEntry.filter(source_type="settlement_run").count() == 1
    assert await balance(accounts.RECEIVABLE, partner="taobao") == 10000  # TB003 only
