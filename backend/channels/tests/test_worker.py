"""A real Celery worker (with its embedded beat) against the machine's broker, SIGKILLed in the middle of a push:
after a restart every channel converges on the right quantity, because the work lives in the database (outbox,
push-state sequences) and messages are acknowledged late. The restarted worker's beat also pushes the shipment of a
platform order to the platform.

Runs when CRADLE_TEST_REDIS is set (Redis broker; plus RabbitMQ when CRADLE_TEST_AMQP is set too). Each session
uses a private queue name and Redis key prefix, and the session's private database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from backend.cache import key
from backend.channels.config import reset_config
from backend.channels.ingestion import pull
from backend.channels.models import PushState, PushStatus
from backend.channels.publish_quantity import quantity_for
from backend.channels.sync import set_dispatcher
from backend.orders import fulfilment
from backend.orders.models import Order
from backend.settings import ROOT, Settings
from tests.fixtures import RUN_ID, TEST_REDIS

from .sync_helpers import World, build_world, wait_for

TEST_AMQP = os.environ.get("CRADLE_TEST_AMQP", "").strip()
BROKERS = [b for b, url in (("redis", TEST_REDIS), ("amqp", TEST_AMQP and TEST_REDIS)) if url]

pytestmark = pytest.mark.skipif(not BROKERS, reason="no broker: set CRADLE_TEST_REDIS (and CRADLE_TEST_AMQP)")


class Worker:
    """`celery -A backend.tasks.worker worker -B` in its own process group."""

    def __init__(self, broker: str, settings: Settings, tmp: Path) -> None:
        self.tmp = tmp
        self.queue = f"cradle-test-{RUN_ID}-{broker}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CRADLE_")}
        self.env.update({
            "CRADLE_DB_URL": settings.db_url,
            "CRADLE_REDIS_URL": TEST_REDIS,
            "CRADLE_REDIS_PREFIX": key(""),
            "CRADLE_BROKER_URL": TEST_REDIS if broker == "redis" else TEST_AMQP,
            "CRADLE_CELERY_QUEUE": self.queue,
            "CRADLE_CELERY_PREFIX": key("celery", ""),
            "CRADLE_CELERY_VISIBILITY_TIMEOUT": "3",
            "CRADLE_CHANNEL_RELAY_INTERVAL_S": "0.2",
            "CRADLE_CHANNEL_REQUEUE_AFTER_S": "2",
            "CRADLE_CHANNEL_LOCK_TTL_S": "2",
            "CRADLE_CHANNEL_BACKOFF_BASE_S": "0.1",
            "CRADLE_CHANNEL_PUSH_TIMEOUT_S": "10",
            "CRADLE_CHANNEL_RATE_PER_S": "1000",
            "CRADLE_CHANNEL_BURST": "1000",
            "CRADLE_CHANNEL_PULL_INTERVAL_S": "3600",
            "CRADLE_CHANNEL_RECONCILE_INTERVAL_S": "3600",
            "CRADLE_JWT_SECRET": "test-secret",
        })
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        log = open(self.tmp / f"worker-{self.starts}.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "backend.tasks.worker", "worker", "-B",
             "-s", str(self.tmp / "beat-schedule"), "-Q", self.queue, "-c", "2", "-P", "prefork",
             "-n", f"{self.queue}-{self.starts}@localhost", "--without-gossip", "--without-mingle",
             "--without-heartbeat", "-l", "info"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        log.close()

    def kill(self) -> None:
        """SIGKILL the whole group: the main process, its pool children and the embedded beat."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        self.kill()  # nothing to keep: the test has checked everything it needs

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in sorted(self.tmp.glob("worker-*.log")))


@pytest.fixture(params=BROKERS)
def worker(request: pytest.FixtureRequest, settings: Settings, tmp_path: Path) -> Iterator[Worker]:
    w = Worker(request.param, settings, tmp_path)
    yield w
    w.stop()


@pytest.fixture
async def world(db: None, all_fakes) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await build_world(all_fakes)
    set_dispatcher(None)
    yield w
    for fake in w.fakes.values():
        fake.recover()
        fake.timeout_delay = 0.6
    reset_config()


async def test_worker_killed_mid_push_loses_nothing(world: World, worker: Worker) -> None:
    worker.start()
    assert await wait_for(lambda: all(v == 20 for v in world.shown().values()), 30), worker.logs()

    taobao = world.fakes["taobao"]
    taobao.timeout_delay = 6.0
    taobao.fail_next(1, "timeout")  # the platform takes the update, then answers 6 s later
    await world.sell_at_counter(3)
    assert await wait_for(lambda: any(c.outcome == "injected:timeout" for c in taobao.calls), 15), worker.logs()
    started = time.monotonic()
    worker.kill()  # mid-push: the worker is waiting for Taobao's answer

    await world.sell_at_counter(2)  # stock keeps moving while no worker runs
    await world.sell_at_counter(1)
    worker.start()
    converged = await wait_for(lambda: all(v == 14 for v in world.shown().values()), 30, step=0.05)
    assert converged, (world.shown(), worker.logs())
    print(f"\nconverged on every channel {time.monotonic() - started:.2f}s after SIGKILL")
    if os.environ.get("CRADLE_TEST_WORKER_LOGS"):
        print(worker.logs())
    for platform, account in world.accounts.items():
        assert await quantity_for(world.sku.id, account) == 14
        assert world.fakes[platform].pushes_for(world.psid(platform))[-1].qty == 14  # the last word is right
    # the push states settle as OK once the re-sent work has run
    for _ in range(100):
        states = await PushState.filter(sku_id=world.sku.id)
        if all(s.status == PushStatus.OK and s.pushed_qty == 14 for s in states):
            break
        await wait_for(lambda: False, 0.1)
    assert all(s.status == PushStatus.OK and s.pushed_qty == 14 for s in states), [
        (s.account_id, s.status, s.pushed_qty, s.last_error) for s in states]

    # a platform order shipped here reaches the platform through the worker's beat job (channels.shipments)
    taobao.timeout_delay = 0.6
    placed = taobao.create_order([(world.psid("taobao"), 1, 9900)], status="paid")
    await pull(world.accounts["taobao"])
    async with in_transaction() as conn:
        order = await Order.get(channel="taobao", external_id=placed.order_id).using_db(conn)
        await fulfilment.ship(order, conn=conn, carrier="顺丰速运", tracking_no="SFW0001")
    assert await wait_for(lambda: [(s.order_id, s.carrier_code, s.tracking_no) for s in taobao.shipments] == [
        (placed.order_id, "SF", "SFW0001")], 15), worker.logs()
