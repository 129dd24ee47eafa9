"""Database wiring: one Tortoise app holding every domain's models; aerich migrations per dialect."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import Tortoise

from backend.settings import ROOT, Settings
from backend.timestamps import CHINA

MODEL_MODULES = [
    "backend.org.models",
    "backend.staff.models",
    "backend.messaging.models",
    "backend.catalog.models",
    "backend.stock.models",
    "backend.orders.models",
    "backend.members.models",
    "backend.finance.models",
    "backend.audit.models",
    "backend.idempotency",
    "backend.promotions.models",
    "backend.imports.models",
    "backend.security.models",
    "backend.channels.models",
    "backend.live.models",
    "backend.purchasing.models",
    "backend.ops.models",
    "backend.hr.models",
    "backend.partners.models",
    "backend.invoicing.models",
    "backend.crm.models",
]


TIMEZONE = CHINA.key  # the zone the ORM stores timestamps in


def _sqlite_datetime(value: dt.datetime) -> str:
    """SQLite keeps timestamps as text and compares them as text: an aware value is written in the one zone the
    ORM stores (a UTC `now` in a filter would otherwise compare wrongly with the +08:00 values in the rows)."""
    if value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(TIMEZONE))
    return value.isoformat(" ")


def _use_sqlite_datetime_adapter() -> None:
    import tortoise.backends.sqlite.executor  # noqa: F401  (registers Tortoise's own adapter at import; ours replaces it)

    sqlite3.register_adapter(dt.datetime, _sqlite_datetime)


def normalise_db_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgres://" + url[len("postgresql://") :]
    return url


def dialect(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


def migrations_location(url: str) -> str:
    return str(ROOT / "migrations" / dialect(url))


def tortoise_config(db_url: str, *, with_aerich: bool = True, pool_max: int = 20) -> dict[str, Any]:
    url = normalise_db_url(db_url)
    if dialect(url) == "postgres":
        connection: Any = {
            "engine": "tortoise.backends.asyncpg",
            "credentials": _pg_credentials(url, pool_max),
        }
    else:
        connection = url
        _use_sqlite_datetime_adapter()
    models = list(MODEL_MODULES) + (["aerich.models"] if with_aerich else [])
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": models, "default_connection": "default"}},
        "use_tz": True,
        "timezone": TIMEZONE,
    }


def _pg_credentials(url: str, pool_max: int) -> dict[str, Any]:
    from urllib.parse import unquote, urlparse

    p = urlparse(url)
    return {
        "host": p.hostname or "127.0.0.1",
        "port": p.port or 5432,
        "user": unquote(p.username or "postgres"),
        "password": unquote(p.password or ""),
        "database": (p.path or "/postgres").lstrip("/"),
        "minsize": 1,
        "maxsize": pool_max,
        "reset": _keep_session,
    }


async def _keep_session(conn: Any) -> None:
    """Return a connection to the pool without asyncpg's default reset statement (`SELECT
    pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL`), one extra round trip per query outside a
    transaction. Cradle keeps no session state on a connection (no SET, LISTEN, session advisory locks or
    cursors), and asyncpg still rolls back any open transaction and drops listeners before calling this."""


async def init_db(settings: Settings) -> None:
    if settings.db_url.startswith("sqlite://"):
        (ROOT / "var").mkdir(exist_ok=True)
    # Tortoise 1.x keeps its state in a context variable: without the global fallback, what a server's
    # before_server_start listener set up is invisible to request handlers and background tasks.
    from tortoise import context as tortoise_context

    tortoise_context._global_context = None  # a re-init in this process replaces the previous global state
    await Tortoise.init(config=tortoise_config(settings.db_url), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


async def migrate(settings: Settings, *, then: Sequence[Callable[[], Awaitable[object]]] = ()) -> list[str]:
    """Apply every pending aerich migration for this database's dialect, then each of ``then`` (data steps of
    the domains, passed by backend.manage) before the connections close."""
    from aerich import Command

    if settings.db_url.startswith("sqlite://"):
        (ROOT / "var").mkdir(exist_ok=True)
    url = normalise_db_url(settings.db_url)
    command = Command(tortoise_config=tortoise_config(url), app="models", location=migrations_location(url))
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    for step in then:
        await step()
    await Tortoise.close_connections()
    return applied
