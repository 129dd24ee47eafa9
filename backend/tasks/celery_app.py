"""The Celery app that domains define and kick their tasks with. Workers and beat start from its composed form,
``celery -A backend.tasks.worker worker`` / ``... beat`` (backend.wiring.compose_worker adds the task modules, the
beat schedule and the worker's start and stop).

Broker from CRADLE_BROKER_URL (``redis://...`` or ``amqp://...``). Unset, tasks run eagerly in the calling
process (``make run``'s embedded default; the web app then runs the periodic jobs itself, see
backend.tasks.embedded). Tasks are acknowledged late and rejected back to the queue when their worker dies, so
a SIGKILLed worker's message runs again on the next worker; the work itself is idempotent (outbox/push-state
sequence numbers in the database), and the relay re-sends work that is overdue, so nothing depends on the
broker keeping a message.

Environment: CRADLE_CELERY_QUEUE (default "cradle"), CRADLE_CELERY_PREFIX (Redis broker key prefix),
CRADLE_CELERY_VISIBILITY_TIMEOUT (Redis broker: seconds before an unacknowledged message is redelivered).
"""

from __future__ import annotations

import os

from celery import Celery

from backend.observability import celery_hooks
from backend.timestamps import CHINA

BROKER_URL = os.environ.get("CRADLE_BROKER_URL") or None
QUEUE = os.environ.get("CRADLE_CELERY_QUEUE") or "cradle"
PERIODIC_TASK = "cradle.periodic"  # runs one job of backend.tasks.schedule by name (backend.tasks.periodic)

app = Celery("cradle")
celery_hooks.install()  # the request id into tasks, JSON logs in the worker
app.conf.update(
    task_default_queue=QUEUE,
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    task_serializer="json",
    accept_content=["json"],
    timezone=CHINA.key,
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
)
if BROKER_URL:
    options: dict[str, object] = {}
    if BROKER_URL.startswith(("redis://", "rediss://")):
        options["visibility_timeout"] = float(os.environ.get("CRADLE_CELERY_VISIBILITY_TIMEOUT") or 300)
        if os.environ.get("CRADLE_CELERY_PREFIX"):
            options["global_keyprefix"] = os.environ["CRADLE_CELERY_PREFIX"]
    app.conf.update(broker_url=BROKER_URL, broker_transport_options=options)
else:
    app.conf.update(broker_url="memory://", task_always_eager=True, task_eager_propagates=True)


def kick_job(name: str) -> None:
    """Ask the workers to run a periodic job now instead of at its next beat (the message beat sends)."""
    app.send_task(PERIODIC_TASK, args=(name,), expires=60)
