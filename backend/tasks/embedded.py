"""The periodic jobs inside the web app when there is no broker (``make run``): Celery is eager there, so the
app's own event loop runs backend.tasks.schedule's jobs on their intervals and pushes in-process."""

from __future__ import annotations

import asyncio
import logging

from sanic import Sanic

from backend.channels.pump import default_pump
from backend.messaging.notifications import cancel_kicks
from backend.orders.refunds import cancel_kicks as cancel_refund_kicks
from backend.tasks.schedule import Job, jobs

log = logging.getLogger("cradle.tasks")


async def _every(job: Job) -> None:
    function = job.function()
    while True:
        try:
            await function()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("periodic job %s failed", job.name)
        await asyncio.sleep(job.interval_s)


async def start(app: Sanic) -> None:
    if app.ctx.settings.broker_url:
        return  # celery beat and workers do it
    app.ctx.embedded_jobs = [asyncio.get_running_loop().create_task(_every(j), name=f"job:{j.name}")
                             for j in jobs()]


async def stop(app: Sanic) -> None:
    tasks = getattr(app.ctx, "embedded_jobs", [])
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await default_pump().cancel()
    await cancel_kicks()
    await cancel_refund_kicks()
