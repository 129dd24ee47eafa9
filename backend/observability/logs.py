"""One JSON object per log line: time, level, logger, message, request_id, process, and any ``extra`` fields."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from typing import Any

from backend.observability import redaction
from backend.observability.context import current_request_id
from backend.settings import get_settings

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        body: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            body["request_id"] = request_id
        for name, value in vars(record).items():
            if name not in _STANDARD and name not in body and not name.startswith("_"):
                body[name] = redaction.redact_value(value)  # extra fields are set after the record factory ran
        if record.exc_info:
            body["exc"] = record.exc_text or redaction.redact(self.formatException(record.exc_info))
        return json.dumps(body, ensure_ascii=False, default=str)


def configure_logging(level: str | None = None, *, json_logs: bool | None = None) -> None:
    """Route every logger (cradle, sanic, celery, tortoise) to stderr; JSON unless CRADLE_LOG_FORMAT=text. Every
    record is scrubbed of secrets (backend.observability.redaction), whichever logger wrote it."""
    install_redaction()
    level = (level or os.environ.get("CRADLE_LOG_LEVEL") or "INFO").upper()
    if json_logs is None:
        json_logs = (os.environ.get("CRADLE_LOG_FORMAT") or "json").lower() != "text"
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_logs else logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("sanic.root", "sanic.error", "sanic.access", "sanic.server", "celery", "celery.task"):
        lg = logging.getLogger(name)
        for old in list(lg.handlers):
            lg.removeHandler(old)
        lg.propagate = True
    logging.getLogger("tortoise").setLevel("WARNING")


def install_redaction() -> None:
    """Scrub every log record of this process, masking the configured secrets' values too."""
    try:
        secrets = redaction.settings_secrets(get_settings())
    except ValueError:  # a misspelt CRADLE_ENV: the start-up refuses it; logging still gets the pattern rules
        secrets = ()
    redaction.install(secrets)
