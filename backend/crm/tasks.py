"""The periodic job of customer communications ("crm.dispatch" in backend.tasks.schedule): one dispatch pass.
Celery beat runs it through the cradle.periodic task in production; the web app's embedded runner under make run."""

from __future__ import annotations

import logging
from typing import Any

from backend.crm.sending import dispatch

log = logging.getLogger("cradle.crm")


async def dispatch_job() -> dict[str, Any]:
    result = await dispatch()
    if result.started or result.finished or result.outcomes:
        log.info("crm dispatch: started %s, finished %s, %s", result.started, result.finished, result.outcomes)
    return {"started": result.started, "finished": result.finished, "outcomes": result.outcomes}
