"""The Celery app: ``celery -A backend.tasks.celery_app worker`` / ``... beat``.

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
from celery.signals import beat_init, worker_init, worker_process_shutdown

from backend.observability import celery_hooks  # noqa: F401  (request id into tasks, JSON logs)
from backend.tasks.schedule import jobs
from backend.timestamps import CHINA

TASK_MODULES = ["backend.channels.tasks", "backend.tasks.periodic"]

BROKER_URL = os.environ.get("CRADLE_BROKER_URL") or None
QUEUE = os.environ.get("CRADLE_CELERY_QUEUE") or "cradle"

app = Celery("cradle", include=TASK_MODULES)
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
    beat_schedule={
        job.name: {"task": "cradle.periodic", "schedule": job.interval_s, "args": (job.name,),
                   "options": {"expires": max(job.interval_s * 2, 5.0)}}
        for job in jobs()
    },
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


@worker_init.connect
@beat_init.connect
def _production_guard(**_: object) -> None:
    """CRADLE_ENV=production: the worker and beat refuse demo/placeholder secrets, fake API bases and shops on
    fakes, like the API (backend.production_guard); exit status 2 with every problem listed."""
    import asyncio
    import sys

    # loaded only when this runs (start-up cost)
    from backend.production_guard import ProductionConfigError, check_startup
    from backend.settings import Settings

    try:
        asyncio.run(check_startup(Settings.from_env(), fakes_env=os.environ.get("CRADLE_FAKES")))
    except (ProductionConfigError, ValueError) as exc:  # ValueError: CRADLE_ENV misspelt
        print(exc, file=sys.stderr, flush=True)
        os._exit(2)  # SystemExit raised in a signal handler would only end Celery's start-up half way


@worker_init.connect
def _wire(**_: object) -> None:
    """The worker's composition root: pricing steps and order hooks, as create_app registers them."""
    # Imported here, not at the top: the task modules import this module, and backend.wiring imports them.
    from backend.wiring import wire

    wire()


@worker_process_shutdown.connect
def _close_worker(**_: object) -> None:
    # loaded only when this runs (start-up cost)
    from backend.tasks.runtime import shutdown

    shutdown()


celery = app
