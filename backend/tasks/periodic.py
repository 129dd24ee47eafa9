"""One Celery task runs every periodic job of backend.tasks.schedule by name (beat sends the name)."""

from __future__ import annotations

import logging
from typing import Any

from backend.tasks.celery_app import PERIODIC_TASK, app
from backend.tasks.runtime import run
from backend.tasks.schedule import job

log = logging.getLogger("cradle.tasks")


@app.task(name=PERIODIC_TASK, acks_late=True)
def periodic(name: str) -> Any:
    result = run(job(name).function()())
    return repr(result)[:200]
