"""Shared set-up and invariant checks for the order tests."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from tortoise import Tortoise

from backend.finance import accounts
from backend.finance.models import Account, InventoryValuation, JournalLine
from backend.members.models import Member
from backend.orders import placement
from backend.orders.models import Order, OrderItem
from backend.org.models import Role
from backend.settings import Settings, use_settings
from backend.stock.models import Reservation, ReservationStatus, Stock, StockMovement
from tests.factories import auth, make_user, member_token

_seq = itertools.count(1)


async def make_member(nickname: str = "小明妈妈", balance_fen: int = 0) -> Member:
    n = next(_seq)
    return await Member.create(member_code=f"M{n:06d}", nickname=nickname, balance_fen=balance_fen)


def shopper_auth(member: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(member.id)}"}


async def admin_headers() -> dict[str, str]:
    return auth(await make_user(Role.HQ_ADMIN))


async def place(client: Any, headers: dict[str, str], items: list[tuple[str, int]], *, channel: str = "miniprogram",
                location_code: str | None = None, key: str | None = None, **extra: Any) -> Any:
    body: dict[str, Any] = {"channel": channel, "items": [{"sku_code": c, "qty": q} for c, q in items], **extra}
    if location_code:
        body["location_code"] = location_code
    h = dict(headers)
    if key:
        h["Idempotency-Key"] = key
    _, resp = await client.post("/api/v1/orders", json=body, headers=h)
    return resp


async def stock_of(sku_id: int, location_id: int | None = None) -> tuple[int, int]:
    """(on_hand, reserved) summed over batches (and locations unless one is given)."""
    qs = Stock.filter(sku_id=sku_id)
    if location_id is not None:
        qs = qs.filter(location_id=location_id)
    rows = await qs.values_list("on_hand", "reserved")
    return sum(r[0] for r in rows), sum(r[1] for r in rows)


async def balance(code: str, **dims: Any) -> int:
    """Debit minus credit of one account (optionally on dimensions)."""
    acc = await Account.get_or_none(code=code)
    if acc is None:
        return 0
    rows = await JournalLine.filter(account_id=acc.id, **dims).values_list("debit_fen", "credit_fen")
    return sum(d - c for d, c in rows)


async def counts() -> dict[str, int]:
    return {
        "orders": await Order.all().count(),
        "items": await OrderItem.all().count(),
        "reservations": await Reservation.all().count(),
        "movements": await StockMovement.all().count(),
        "journal_lines": await JournalLine.all().count(),
    }


async def check_invariants() -> None:
    """Stock numbers equal their movement sums, reservations explain `reserved`, the ledger balances and its
    inventory equals the valuation."""
    stocks = await Stock.all()
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for stock_id, dh, dr in await StockMovement.all().values_list("stock_id", "on_hand_delta", "reserved_delta"):
        sums[stock_id][0] += dh
        sums[stock_id][1] += dr
    held: dict[int, int] = defaultdict(int)
    for r in await Reservation.filter(status=ReservationStatus.ACTIVE):
        held[r.stock_id] += r.qty - r.qty_consumed
    on_hand_by_sku: dict[int, int] = defaultdict(int)
    for s in stocks:
        assert s.on_hand >= s.reserved >= 0, (s.id, s.on_hand, s.reserved)
        assert [s.on_hand, s.reserved] == sums[s.id], (s.id, s.on_hand, s.reserved, sums[s.id])
        assert s.reserved == held[s.id], (s.id, s.reserved, held[s.id])
        on_hand_by_sku[s.sku_id] += s.on_hand
    assert set(sums) <= {s.id for s in stocks}
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(
        "SELECT entry_id, SUM(debit_fen) AS d, SUM(credit_fen) AS c FROM journal_lines GROUP BY entry_id")
    for row in rows:
        assert int(row["d"]) == int(row["c"]), row
    vals = await InventoryValuation.all()
    assert sum(v.value_fen for v in vals) == await balance(accounts.INVENTORY)
    for v in vals:
        assert v.qty == on_hand_by_sku[v.sku_id], (v.sku_id, v.qty, on_hand_by_sku[v.sku_id])


async def platform_order(client: Any, h: dict[str, str], ext: str, qty: int) -> Order:
    """A paid Taobao order of `qty` MILK1 at 100 yuan each (external id `ext`, payment ref pay-<ext>), by staff h."""
    _, resp = await client.post("/api/v1/orders", headers=h, json={
        "channel": "taobao", "external_id": ext, "items": [{"sku_code": "MILK1", "qty": qty}],
        "payments": [{"method": "platform", "amount_fen": 10000 * qty, "external_ref": f"pay-{ext}"}]})
    assert resp.status == 201, resp.text
    return await Order.get(id=resp.json["order"]["id"])


@contextlib.contextmanager
def one_batch(settings: Settings, location_id: int) -> Iterator[None]:
    """Placements first choosing the location, sent together, join one group: it is busy, and the leader waits
    300 ms for them."""
    use_settings(dataclasses.replace(settings, group_commit_window_ms=300.0, group_commit_max=64))
    try:
        with placement._GROUPS.busy(location_id):
            yield
    finally:
        use_settings(settings)
