"""Group commit per key inside one worker: placements of one hot SKU ride in one transaction.

As AliSQL's Inventory Hint queues updates of one row by key: the first request for a key while another one is in
flight becomes the leader; requests arriving while it gathers (a short window) or while its batch runs queue
behind it and form the next batch. The leader runs the batch function once for all of them and hands each its
own outcome. The batch runs in a task of its own, so a request that goes away does not cancel the others.

Nothing here knows about orders: backend.orders.placement supplies the key, the jobs and the batch function.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")


class Groups(Generic[J, R]):
    """`run_batch(key, jobs)` answers one outcome per job, in order; if it raises, every job gets the error."""

    def __init__(self, run_batch: Callable[[Hashable, list[J]], Awaitable[list[R]]]) -> None:
        self._run_batch = run_batch
        self._busy: dict[Hashable, int] = {}
        self._queues: dict[Hashable, list[tuple[J, asyncio.Future[R]]]] = {}
        self._leading: set[Hashable] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.batches = 0  # batches run and jobs they carried (for tests and the bench's report)
        self.jobs = 0

    def hot(self, key: Hashable) -> bool:
        """Another placement of this key is in flight in this worker (plain or grouped)."""
        return self._busy.get(key, 0) > 0 or key in self._leading

    @contextmanager
    def busy(self, key: Hashable | None) -> Iterator[None]:
        """Mark a plain placement of `key` in flight, so the next one for the key joins a group."""
        if key is None:
            yield
            return
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            yield
        finally:
            left = self._busy[key] - 1
            if left:
                self._busy[key] = left
            else:
                del self._busy[key]

    async def submit(self, key: Hashable, job: J, *, window_s: float, max_batch: int) -> R:
        fut: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._queues.setdefault(key, []).append((job, fut))
        if key not in self._leading:
            self._leading.add(key)
            task = asyncio.create_task(self._lead(key, window_s, max_batch))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(fut)

    async def _lead(self, key: Hashable, window_s: float, max_batch: int) -> None:
        try:
            queue = self._queues[key]
            while queue:
                if window_s > 0 and len(queue) < max_batch:
                    await asyncio.sleep(window_s)  # let the followers of the same millisecond join
                batch, queue[:] = queue[:max_batch], queue[max_batch:]
                try:
                    outcomes = await self._run_batch(key, [job for job, _ in batch])
                except BaseException as exc:  # noqa: BLE001 - every follower must hear of it, then it propagates
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_exception(exc)
                    if not isinstance(exc, Exception):
                        raise
                    continue
                self.batches += 1
                self.jobs += len(batch)
                for (_, fut), outcome in zip(batch, outcomes, strict=True):
                    if not fut.done():
                        fut.set_result(outcome)
        finally:
            self._leading.discard(key)
            for _, fut in self._queues.pop(key, []):  # only when the leader itself was cancelled
                if not fut.done():
                    fut.set_exception(RuntimeError("group commit leader stopped"))
