"""Operations: structured JSON logs with a request id, Prometheus metrics, readiness checks.

``install(app)`` wires the request-id and metrics middleware into the Sanic app (the app factory calls it);
``configure_logging()`` switches the process to one-JSON-object-per-line logs (``manage serve`` and the Celery
worker/beat call it); backend.observability.celery_hooks carries the request id into Celery tasks.
"""

from backend.observability.context import current_request_id, new_request_id, request_id_var
from backend.observability.logs import JsonFormatter, configure_logging
from backend.observability.middleware import install

__all__ = ["JsonFormatter", "configure_logging", "current_request_id", "install", "new_request_id",
           "request_id_var"]
