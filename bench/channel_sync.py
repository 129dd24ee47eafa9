"""Channel sync figures: what the transactional outbox costs a stock change, and the lag from a committed sale to
every fake platform showing the new quantity.

    .venv/bin/python bench/channel_sync.py                      # PostgreSQL (CRADLE_BENCH_PG, default below)
    CRADLE_BENCH_PG= .venv/bin/python bench/channel_sync.py     # SQLite in a temp file
    options: --changes 4000 --concurrency 16 --sales 200

1. Outbox cost: ``concurrency`` tasks each run reserve+release transactions (two apply_change calls, i.e. two
   outbox INSERTs) on their own stock rows, once with the outbox hook and once with it replaced by a no-op.
2. Push lag: a relay pass every 50 ms (what beat does) with the in-process push runner, sales at the counter
   every ~20 ms; for each sale, the time until each platform shows a quantity at or below the one after that
   sale (coalescing may skip intermediate numbers; a later push covers an earlier sale).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


async def outbox_cost(changes: int, concurrency: int) -> None:
    from tortoise.transactions import in_transaction

    import backend.stock.management as management
    from backend.channels.models import StockOutbox
    from backend.stock.management import Ref, apply_change
    from backend.stock.models import MovementKind, Stock
    from tests.factories import make_location, make_sku, stock_in

    location = await make_location()
    rows = []
    for _ in range(concurrency):
        sku = await make_sku()
        await stock_in(sku, location, 1000)
        rows.append((await Stock.get(sku_id=sku.id, location_id=location.id)).id)

    async def worker(stock_id: int, n: int, latencies: list[float]) -> None:
        for _ in range(n):
            t = time.perf_counter()
            async with in_transaction() as conn:
                await apply_change(stock_id, reserved_delta=1, kind=MovementKind.RESERVE, ref=Ref("bench", "1"),
                                   conn=conn)
                await apply_change(stock_id, reserved_delta=-1, kind=MovementKind.RELEASE, ref=Ref("bench", "1"),
                                   conn=conn)
            latencies.append(time.perf_counter() - t)

    async def run(label: str) -> float:
        latencies: list[float] = []
        per = max(1, changes // 2 // concurrency)
        started = time.perf_counter()
        await asyncio.gather(*(worker(r, per, latencies) for r in rows))
        elapsed = time.perf_counter() - started
        rate = len(latencies) * 2 / elapsed
        print(f"  {label:<16} {rate:8.0f} stock changes/s   txn p50 {pct(latencies, 50) * 1000:6.2f} ms   "
              f"p99 {pct(latencies, 99) * 1000:6.2f} ms")
        return rate

    original = management.record_stock_change

    async def no_outbox(*args: object, **kwargs: object) -> None:
        return None

    print(f"outbox cost: {concurrency} concurrent writers, {changes} stock changes per run, runs interleaved")
    await run("warm-up")
    without: list[float] = []
    with_outbox: list[float] = []
    for _ in range(3):
        management.record_stock_change = no_outbox  # type: ignore[assignment]
        without.append(await run("without outbox"))
        management.record_stock_change = original
        with_outbox.append(await run("with outbox"))
    base, cost = statistics.median(without), statistics.median(with_outbox)
    print(f"  => median {base:.0f} vs {cost:.0f} stock changes/s: outbox overhead {100 * (base - cost) / base:+.1f}% "
          f"({await StockOutbox.all().count()} outbox rows written)")


async def push_lag(sales: int) -> None:
    from backend.channels.adapters import PLATFORMS
    from backend.channels.config import configure
    from backend.channels.models import ChannelAccount, SkuMapping, StockOutbox
    from backend.channels.pump import InProcessPump
    from backend.channels.sync import relay, set_dispatcher
    from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
    from backend.security.actor import load_staff_actor
    from backend.wiring import wire
    from fakes.platforms import DEMO_CREDENTIALS, PLATFORM_FAKES
    from fakes.server import FakeServer
    from tests.factories import make_location, make_sku, make_user, stock_in

    wire()  # places orders without an app: pricing steps and order hooks as the server has them
    configure(rate_per_s=10000.0, burst=10000, backoff_base_s=0.05)
    await StockOutbox.all().delete()
    servers = {p: FakeServer(PLATFORM_FAKES[p]).start() for p in PLATFORMS}
    try:
        store = await make_location()
        sku = await make_sku(price_fen=1000)
        await stock_in(sku, store, sales + 100)
        clerk = await make_user("clerk", locations=[store])
        actor = await load_staff_actor(clerk)
        for p in PLATFORMS:
            psid = "100000001" if p == "jd" else "5001:6001"
            servers[p].app.ctx.state.list_sku(psid, 0)
            account = await ChannelAccount.create(platform=p, base_url=servers[p].base_url,
                                                  **DEMO_CREDENTIALS[p].adapter_kwargs())
            await SkuMapping.create(account=account, sku=sku, platform_sku_id=psid)
        pump = InProcessPump()
        set_dispatcher(pump.submit)
        await relay()
        await pump.drain()
        stop = asyncio.Event()

        async def beat() -> None:
            while not stop.is_set():
                await relay()
                await asyncio.sleep(0.05)

        runner = asyncio.create_task(beat())
        marks: list[tuple[float, int]] = []
        left = sales + 100
        for _ in range(sales):
            await place_order(actor, OrderRequest(channel="pos", items=[LineIn(sku.code, 1)], location_code=store.code,
                              payments_in=[PaymentIn("cash", 1000)]))
            left -= 1
            marks.append((time.time(), left))
            await asyncio.sleep(0.02)
        deadline = time.monotonic() + 30
        for _ in range(600):  # until every platform shows the final quantity (or 30 s)
            if time.monotonic() > deadline or all(
                    s.app.ctx.state.stock_of("100000001" if p == "jd" else "5001:6001") == left
                    for p, s in servers.items()):
                break
            await asyncio.sleep(0.05)
        stop.set()
        await runner
        await pump.drain()
        print(f"push lag: {sales} counter sales, 6 platforms, relay every 50 ms, in-process pushes")
        every: list[float] = []
        for p, server in servers.items():
            pushes = server.app.ctx.state.pushes_for("100000001" if p == "jd" else "5001:6001")
            lags = []
            for at, qty in marks:
                arrival = next((x.at for x in pushes if x.at >= at and x.qty <= qty), None)
                if arrival is not None:
                    lags.append((arrival - at) * 1000)
            every += lags
            print(f"  {p:<12} pushes {len(pushes):4d}   lag p50 {pct(lags, 50):6.1f} ms   p99 {pct(lags, 99):6.1f} ms"
                  f"   final {server.app.ctx.state.stock_of('100000001' if p == 'jd' else '5001:6001')}")
        print(f"  all platforms  lag p50 {pct(every, 50):6.1f} ms   p99 {pct(every, 99):6.1f} ms   "
              f"mean {statistics.mean(every):6.1f} ms")
    finally:
        for server in servers.values():
            server.stop()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--sales", type=int, default=200)
    args = parser.parse_args()

    from tortoise import Tortoise

    from backend.cache import configure_redis
    from backend.db import tortoise_config
    from backend.settings import Settings, use_settings

    pg = os.environ.get("CRADLE_BENCH_PG", DEFAULT_PG).strip()
    name = f"cradle_bench_{uuid.uuid4().hex[:8]}"
    admin = None
    if pg:
        import asyncpg

        admin = await asyncpg.connect(pg)
        await admin.execute(f'CREATE DATABASE "{name}"')
        url = urlunparse(urlparse(pg)._replace(path="/" + name))
    else:
        url = f"sqlite://{tempfile.mkdtemp()}/bench.sqlite3"
    settings = use_settings(Settings(db_url=url, redis_url=os.environ.get("CRADLE_BENCH_REDIS") or None))
    try:
        await Tortoise.init(config=tortoise_config(url, with_aerich=False, pool_max=args.concurrency + 4))
        await Tortoise.generate_schemas()
        configure_redis(settings, prefix=f"cradle-bench-{name}:")
        print(f"database: {'PostgreSQL' if pg else 'SQLite'}")
        await outbox_cost(args.changes, args.concurrency)
        await push_lag(args.sales)
    finally:
        await Tortoise.close_connections()
        if admin is not None:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
