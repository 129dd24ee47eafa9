"""The request id follows a request into Celery: the publisher puts it in the task's headers, the worker sets
it around the task, so the worker's JSON log lines carry the id of the request that caused them."""

from __future__ import annotations

from typing import Any

from celery.signals import before_task_publish, setup_logging, task_postrun, task_prerun

from backend.observability.context import current_request_id, new_request_id, request_id_var
from backend.observability.logs import configure_logging
from backend.tasks import runtime

HEADER = "cradle_request_id"
_tokens: dict[str, Any] = {}


def _stamp(headers: dict[str, Any] | None = None, **_: Any) -> None:
    rid = current_request_id()
    if headers is not None and rid and HEADER not in headers:
        headers[HEADER] = rid


def _enter(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    rid = getattr(getattr(task, "request", None), HEADER, None)
    if rid is None:  # eager call in a request: the id is already set; beat's own sends: a fresh one
        rid = current_request_id() or new_request_id()
    if task_id:
        _tokens[task_id] = request_id_var.set(rid)
    if not getattr(getattr(task, "request", None), "is_eager", True):
        _set_in_worker_context(rid)


def _set_in_worker_context(rid: str) -> None:
    """backend.tasks.runtime runs every task's coroutine in one long-lived context of its own: the id goes there
    too, so log lines written inside the services carry it."""
    runtime.worker_loop()
    context = getattr(runtime, "_context", None)
    if context is not None:
        context.run(request_id_var.set, rid)


def _leave(task_id: str | None = None, **_: Any) -> None:
    token = _tokens.pop(task_id or "", None)
    if token is not None:
        try:
            request_id_var.reset(token)
        except ValueError:
            request_id_var.set(None)


def _logging(**_: Any) -> None:
    configure_logging()


def install() -> None:
    """Connect the hooks to Celery's signals (the Celery app does, once; connecting again adds nothing)."""
    before_task_publish.connect(_stamp)
    task_prerun.connect(_enter)
    task_postrun.connect(_leave)
    setup_logging.connect(_logging)
