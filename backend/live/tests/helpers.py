"""Set-up and invariant checks for the live-selling tests."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from backend.catalog.models import Sku
from backend.members.models import Member
from backend.org.models import Location, Role, User
from backend.stock.models import Stock, StockMovement
from tests.factories import auth, make_location, make_sku, make_user, member_token, stock_in

_seq = itertools.count(1)


async def make_members(n: int) -> list[Member]:
    batch = next(_seq)
    codes = [f"L{batch:04d}{i:06d}" for i in range(n)]
    await Member.bulk_create([Member(member_code=c, nickname=f"观众{i}") for i, c in enumerate(codes)])
    return await Member.filter(member_code__in=codes).order_by("id")


def shopper(member: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(member.id)}"}


class World:
    """A store with stock of one SKU, a live seller assigned to it, an HQ admin."""

    store: Location
    sku: Sku
    seller: User
    admin: User

    @classmethod
    async def build(cls, on_hand: int = 80, price_fen: int = 19900) -> World:
        w = cls()
        w.store = await make_location()
        w.sku = await make_sku(price_fen=price_fen)
        await stock_in(w.sku, w.store, on_hand)
        w.seller = await make_user(Role.LIVE_SELLER, locations=[w.store])
        w.admin = await make_user(Role.HQ_ADMIN)
        return w

    @property
    def seller_h(self) -> dict[str, str]:
        return auth(self.seller)

    async def create(self, client: Any, qty: int = 50, flash_price_fen: int = 9900, per_buyer_limit: int = 0,
                     **extra: Any) -> Any:
        now = datetime.now(UTC)
        body = {"title": "双十一宝妈专场", "location_code": self.store.code,
                "starts_at": (now - timedelta(minutes=1)).isoformat(), "ends_at": (now + timedelta(hours=2)).isoformat(),
                "items": [{"sku_code": self.sku.code, "flash_price_fen": flash_price_fen, "qty": qty,
                           "per_buyer_limit": per_buyer_limit}], **extra}
        _, resp = await client.post("/api/v1/live/sessions", json=body, headers=self.seller_h)
        return resp

    async def live_session(self, client: Any, **kw: Any) -> int:
        resp = await self.create(client, **kw)
        assert resp.status == 201, resp.json
        sid = int(resp.json["session"]["id"])
        _, resp = await client.post(f"/api/v1/live/{sid}/start", headers=self.seller_h)
        assert resp.status == 200, resp.json
        return sid


async def buy(client: Any, sid: int, headers: dict[str, str], sku_code: str, qty: int = 1, key: str | None = None,
              **extra: Any) -> Any:
    h = dict(headers)
    if key:
        h["Idempotency-Key"] = key
    _, resp = await client.post(f"/api/v1/live/{sid}/orders", json={"sku_code": sku_code, "qty": qty, **extra},
                                headers=h)
    return resp


async def burst(client: Any, sid: int, calls: list[tuple[dict[str, str], dict[str, Any]]]) -> list[Any]:
    """POST every (headers, body) to the session's order route at the same moment, over HTTP into the app."""
    await client.get("/api/v1/live/0")  # start the app once, outside the race

    async def one(headers: dict[str, str], body: dict[str, Any]) -> Any:
        _, r = await client.post(f"/api/v1/live/{sid}/orders", json=body, headers=headers)
        return SimpleNamespace(status=r.status_code, json=r.json)

    return list(await asyncio.gather(*(one(h, b) for h, b in calls)))


async def race(client: Any, sid: int, members: list[Member], sku_code: str) -> list[Any]:
    """Every member buys one unit at the same moment."""
    return await burst(client, sid, [({**shopper(m), "Idempotency-Key": f"k{m.id}"}, {"sku_code": sku_code, "qty": 1})
                                     for m in members])


async def stock_of(sku_id: int, location_id: int) -> tuple[int, int]:
    rows = await Stock.filter(sku_id=sku_id, location_id=location_id)
    return sum(r.on_hand for r in rows), sum(r.reserved for r in rows)


async def assert_journal_matches(sku_id: int) -> None:
    """Every stocks row equals the sum of its movements (nothing changed stock outside the journal)."""
    for row in await Stock.filter(sku_id=sku_id):
        moves = await StockMovement.filter(stock_id=row.id)
        assert sum(m.on_hand_delta for m in moves) == row.on_hand
        assert sum(m.reserved_delta for m in moves) == row.reserved
