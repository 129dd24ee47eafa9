"""The Sanic app factory: settings, database, Redis, error handlers and every face's blueprints."""

from __future__ import annotations

import gc
import importlib
import itertools
import logging
import os
from collections.abc import Callable, Sequence

from sanic import Request, Sanic
from sanic.exceptions import RequestCancelled, SanicException
from sanic.handlers import ErrorHandler
from sanic.response import HTTPResponse
from sanic.response import json as json_response
from sanic_ext.extensions.http.extension import HTTPExtension
from sanic_ext.extensions.openapi.extension import OpenAPIExtension

from backend import errors, production_guard
from backend.cache import close_redis, configure_redis
from backend.client_address import trusted_networks
from backend.db import close_db, init_db
from backend.docs_ui import use_local_swagger
from backend.http import install_body_limits, install_bounded_ids
from backend.i18n import localise_error
from backend.observability import install as install_observability
from backend.security import authorization
from backend.settings import Settings, get_settings, use_settings
from backend.tasks import embedded
from backend.wiring import wire

log = logging.getLogger("cradle")

# Every face registers its routes here: "module:attribute" of a Blueprint or BlueprintGroup.
BLUEPRINTS = [
    "backend.system_api:bp",
    "backend.docs_ui:bp",
    "backend.system_api:metrics_bp",
    "backend.staff.api:bp",
    "backend.catalog.api:bp",
    "backend.stock.api:bp",
    "backend.orders.api:bp",
    "backend.finance.api:bp",
    "backend.channels.api:bp",
    "backend.security.api:bp",
    "backend.live.api:bp",
    "backend.members.api:bp",
    "backend.purchasing.api:bp",
    "backend.invoicing.api:bp",
    "backend.staff.api:work_bp",
    "backend.hr.api:bp",
    "backend.printing.api:bp",
    "backend.crm.api:bp",
    "bots.api:bp",
    "admin_api:bp",
    "open_api:bp",
    "backend.web_console:bp",
]

_SANIC_CODES = {
    400: ("bad_request", "请求有误"),
    401: ("unauthorized", "请先登录"),
    403: ("forbidden", "没有权限执行此操作"),
    404: ("not_found", "找不到该资源"),
    405: ("method_not_allowed", "不支持该请求方法"),
    408: ("request_timeout", "请求超时"),
    413: ("payload_too_large", "请求体过大"),
    416: ("range_not_satisfiable", "请求范围无效"),
    503: ("service_unavailable", "服务暂时不可用，请稍后重试"),
}


def error_response(status: int, code: str, message: str, details: object = None) -> HTTPResponse:
    body: dict[str, object] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    return json_response({"error": body}, status=status, ensure_ascii=False)


class CradleErrorHandler(ErrorHandler):
    def default(self, request: Request, exception: Exception) -> HTTPResponse:
        return localise_error(request, self._body(request, exception))  # English on Accept-Language: en

    def _body(self, request: Request, exception: Exception) -> HTTPResponse:
        if isinstance(exception, errors.AppError):
            resp = error_response(exception.status, exception.code, exception.message, exception.details)
            if getattr(exception, "retry_after", None):
                resp.headers["Retry-After"] = str(exception.retry_after)
            for name, value in (getattr(exception, "response_headers", None) or {}).items():
                resp.headers[name] = value  # e.g. WWW-Authenticate on the partner API's 401/403
            return resp
        if isinstance(exception, SanicException):
            status = exception.status_code or 500
            code, message = _SANIC_CODES.get(status, ("internal_error", "服务器内部错误"))
            if status >= 500:
                log.exception("unhandled sanic error", exc_info=exception)
            return error_response(status, code, message)
        if _is_out_of_range(exception):
            # A number beyond what its column holds (an id of 2**40 against a 32-bit key, 10**30 anywhere the
            # request layer let through): the database refused it before anything was written.
            return error_response(400, "validation_error", "参数不合法：数值超出允许范围")
        if _is_field_validation(exception):
            # A value the columns cannot hold (e.g. a 75-character code in a path looked up in a 16-character
            # column): the client's input is invalid, not the server.
            return error_response(400, "validation_error", "参数不合法：长度或格式超出允许范围")
        kind = _unavailable_kind(exception)
        if kind is not None:
            log.error("%s unavailable on %s %s: %r", kind, request.method, request.path, exception)
            message = "缓存服务暂时不可用，请稍后重试" if kind == "redis" else "数据库暂时不可用，请稍后重试"
            return error_response(503, "service_unavailable", message)
        if isinstance(exception, RequestCancelled):
            # The client hung up before the answer (a caller's timeout): nothing to answer, not a server fault.
            log.info("request cancelled by the client on %s %s", request.method, request.path)
            return error_response(503, "service_unavailable", "请求已取消，请稍后重试")
        log.exception("unhandled error on %s %s", request.method, request.path, exc_info=exception)
        return error_response(500, "internal_error", "服务器内部错误")


def _is_field_validation(exc: Exception) -> bool:
    from tortoise.exceptions import ValidationError as FieldValidationError

    return isinstance(exc, FieldValidationError)


def _is_out_of_range(exc: BaseException) -> bool:
    import asyncpg

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, asyncpg.exceptions.NumericValueOutOfRangeError):
            return True
        if isinstance(current, asyncpg.exceptions.DataError) and "out of" in str(current) and "range" in str(current):
            return True  # asyncpg refused to encode the argument: "value out of int32 range"
        if isinstance(current, OverflowError) and ("SQLite INTEGER" in str(current) or "range" in str(current)):
            return True
        current = current.__cause__ or current.__context__
    return False


def _unavailable_kind(exc: BaseException) -> str | None:
    """The database or Redis went away under the request (server down, connection terminated, failover): the
    transaction was rolled back with the connection, so the client may retry (same Idempotency-Key) -> 503."""
    import asyncpg
    import redis.exceptions
    from tortoise.exceptions import DBConnectionError

    lost_pg = (DBConnectionError, asyncpg.exceptions.PostgresConnectionError, asyncpg.exceptions.AdminShutdownError,
               asyncpg.exceptions.CannotConnectNowError, asyncpg.exceptions.ConnectionDoesNotExistError,
               asyncpg.exceptions.TooManyConnectionsError, asyncpg.exceptions.InternalClientError)
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, redis.exceptions.ConnectionError | redis.exceptions.TimeoutError):
            return "redis"
        if isinstance(current, lost_pg) or (
                isinstance(current, asyncpg.exceptions.InterfaceError)
                and ("closed" in str(current) or "released back to the pool" in str(current))):
            # "released back to the pool": the transaction lost its terminated connection mid-request and was
            # rolled back with it; a retry with the same Idempotency-Key is safe either way.
            return "database"
        if isinstance(current, ConnectionError | OSError):
            return "database"
        current = current.__cause__ or current.__context__
    return None


_counter = itertools.count()


GC_YOUNG_THRESHOLD = 20_000  # allocations between young collections (Python's default: 700)


def settle_heap() -> None:
    """A worker has started (modules, routes, ORM metadata, pools): move what exists now out of the garbage
    collector's reach (gc.freeze), as it lives as long as the worker. A full collection then walks only what
    requests allocated, not the ~470k objects of the started app: in bench.write_profile --kind hot one such walk
    took ~0.26 s every ~600 orders, ~0.4 ms of CPU per order (issue 16). The young generation is collected every
    GC_YOUNG_THRESHOLD allocations instead of 700: most of a request's objects are freed by their reference counts
    before a collection would visit them (young collections: ~0.08 s -> ~0.02 s per 600 hot orders, each ~8 ms).
    Cycles made later are still collected."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def create_app(settings: Settings | None = None, *, manage_resources: bool = True, name: str | None = None,
               mounts: Sequence[Callable[[Sanic], None]] = ()) -> Sanic:
    """Build the app. With manage_resources the server opens and closes the database and Redis itself;
    tests open them once per session and pass manage_resources=False. ``mounts`` are what a development
    composition adds (backend.manage: the local fakes under make run); the production factory adds nothing,
    and in production any route under /_fakes/ stops the start."""
    settings = use_settings(settings or get_settings())
    app = Sanic(name or f"cradle{next(_counter)}", error_handler=CradleErrorHandler())
    install_bounded_ids(app)  # every <id:int> in a path: 1 .. 2**63-1, else 404 (before any route is added)
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.OAS_URL_PREFIX = "/docs"
    app.config.OAS_UI_DEFAULT = "swagger"
    app.config.OAS_UI_REDOC = False
    use_local_swagger(app)  # /docs from the package's own files, never a CDN (backend/docs_ui)
    app.config.CORS = False
    # sanic-ext would add a HEAD/OPTIONS twin of every route at startup, one app.amend() (a full router and
    # signal re-finalize) per route: ~2.5 s per app start. Clients use the real methods only.
    app.config.HTTP_AUTO_HEAD = False
    app.config.HTTP_AUTO_OPTIONS = False
    # sanic-ext without its dependency injection (unused here): its signal ran on every request's routing.
    app.extend(built_in_extensions=False, extensions=[OpenAPIExtension, HTTPExtension])
    app.ext.openapi.describe("Cradle API", version="1.0.0", description="母婴连锁 ERP 接口")  # sanic-ext
    app.ctx.settings = settings
    wire()  # pricing steps and order hooks (backend.wiring), before any route can place an order
    trusted_networks(settings.trusted_proxies)  # a bad CRADLE_TRUSTED_PROXIES stops the start, not each request
    install_observability(app)  # X-Request-ID, access log, latency metrics
    install_body_limits(app)  # 1 MiB bodies (uploads 20 MiB): 413 before the handler (backend.http)

    for target in BLUEPRINTS:
        module_name, _, attr = target.partition(":")
        app.blueprint(getattr(importlib.import_module(module_name), attr))
    authorization.install(app)  # the authorization table decides who may call each route (one gate)

    for mount in mounts:
        mount(app)
    if production_guard.is_production(settings):
        # Never the fakes; refuse demo/placeholder secrets and fake API bases, whoever builds the app.
        problems = production_guard.settings_problems(settings, fakes_env=os.environ.get("CRADLE_FAKES"))
        problems += production_guard.routes_problems(route.path for route in app.router.routes)
        if problems:
            raise production_guard.ProductionConfigError(problems)

    if manage_resources:

        @app.before_server_start
        async def _open(app: Sanic) -> None:
            await init_db(settings)
            configure_redis(settings, prefix=os.environ.get("CRADLE_REDIS_PREFIX") or "cradle:")

        @app.after_server_start
        async def _jobs(app: Sanic) -> None:
            await embedded.start(app)  # periodic jobs in-process when there is no Celery broker

        @app.after_server_start
        async def _settle_heap(app: Sanic) -> None:  # after the other start listeners: what they built stays
            settle_heap()

        @app.before_server_stop
        async def _stop_jobs(app: Sanic) -> None:
            await embedded.stop(app)

        @app.after_server_stop
        async def _close(app: Sanic) -> None:
            await close_redis()
            await close_db()

    return app
