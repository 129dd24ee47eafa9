"""Celery tasks of channel sync: pushing one (channel, sku). The periodic ones (relay, pull, reconciliation)
run through backend.tasks.periodic."""

from __future__ import annotations

from typing import Any

from backend.channels import pump, stock_push
from backend.tasks.celery_app import app
from backend.tasks.runtime import run


@app.task(bind=True, name="cradle.channels.push_stock", acks_late=True, max_retries=None)
def push_stock(self: Any, account_id: int, sku_id: int, seq: int) -> str:
    outcome = run(stock_push.push(account_id, sku_id, seq))
    if outcome.again:
        raise self.retry(countdown=outcome.retry_after or 0, max_retries=None)
    return outcome.status


def dispatch_push(work: list[stock_push.PushWork]) -> None:
    """Hand push work to Celery; without a broker, to the in-process pump of the running event loop."""
    if app.conf.task_always_eager:
        pump.default_pump().submit(work)
        return
    for item in work:
        push_stock.apply_async(args=(item.account_id, item.sku_id, item.seq))
