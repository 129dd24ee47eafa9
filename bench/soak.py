"""Soak: mixed traffic against two Cradle nodes for a while, then the database checked against every answer.

    .venv/bin/python -m bench.soak [--minutes 10] [--rate 40]      (make soak; SOAK_MINUTES=2 make soak)

Starts the two-node cluster of tests/cluster/harness.py (private PostgreSQL, Redis and RabbitMQ servers, two API
servers, two Celery workers and a beat, the small demo) and sends, at --rate requests per second spread over
both nodes: stock lookups (50%), POS cash sales (20%), shoppers' mini-program carts placed for pickup and half of
them cancelled (15%), marketplace orders pushed by the Taobao fake as signed webhooks (10%) and WeCom bot messages
"查库存 奶粉" as encrypted callbacks (5%). A sale refused for lack of stock (409) is expected and counted apart;
anything else that is not 2xx is an error.

Prints: memory (RSS, MiB) of every API and Celery process at start and end, p50/p99 and errors per minute, the
answers per kind, and the row-count check: orders in the database per channel against the 201s given, stock rows
against the movement journal (drifts), the ledger balanced, channel pushes caught up. A leak or a drift shows as a
number. Exit status 1 when any check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.cluster.harness import Cluster, member_token, staff_token  # noqa: E402
from tests.cluster.services import PrivatePostgres, PrivateRabbit, PrivateRedis, have  # noqa: E402

MIX = [("lookup", 50), ("pos", 20), ("cart", 15), ("webhook", 10), ("bot", 5)]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def group_rss(leader: int) -> list[float]:
    """RSS of every process in the process group led by `leader` (a node's main process and its workers)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if os.getpgid(int(d.name)) == leader:
                    out.append(round(rss_mib(int(d.name)), 1))
            except (ProcessLookupError, PermissionError):
                continue
    return sorted(out)


def memory(c: Cluster) -> dict[str, list[float]]:
    mem = {f"api-{name}": group_rss(n.proc.pid) for name, n in zip("ab", c.nodes, strict=True) if n.proc}
    for i, p in enumerate(c.celery):
        mem[["worker-1", "worker-2", "beat"][i]] = group_rss(p.pid)
    return mem


@dataclass
class Tally:
    started: float = field(default_factory=time.monotonic)
    latencies: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    answers: Counter[tuple[str, int]] = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    units_sold: int = 0
    pos_orders: int = 0
    webhook_orders: set[str] = field(default_factory=set)  # created at the Taobao fake
    webhook_pending: set[str] = field(default_factory=set)  # not yet answered 2xx: the platform sends again
    webhooks_unacknowledged: int = 0

    def add(self, kind: str, status: int, seconds: float, body: str = "") -> None:
        minute = int((time.monotonic() - self.started) // 60)
        self.latencies[minute].append(seconds)
        self.answers[(kind, status)] += 1
        # Expected refusals: out of stock (409) at the counter or in a cart; a webhook the server could not take
        # in time (503) is sent again by the platform and counted in the row check.
        expected = 200 <= status < 300 or (kind in ("pos", "cart") and status == 409) or \
            (kind == "webhook" and status == 503)
        if not expected:
            self.errors[minute] += 1
            if len(self.error_samples) < 5:
                self.error_samples.append(f"{kind} {status} {body[:200]}")


class Traffic:
    def __init__(self, c: Cluster, tally: Tally) -> None:
        self.c, self.t = c, tally
        q = c.query
        clerk_id = c.scalar("SELECT id FROM users WHERE username = 'clerk1'")
        self.clerk = {"Authorization": f"Bearer {staff_token(clerk_id, 'clerk')}"}
        self.store = "ST-001"
        self.skus = [r[0] for r in q("""SELECT k.code FROM skus k JOIN stocks s ON s.sku_id = k.id
            JOIN locations l ON l.id = s.location_id WHERE l.code = 'ST-001' GROUP BY k.code
            HAVING SUM(s.on_hand - s.reserved) > 0 ORDER BY k.code""")]
        self.prices = {r[0]: int(r[1]) for r in q("SELECT code, price_fen FROM skus")}
        self.members = [int(r[0]) for r in q("SELECT id FROM members ORDER BY id")]
        self.listed = [(r[0], int(r[1])) for r in q("""SELECT m.platform_sku_id, k.price_fen FROM channel_sku_mappings m
            JOIN channel_accounts a ON a.id = m.account_id JOIN skus k ON k.id = m.sku_id
            WHERE a.platform = 'taobao' AND m.is_active""")]
        self.clients = [httpx.AsyncClient(base_url=b, timeout=30) for b in c.bases]

    async def close(self) -> None:
        for client in self.clients:
            await client.aclose()

    def http(self) -> httpx.AsyncClient:
        return random.choice(self.clients)

    async def one(self, kind: str) -> None:
        t0 = time.perf_counter()
        try:
            status, body = await getattr(self, kind)()
        except (httpx.HTTPError, OSError) as exc:
            status, body = 0, repr(exc)
        self.t.add(kind, status, time.perf_counter() - t0, body)

    async def lookup(self) -> tuple[int, str]:
        r = await self.http().get("/api/v1/stock", params={"sku_code": random.choice(self.skus)}, headers=self.clerk)
        return r.status_code, r.text

    async def pos(self) -> tuple[int, str]:
        """The counter: scan (the server prices the sale, promotions included), then take the cash it asks."""
        sku = random.choice(self.skus)
        http = self.http()
        r = await http.post("/api/v1/orders", headers={**self.clerk, "Idempotency-Key": uuid.uuid4().hex},
                            json={"channel": "pos", "location_code": self.store, "items": [{"sku_code": sku, "qty": 1}]})
        if r.status_code != 201:
            return r.status_code, r.text
        self.t.pos_orders += 1
        order = r.json()["order"]
        paid = await http.post(f"/api/v1/orders/{order['id']}/pay", headers=self.clerk,
                               json={"method": "cash", "amount_fen": order["total_fen"]})
        if paid.status_code in (200, 201):
            self.t.units_sold += 1
        return paid.status_code, paid.text

    async def cart(self) -> tuple[int, str]:
        member = {"Authorization": f"Bearer {member_token(random.choice(self.members))}"}
        http = self.http()
        r = await http.post("/api/v1/orders", headers={**member, "Idempotency-Key": uuid.uuid4().hex},
                            json={"channel": "miniprogram", "location_code": self.store, "pickup": True,
                                  "items": [{"sku_code": random.choice(self.skus), "qty": 1}]})
        if r.status_code == 201 and random.random() < 0.5:
            oid = r.json()["order"]["id"]
            cancel = await http.post(f"/api/v1/orders/{oid}/cancel", headers=member, json={"reason": "不想要了"})
            return cancel.status_code, cancel.text
        return r.status_code, r.text

    async def webhook(self) -> tuple[int, str]:
        psid, price = random.choice(self.listed)
        a = self.clients[0]  # node A hosts the platform fakes
        r = await a.post("/_fakes/taobao/_fake/orders", json={"items": [[psid, 1, price]], "status": "paid"})
        if r.status_code != 201:
            return r.status_code, r.text
        order_id = r.json()["order_id"]
        self.t.webhook_orders.add(order_id)
        return await self.deliver(order_id)

    async def deliver(self, order_id: str) -> tuple[int, str]:
        target = random.choice(self.c.bases) + "/api/v1/channels/taobao/webhook"
        r = await self.clients[0].post("/_fakes/taobao/_fake/webhook", json={"url": target, "order_id": order_id})
        delivered = r.json() if r.status_code == 200 else {"status": r.status_code, "body": r.text}
        status = int(delivered["status"])
        if 200 <= status < 300:
            self.t.webhook_pending.discard(order_id)
        else:
            self.t.webhook_pending.add(order_id)
        return status, str(delivered.get("body", ""))

    async def redeliver(self) -> int:
        """What a platform does with an unanswered webhook: send it again until it is acknowledged."""
        for _ in range(10):
            if not self.t.webhook_pending:
                break
            for order_id in sorted(self.t.webhook_pending):
                await self.deliver(order_id)
        return len(self.t.webhook_pending)

    async def bot(self) -> tuple[int, str]:
        from fakes.wecom import WeComFakeConfig, build_callback, text_message_xml

        cfg = WeComFakeConfig()
        cb = build_callback(cfg, text_message_xml(cfg, "clerk1", "查库存 奶粉"))
        r = await self.http().post(f"/bots/wecom/callback?{cb.query}", content=cb.body)
        return r.status_code, r.text


async def drive(c: Cluster, minutes: float, rate: float) -> Tally:
    tally = Tally()
    traffic = Traffic(c, tally)
    kinds = [k for k, w in MIX for _ in range(w)]
    end = time.monotonic() + minutes * 60
    tasks: set[asyncio.Task[None]] = set()
    interval = 1.0 / rate
    next_at = time.monotonic()
    last_report = -1
    try:
        while time.monotonic() < end:
            task = asyncio.create_task(traffic.one(random.choice(kinds)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            next_at += interval
            minute = int((time.monotonic() - tally.started) // 60)
            if minute != last_report and minute > 0:
                last_report = minute
                lat = tally.latencies[minute - 1]
                print(f"  minute {minute}: {len(lat)} requests, p50 {pct(lat, 50) * 1000:.0f} ms, "
                      f"p99 {pct(lat, 99) * 1000:.0f} ms, errors {tally.errors[minute - 1]}", flush=True)
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        await asyncio.gather(*tasks, return_exceptions=True)
        tally.webhooks_unacknowledged = await traffic.redeliver()
    finally:
        await traffic.close()
    return tally


def check(c: Cluster, tally: Tally, orders_before: dict[str, int]) -> list[str]:
    problems: list[str] = []
    created = {ch: int(n) - orders_before.get(ch, 0) for ch, n in c.query(
        "SELECT channel, COUNT(*) FROM orders GROUP BY channel")}
    if created.get("pos", 0) != tally.pos_orders:
        problems.append(f"POS orders in the database {created.get('pos', 0)} != 201 answers {tally.pos_orders}")
    paid = c.scalar("SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_payments p ON p.order_id = o.id "
                    f"WHERE o.channel = 'pos' AND o.id > {orders_before.get('_max_id', 0)}")
    if paid != tally.units_sold:
        problems.append(f"paid POS orders {paid} != payments answered {tally.units_sold}")
    carts = tally.answers[("cart", 201)] + tally.answers[("cart", 200)]  # 200: the cancel's answer
    if created.get("miniprogram", 0) != carts:
        problems.append(f"mini-program orders {created.get('miniprogram', 0)} != carts answered {carts}")
    if created.get("taobao", 0) != len(tally.webhook_orders):
        problems.append(f"Taobao orders {created.get('taobao', 0)} != orders the platform sent "
                        f"{len(tally.webhook_orders)}")
    if tally.webhooks_unacknowledged:
        problems.append(f"{tally.webhooks_unacknowledged} webhooks never acknowledged after 10 deliveries")
    drifts = c.scalar("""SELECT COUNT(*) FROM (SELECT s.sku_id, s.location_id, SUM(s.on_hand) AS oh,
        SUM(s.reserved) AS rs FROM stocks s GROUP BY s.sku_id, s.location_id) s
        LEFT JOIN (SELECT sku_id, location_id, SUM(on_hand_delta) AS oh, SUM(reserved_delta) AS rs
        FROM stock_movements GROUP BY sku_id, location_id) m ON m.sku_id = s.sku_id AND m.location_id = s.location_id
        WHERE s.oh <> COALESCE(m.oh, 0) OR s.rs <> COALESCE(m.rs, 0)""")
    if drifts:
        problems.append(f"{drifts} stock rows disagree with the movement journal")
    negative = c.scalar("SELECT COUNT(*) FROM stocks WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand")
    if negative:
        problems.append(f"{negative} stock rows negative or over-reserved")
    unbalanced = c.scalar("""SELECT COUNT(*) FROM (SELECT entry_id FROM journal_lines GROUP BY entry_id
        HAVING SUM(debit_fen) <> SUM(credit_fen)) x""")
    if unbalanced:
        problems.append(f"{unbalanced} ledger entries unbalanced")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", "10")))
    ap.add_argument("--rate", type=float, default=40.0, help="requests per second over both nodes")
    args = ap.parse_args()
    if not have("redis-server") or not Path("/usr/lib/postgresql").exists():
        print("soak: needs PostgreSQL's and Redis's server binaries", file=sys.stderr)
        return 2
    logs = ROOT / "var" / "soak"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir(parents=True)
    services = Path(tempfile.mkdtemp(prefix="cradle-soak-"))
    services.chmod(0o755)
    c = Cluster(root=logs, pg=PrivatePostgres(services / "pg"), redis=PrivateRedis(services / "redis"),
                rabbit=PrivateRabbit(services / "rabbit") if have("rabbitmq-server") else None)
    try:
        print("soak: starting two nodes, two Celery workers and a beat ...", flush=True)
        c.start()
        orders_before = {ch: int(n) for ch, n in c.query("SELECT channel, COUNT(*) FROM orders GROUP BY channel")}
        orders_before["_max_id"] = c.scalar("SELECT COALESCE(MAX(id), 0) FROM orders")
        deadline = time.monotonic() + 60  # the Celery pools fork their children after start-up
        while time.monotonic() < deadline and any(len(v) < 3 for k, v in memory(c).items() if k.startswith("worker")):
            time.sleep(0.5)
        mem0 = memory(c)
        print(f"soak: {args.minutes:g} min at {args.rate:g} req/s over {', '.join(c.bases)}", flush=True)
        tally = asyncio.run(drive(c, args.minutes, args.rate))
        t0 = time.monotonic()
        behind_sql = ("SELECT (SELECT COUNT(*) FROM channel_outbox) + "
                      "(SELECT COUNT(*) FROM channel_push_states WHERE pushed_seq < desired_seq)")
        while c.scalar(behind_sql) and time.monotonic() - t0 < 180:
            time.sleep(0.5)
        behind = c.scalar(behind_sql)
        mem1 = memory(c)
        problems = check(c, tally, orders_before)
        if behind:
            problems.append(f"{behind} channel stock changes still unpushed 180 s after the traffic stopped")
        total = sum(tally.answers.values())
        errors = sum(tally.errors.values())
        print("\nsoak: per minute")
        for minute in sorted(tally.latencies):
            lat = tally.latencies[minute]
            print(f"  {minute + 1:>3}  {len(lat):>6} req  p50 {pct(lat, 50) * 1000:>6.0f} ms  "
                  f"p99 {pct(lat, 99) * 1000:>6.0f} ms  errors {tally.errors[minute]}")
        print("soak: answers " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(tally.answers.items())))
        print(f"soak: {total} requests, {errors} errors, expected 409 (out of stock): "
              f"{tally.answers[('pos', 409)] + tally.answers[('cart', 409)]}")
        print("soak: memory (RSS MiB per process) start -> end")
        for name in mem0:
            print(f"  {name:<9} {mem0[name]} -> {mem1.get(name)}")
        ledger = c.query("SELECT COALESCE(SUM(debit_fen),0), COUNT(DISTINCT entry_id) FROM journal_lines")[0]
        print(f"soak: POS units sold {tally.units_sold}; ledger {ledger[0]} fen over {ledger[1]} entries, balanced: "
              f"{'yes' if not any('ledger' in p for p in problems) else 'NO'}; pushes behind: {behind}")
        for p in problems:
            print(f"soak: CHECK FAILED: {p}")
        for s in tally.error_samples:
            print(f"soak: error sample: {s}")
        print(f"soak: {'OK' if not problems and not errors else 'FAILED'} (logs in {logs})")
        return 0 if not problems and not errors else 1
    finally:
        c.stop()
        shutil.rmtree(services, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
