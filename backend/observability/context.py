"""The request id of whatever this task is doing: an HTTP request, or a Celery task sent by one."""

from __future__ import annotations

import os
import re
from contextvars import ContextVar

request_id_var: ContextVar[str | None] = ContextVar("cradle_request_id", default=None)
# The client address of the HTTP request being served (backend.client_address), for the access and audit logs.
client_ip_var: ContextVar[str] = ContextVar("cradle_client_ip", default="")

HEADER = "X-Request-ID"
_SAFE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


def new_request_id() -> str:
    """32 random hex digits (what uuid4().hex looked like, without building a UUID on every request)."""
    return os.urandom(16).hex()


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
