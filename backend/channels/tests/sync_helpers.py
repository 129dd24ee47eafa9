"""Test helpers for channel sync: accounts pointed at the fakes, a stocked SKU listed on every platform, a
store sale through the orders service, and waiting for the fakes to show a quantity."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from backend.catalog.models import Sku
from backend.channels.adapters import PLATFORMS
from backend.channels.config import configure
from backend.channels.models import ChannelAccount, SkuMapping
from backend.channels.pump import InProcessPump
from backend.channels.sync import relay, set_dispatcher
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.org.models import Location, LocationKind
from backend.security.actor import load_staff_actor
from fakes.platforms import DEMO_CREDENTIALS, FakePlatform
from fakes.server import FakeServer
from tests.factories import make_location, make_sku, make_user, stock_in

FAST = dict(max_attempts=4, backoff_base_s=0.02, backoff_max_s=0.2, lock_ttl_s=3.0, push_timeout_s=3.0,
            rate_per_s=1000.0, burst=1000, requeue_after_s=30.0)


def platform_sku_id(platform: str, n: int = 1) -> str:
    return f"{100012340 + n}" if platform == "jd" else f"5001:{6000 + n}"


@dataclass
class World:
    fakes: dict[str, FakePlatform]
    servers: dict[str, FakeServer]
    accounts: dict[str, ChannelAccount]
    sku: Sku
    store: Location
    warehouse: Location
    pump: InProcessPump = field(default_factory=InProcessPump)

    def psid(self, platform: str) -> str:
        return platform_sku_id(platform)

    def shown(self) -> dict[str, int | None]:
        return {p: f.stock_of(self.psid(p)) for p, f in self.fakes.items()}

    async def sync(self) -> None:
        """One relay pass and every push it causes, retries included."""
        await relay()
        await self.pump.drain()

    async def sell_at_counter(self, qty: int) -> int:
        clerk = await make_user("clerk", locations=[self.store])
        actor = await load_staff_actor(clerk)
        placed = await place_order(actor, OrderRequest(channel="pos", items=[LineIn(self.sku.code, qty)],
                                   location_code=self.store.code,
                                   payments_in=[PaymentIn("cash", self.sku.price_fen * qty)]))
        return placed.order_id


async def build_world(all_fakes: dict[str, FakeServer], *, store_qty: int = 20, warehouse_qty: int = 0,
                      platforms: tuple[str, ...] = PLATFORMS) -> World:
    configure(**FAST)
    fakes = {p: all_fakes[p].app.ctx.state for p in platforms}
    store = await make_location(kind=LocationKind.STORE)
    warehouse = await make_location(kind=LocationKind.WAREHOUSE, priority=10)
    sku = await make_sku(price_fen=9900)
    if store_qty:
        await stock_in(sku, store, store_qty)
    if warehouse_qty:
        await stock_in(sku, warehouse, warehouse_qty, batch_no="W1")
    accounts = {}
    for p in platforms:
        fake = fakes[p]
        fake.reset()
        fake.list_sku(platform_sku_id(p), 0)
        accounts[p] = await ChannelAccount.create(platform=p, name=f"测试{p}", base_url=all_fakes[p].base_url,
                                                  **DEMO_CREDENTIALS[p].adapter_kwargs())
        await SkuMapping.create(account=accounts[p], sku=sku, platform_sku_id=platform_sku_id(p))
    world = World(fakes, {p: all_fakes[p] for p in platforms}, accounts, sku, store, warehouse)
    set_dispatcher(world.pump.submit)
    return world


async def wait_for(predicate, within_s: float = 10.0, step: float = 0.02) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(step)
    return bool(predicate())
