"""Live burst: N buyers racing for the units of one live session over HTTP against the real server.

    .venv/bin/python -m bench.live_burst --db postgres://postgres@127.0.0.1:5432/cradle_bench_live \\
        --redis redis://127.0.0.1:6379/0 [--workers 2 --buyers 10000 --units 500 --concurrency 64]

Creates the database named in --db (it must not exist), builds the schema, a store with stock, a live seller,
a clerk and --buyers shopper members; starts six fake platforms (fakes.platforms) listing the SKU and points
channel accounts at them; starts the real server (`python -m backend.manage serve --workers N`, embedded periodic
jobs: the channel relay pushes in-process, no broker) on a free port with a private Redis key prefix; creates and
starts a session with --units set aside, then fires every buyer at once (one HTTP request each, own token, own
Idempotency-Key) while a till in the store sells the same SKU every 50 ms through POST /api/v1/orders.

Prints: orders taken (must be exactly --units) and refused, database checks (orders, session line, reservations,
stock), orders/s, request latency p50/p99, and channel push lag p50/p99: for each counter sale (and the session
start setting the units aside), the time from its committed answer until each fake platform shows a quantity at
or below the one after it. Stops the server and the fakes, deletes its Redis keys and drops the database.

`async def run(**opts) -> dict` is the entry point for the `make bench` table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

JWT_SECRET = "bench-live-secret"
PROTECTED = {"test", "postgres", "template0", "template1"}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _with_db(url: str, name: str) -> str:
    return urlunparse(urlparse(url)._replace(path="/" + name))


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(_with_db(url, "postgres"))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


class RawHTTP:
    """A minimal keep-alive HTTP/1.1 client for the burst: httpx costs several ms of CPU per request, which on a
    small machine measures the client rather than the server. One connection per in-flight request slot."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        conn = self.idle.pop() if self.idle else await asyncio.open_connection(self.host, self.port)
        reader, writer = conn
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {len(body)}\r\n{head}\r\n".encode() + body)
        await writer.drain()
        status_line = await reader.readline()
        status = int(status_line.split()[1])
        length, close = 0, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        data = await reader.readexactly(length) if length else b""
        if close:
            writer.close()
        else:
            self.idle.append(conn)
        return status, data

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


def _platform_sku(platform: str) -> str:
    return "100000001" if platform == "jd" else "5001:6001"


async def _setup(buyers: int, units: int, stock: int) -> dict[str, Any]:
    from tortoise.transactions import in_transaction

    from backend.catalog.models import Brand, Category, Product, Sku
    from backend.members.models import Member
    from backend.org.models import Location, LocationKind, Role, User, UserLocation
    from backend.security.passwords import hash_password
    from backend.security.sessions import start_member, start_staff
    from backend.stock.opening import open_stock

    store = await Location.create(code="BJ01", name="北京朝阳店", kind=LocationKind.STORE)
    cat = await Category.create(name="奶粉")
    brand = await Brand.create(name="爱他美")
    product = await Product.create(code="P-LIVE", name="爱他美卓萃3段 900g", brand=brand, category=cat)
    sku = await Sku.create(code="LIVE001", product=product, name="爱他美卓萃3段 900g", price_fen=36800,
                           barcode="6900000000001")
    async with in_transaction() as conn:
        await open_stock(sku_id=sku.id, location_id=store.id, qty=stock, unit_cost_fen=21000, batch_no="B1",
                         expiry_date=(datetime.now(UTC) + timedelta(days=365)).date(), conn=conn, source="bench")
    pw = hash_password("cradle123")
    seller = await User.create(username="live1", display_name="主播小美", password_hash=pw, role=Role.LIVE_SELLER)
    clerk = await User.create(username="clerk1", display_name="店员", password_hash=pw, role=Role.CLERK)
    for u in (seller, clerk):
        await UserLocation.create(user=u, location=store)
    codes = [f"B{i:09d}" for i in range(buyers)]
    await Member.bulk_create([Member(member_code=c, nickname=f"观众{i}") for i, c in enumerate(codes)],
                             batch_size=2000)
    ids = await Member.filter(member_code__in=codes).values_list("id", flat=True)
    return {
        "store": store, "sku": sku,
        "seller_token": (await start_staff(seller, method="password"))["access_token"],
        "clerk_token": (await start_staff(clerk, method="password"))["access_token"],
        "buyer_tokens": [str((await start_member(int(i), method="wechat"))["access_token"]) for i in ids],
    }


async def _fake_platforms(sku_id: int) -> dict[str, Any] | None:
    """Six fake platforms listing the SKU, with channel accounts pointing at them (None: channels not built)."""
    try:
        from backend.channels.adapters import PLATFORMS
        from backend.channels.models import ChannelAccount, SkuMapping
        from fakes.platforms import DEMO_CREDENTIALS, PLATFORM_FAKES
        from fakes.server import FakeServer
    except ImportError:
        return None
    servers = {p: FakeServer(PLATFORM_FAKES[p]).start() for p in PLATFORMS}
    for p, server in servers.items():
        server.app.ctx.state.list_sku(_platform_sku(p), 0)
        account = await ChannelAccount.create(platform=p, base_url=server.base_url,
                                              **DEMO_CREDENTIALS[p].adapter_kwargs())
        await SkuMapping.create(account=account, sku_id=sku_id, platform_sku_id=_platform_sku(p))
    return servers


LOG = Path(tempfile.gettempdir()) / f"live_burst_server_{os.getpid()}.log"


def _start_server(db_url: str, redis_url: str, prefix: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    """The server logs to a file: a pipe nobody reads would fill up and stall it."""
    env = {**os.environ, "CRADLE_DB_URL": db_url, "CRADLE_REDIS_URL": redis_url, "CRADLE_REDIS_PREFIX": prefix,
           "CRADLE_PORT": str(port), "CRADLE_HOST": "127.0.0.1", "CRADLE_JWT_SECRET": JWT_SECRET,
           "CRADLE_FAKES": "0", "CRADLE_LOG_LEVEL": "WARNING"}
    env.pop("CRADLE_BROKER_URL", None)
    return subprocess.Popen([sys.executable, "-m", "backend.manage", "serve", "--workers", str(workers)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=LOG.open("wb"), start_new_session=True)


def _stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


async def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 60.0
    async with httpx.AsyncClient(base_url=base, timeout=2.0) as c:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                err = LOG.read_text(errors="replace")
                raise RuntimeError(f"server exited with {proc.returncode}: {err[-2000:]}")
            try:
                # Every worker up and warm: a round of concurrent requests all answered quickly.
                t = time.perf_counter()
                answers = await asyncio.gather(*(c.get("/api/v1/live/sessions") for _ in range(8)))
                if all(a.status_code == 401 for a in answers) and time.perf_counter() - t < 0.5:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("server did not become ready")


async def run(db: str, redis: str, workers: int = 2, buyers: int = 10000, units: int = 500, concurrency: int = 64,
              stock: int = 2000, till_every_s: float = 0.05, keep_db: bool = False, quiet: bool = False) -> dict[str, Any]:
    import httpx
    from tortoise import Tortoise

    from backend.cache import close_redis, configure_redis, get_redis
    from backend.db import tortoise_config
    from backend.settings import Settings, use_settings

    def say(*a: Any) -> None:
        if not quiet:
            print(*a, flush=True)

    name = (urlparse(db).path or "/").lstrip("/")
    if not name or name in PROTECTED or name.startswith("cradle_t_"):
        raise SystemExit(f"--db must name a fresh database of the bench's own (not {name!r})")
    db_url = db.replace("postgresql://", "postgres://")
    await _admin(db_url, f'CREATE DATABASE "{name}"')
    prefix = f"cradle-bench-{uuid.uuid4().hex[:8]}:"
    use_settings(Settings(db_url=db_url, redis_url=redis, jwt_secret=JWT_SECRET))
    configure_redis(Settings(db_url=db_url, redis_url=redis), prefix=prefix)
    proc: subprocess.Popen[bytes] | None = None
    servers: dict[str, Any] | None = None
    result: dict[str, Any] = {"buyers": buyers, "units": units, "workers": workers}
    try:
        await Tortoise.init(config=tortoise_config(db_url, with_aerich=False, pool_max=8))
        await Tortoise.generate_schemas()
        t = time.perf_counter()
        world = await _setup(buyers, units, stock)
        servers = await _fake_platforms(world["sku"].id)
        say(f"set-up: {buyers} buyers, stock {stock}, {len(servers or {})} fake platforms "
            f"({time.perf_counter() - t:.1f} s)")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = _start_server(db_url, redis, prefix, port, workers)
        await _wait_ready(base, proc)
        say(f"server: {base}, {workers} workers, Redis prefix {prefix}")

        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(base_url=base, timeout=60.0, limits=limits) as http:
            seller = {"Authorization": f"Bearer {world['seller_token']}"}
            now = datetime.now(UTC)
            r = await http.post("/api/v1/live/sessions", headers=seller, json={
                "title": "宝妈节直播专场", "location_code": world["store"].code, "starts_at": now.isoformat(),
                "ends_at": (now + timedelta(hours=1)).isoformat(),
                "items": [{"sku_code": world["sku"].code, "flash_price_fen": 19900, "qty": units}]})
            assert r.status_code == 201, r.text
            sid = r.json()["session"]["id"]
            r = await http.post(f"/api/v1/live/{sid}/start", headers=seller)
            assert r.status_code == 200, r.text
            marks: list[tuple[float, int]] = [(time.time(), stock - units)]  # (committed at, published qty after)
            left = stock - units

            stop = asyncio.Event()
            till_errors = 0

            async def till() -> None:
                nonlocal left, till_errors
                clerk = {"Authorization": f"Bearer {world['clerk_token']}"}
                while not stop.is_set():
                    resp = await http.post("/api/v1/orders", headers=clerk, json={
                        "channel": "pos", "location_code": world["store"].code,
                        "items": [{"sku_code": world["sku"].code, "qty": 1}],
                        "payments": [{"method": "cash", "amount_fen": 36800}]})
                    if resp.status_code == 201:
                        left -= 1
                        marks.append((time.time(), left))
                    else:
                        till_errors += 1
                    await asyncio.sleep(till_every_s)

            latencies: list[float] = []
            won_at: list[float] = []
            statuses: dict[str, int] = {}

            raw = RawHTTP("127.0.0.1", port)
            slots = asyncio.Semaphore(concurrency)
            body = json.dumps({"sku_code": world["sku"].code, "qty": 1}).encode()

            async def buyer(i: int, token: str) -> None:
                async with slots:
                    t0 = time.perf_counter()
                    status, data = await raw.post(f"/api/v1/live/{sid}/orders", body,
                                                  {"Authorization": f"Bearer {token}", "Idempotency-Key": f"b{i}"})
                    latencies.append(time.perf_counter() - t0)
                if status == 201:
                    won_at.append(time.perf_counter())
                code = str(status)
                if status == 409:
                    code += ":" + json.loads(data)["error"]["code"]
                statuses[code] = statuses.get(code, 0) + 1

            till_task = asyncio.create_task(till())
            t0 = time.perf_counter()
            await asyncio.gather(*(buyer(i, tok) for i, tok in enumerate(world["buyer_tokens"])))
            burst_s = time.perf_counter() - t0
            raw.close()
            stop.set()
            await till_task

            r = await http.get(f"/api/v1/live/{sid}/stats", headers=seller)
            live_stats = r.json()["stats"]

            # Channel push lag: wait (30 s at most) until every platform shows the final quantity.
            lags: list[float] = []
            per_platform: dict[str, dict[str, float]] = {}
            if servers:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline and not all(  # noqa: ASYNC110 - polling another thread's state
                        s.app.ctx.state.stock_of(_platform_sku(p)) == left for p, s in servers.items()):
                    await asyncio.sleep(0.05)
                for p, s in servers.items():
                    pushes = s.app.ctx.state.pushes_for(_platform_sku(p))
                    mine = []
                    for at, qty in marks:
                        arrival = next((x.at for x in pushes if x.at >= at and x.qty <= qty), None)
                        if arrival is not None:
                            mine.append((arrival - at) * 1000)
                    lags += mine
                    per_platform[p] = {"p50_ms": round(pct(mine, 50), 1), "p99_ms": round(pct(mine, 99), 1),
                                       "pushes": len(pushes), "final": s.app.ctx.state.stock_of(_platform_sku(p)),
                                       "measured": len(mine)}
            r = await http.post(f"/api/v1/live/{sid}/end", headers=seller)
            ended = r.json()

        checks = await _db_checks(sid, world, units, stock, len(marks) - 1)
        won = statuses.get("201", 0)
        result.update({
            "orders": won, "refused": statuses, "exactly_units": won == units and checks["ok"],
            "burst_s": round(burst_s, 2), "requests_per_s": round(buyers / burst_s, 1),
            "orders_per_s": round(won / burst_s, 1),
            "sold_out_after_s": round(max(won_at) - t0, 2) if won_at else None,
            "orders_per_s_until_sold_out": round(won / (max(won_at) - t0), 1) if won_at else None,
            "latency_p50_ms": round(pct(latencies, 50) * 1000, 1), "latency_p99_ms": round(pct(latencies, 99) * 1000, 1),
            "till_sales": len(marks) - 1, "till_errors": till_errors,
            "push_lag_p50_ms": round(pct(lags, 50), 1) if lags else None,
            "push_lag_p99_ms": round(pct(lags, 99), 1) if lags else None,
            "push_lag_by_platform": per_platform, "live_stats": {k: live_stats[k] for k in ("sold", "remaining",
                                                                                           "orders_total", "source")},
            "ended_returned": ended["stats"]["items"][0]["returned"], "db_checks": checks,
        })
        say(f"burst: {buyers} buyers for {units} units in {burst_s:.2f} s ({result['requests_per_s']} requests/s), "
            f"{concurrency} requests in flight (keep-alive connections)")
        say(f"  answers: {statuses}")
        say(f"  exactly {units} orders: {'YES' if result['exactly_units'] else 'NO'} "
            f"(201s {won}; database: {checks})")
        say(f"  sold out after {result['sold_out_after_s']} s: {result['orders_per_s_until_sold_out']} orders/s "
            f"until then ({result['orders_per_s']} over the whole burst)   "
            f"request latency p50 {result['latency_p50_ms']} ms  p99 {result['latency_p99_ms']} ms")
        say(f"  seller stats at the end of the burst: {result['live_stats']}")
        if servers:
            say(f"channel push lag ({len(marks) - 1} till sales during the burst + the session start; relay = the "
                f"server's embedded jobs): p50 {result['push_lag_p50_ms']} ms  p99 {result['push_lag_p99_ms']} ms")
            for p, v in per_platform.items():
                say(f"  {p:<12} {v}")
        else:
            say("channel push lag: not measured (backend.channels / fakes.platforms not available)")
        return result
    finally:
        if proc is not None:
            _stop_server(proc)
        for s in (servers or {}).values():
            s.stop()
        try:
            r = get_redis()
            async for k in r.scan_iter(match=prefix + "*", count=1000):
                await r.delete(k)
            await close_redis()
        except Exception:  # noqa: BLE001 - cleaning up; the figures are already out
            pass
        await Tortoise.close_connections()
        if not keep_db:
            await _admin(db_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _db_checks(sid: int, world: dict[str, Any], units: int, stock: int, till_sales: int) -> dict[str, Any]:
    from backend.live.models import LiveOrder, LiveSessionItem
    from backend.orders.models import Order
    from backend.stock.models import Reservation, ReservationStatus, Stock, StockMovement

    item = await LiveSessionItem.get(session_id=sid)
    live_orders = await LiveOrder.filter(session_id=sid).count()
    orders = await Order.filter(channel="live").count()
    held = sum(r.qty for r in await Reservation.filter(ref_type="order", status=ReservationStatus.ACTIVE))
    rows = await Stock.filter(sku_id=world["sku"].id)
    on_hand, reserved = sum(r.on_hand for r in rows), sum(r.reserved for r in rows)
    moves = await StockMovement.filter(sku_id=world["sku"].id)
    journal_ok = sum(m.on_hand_delta for m in moves) == on_hand and sum(m.reserved_delta for m in moves) == reserved
    ok = (live_orders == orders == item.sold == units and held == units and reserved == units
          and on_hand == stock - till_sales and journal_ok)
    return {"ok": ok, "live_orders": live_orders, "orders": orders, "line_sold": item.sold, "held": held,
            "on_hand": on_hand, "reserved": reserved, "journal_ok": journal_ok}


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.live_burst")
    p.add_argument("--db", required=True, help="postgres://.../<a fresh database name> (created and dropped)")
    p.add_argument("--redis", required=True)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--buyers", type=int, default=10000)
    p.add_argument("--units", type=int, default=500)
    p.add_argument("--concurrency", type=int, default=64, help="requests in flight (keep-alive connections)")
    p.add_argument("--stock", type=int, default=2000)
    p.add_argument("--keep-db", action="store_true")
    a = p.parse_args()
    res = asyncio.run(run(db=a.db, redis=a.redis, workers=a.workers, buyers=a.buyers, units=a.units,
                          concurrency=a.concurrency, stock=a.stock, keep_db=a.keep_db))
    sys.exit(0 if res["exactly_units"] else 1)


if __name__ == "__main__":
    main()
