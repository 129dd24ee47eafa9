"""The request id of whatever this task is doing: an HTTP request, or a Celery task sent by one."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from contextvars import ContextVar

request_id_var: ContextVar[str | None] = ContextVar("cradle_request_id", default=None)
# The client address of the HTTP request being served (backend.client_address), for the access and audit logs.
client_ip_var: ContextVar[str] = ContextVar("cradle_client_ip", default="")

HEADER = "X-Request-ID"
_SAFE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


_prefix = ""  # 16 random hex digits of this process, and its counter (drawn again in a forked child)
_count: Iterator[int] = itertools.count(1)


def _draw() -> None:
    global _prefix, _count
    _prefix, _count = os.urandom(8).hex(), itertools.count(1)


_draw()
os.register_at_fork(after_in_child=_draw)


def new_request_id() -> str:
    """32 hex digits, unique across processes and restarts: 16 random ones drawn once per process, then a counter
    (what uuid4().hex looked like; a random draw per request was a system call on every request)."""
    return f"{_prefix}{next(_count):016x}"


def accept_request_id(value: str | None) -> str:
    """A client's X-Request-ID when it is a sane token (kept, so nginx's id follows the request), else a new one."""
    if value and _SAFE.match(value):
        return value
    return new_request_id()


def current_request_id() -> str | None:
    return request_id_var.get()


def current_client_ip() -> str:
    """The real client address of the request being served ("" in a task or a command)."""
    return client_ip_var.get()
