"""The in-process push runner: what the Celery push task does, as asyncio tasks in the running event loop.

Used when Celery runs eagerly (no CRADLE_BROKER_URL: ``make run``), by tests that are not about the real worker
and by benchmarks: ``submit(work)`` starts the pushes at once, retries after each Outcome's delay, and
``drain()`` waits until nothing is left in flight. The database state is the same as with real workers, so
anything left behind (process stopped mid-retry) is picked up by the next relay pass.
"""

from __future__ import annotations

import asyncio
import logging

from backend.channels import stock_push

log = logging.getLogger("cradle.channels")


class InProcessPump:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self.outcomes: list[tuple[stock_push.PushWork, stock_push.Outcome]] = []

    def submit(self, work: list[stock_push.PushWork]) -> None:
        for item in work:
            self._start(item, 0.0)

    def _start(self, item: stock_push.PushWork, delay: float) -> None:
        task = asyncio.get_running_loop().create_task(self._run(item, delay))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, item: stock_push.PushWork, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            outcome = await stock_push.push(item.account_id, item.sku_id, item.seq)
        except Exception:  # the database went away: the relay's overdue sweep re-sends it
            log.exception("in-process push %s failed", item)
            return
        self.outcomes.append((item, outcome))
        if outcome.again:
            self._start(item, outcome.retry_after or 0.0)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def drain(self, within_s: float = 30.0) -> None:
        """Wait until every push (and its retries) has finished."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within_s
        while self._tasks:
            if loop.time() > deadline:
                raise TimeoutError(f"{len(self._tasks)} pushes still running after {within_s}s")
            await asyncio.wait(set(self._tasks), timeout=max(0.01, deadline - loop.time()))

    async def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


_pump: InProcessPump | None = None


def default_pump() -> InProcessPump:
    global _pump
    if _pump is None:
        _pump = InProcessPump()
    return _pump
