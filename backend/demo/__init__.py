"""The demo data set `make run` loads once (`python -m backend.manage demo`).

A registry of sections, each a small async function owned by its domain. A section runs once, in one
transaction, together with its marker (an AuditLog row: action "demo.section", entity_id = the section name), so
a second `make run` skips it, a failed section leaves nothing behind and is tried again next time, and a section
added later is loaded into an existing demo database on the next run.

Adding a section is one line in SECTIONS: ("name", "package.module:function"), where the function is

    async def load(ctx: DemoContext, conn: BaseDBAsyncClient) -> str   # returns a one-line summary

It must go through the domain's services (never hand-set stock, balances or ledger rows), pass `conn` on, and be
deterministic: use `ctx.rng(...)`, `ctx.today` (business dates in the past: `backend.timestamps.clock_at`), and look earlier sections' rows up by their demo codes
(`await ctx.locations()`, `await ctx.skus()`, `await ctx.actor("clerk1")`). See docs/demo.md.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.audit.models import AuditLog
from backend.catalog.models import Sku
from backend.org.models import Location, User
from backend.security.actor import load_staff_actor
from backend.timestamps import business_today

log = logging.getLogger("cradle.demo")

# Order matters: a section may use what the ones above it loaded.
SECTIONS: list[tuple[str, str]] = [
    ("locations", "backend.demo.catalogue:load_locations"),
    ("catalogue", "backend.demo.catalogue:load_catalogue"),
    ("staff", "backend.demo.people:load_staff"),
    ("members", "backend.demo.people:load_members"),
    ("opening_stock", "backend.demo.stock:load_opening_stock"),
    ("suppliers", "backend.purchasing.demo:load_suppliers"),
    ("history", "backend.demo.history:load_history"),
    ("orders", "backend.demo.orders:load_orders"),
    ("channels", "backend.channels.demo:load_channels"),
    ("live", "backend.live.demo:load_live"),
    ("purchasing", "backend.purchasing.demo:load_purchasing"),
    ("coupons", "backend.members.demo:load_coupons"),
    ("promotions", "backend.promotions.demo:load_promotions"),
    ("hr", "backend.hr.demo:load_hr"),
    ("crm", "backend.crm.demo:load_crm"),
]

MARKER_ACTION = "demo.section"
SIZES = ("full", "small")  # small: a slice of the catalogue and a handful of orders, for tests
# Days of trading before today the history section replays (make run: 90; tests: a couple unless they ask).
HISTORY_DAYS = {"full": 90, "small": 2}

Section = Callable[["DemoContext", BaseDBAsyncClient], Awaitable[str]]


@dataclass
class DemoContext:
    size: str
    today: dt.date
    days: int = 0  # days of history before today (the opening stock is counted on the first of them)
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def small(self) -> bool:
        return self.size == "small"

    @property
    def first_day(self) -> dt.date:
        """The day the chain opens its books in the demo: the first day of the history (today without one)."""
        return self.today - dt.timedelta(days=self.days)

    def rng(self, name: str) -> random.Random:
        """A random generator seeded by the section's name: each section's data stays the same whatever
        other sections are added or removed."""
        return random.Random(f"cradle-demo:{name}")

    async def locations(self, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
        return {loc.code: loc for loc in await Location.all().using_db(conn).order_by("id")}

    async def skus(self, conn: BaseDBAsyncClient | None = None) -> dict[str, Any]:
        return {s.code: s for s in await Sku.all().using_db(conn).order_by("id")}

    async def actor(self, username: str, conn: BaseDBAsyncClient | None = None) -> Any:
        """The Actor of a demo staff account, to call services as that person."""
        return await load_staff_actor(await User.get(username=username).using_db(conn))


def _resolve(target: str) -> Section:
    module_name, _, attr = target.partition(":")
    fn: Section = getattr(importlib.import_module(module_name), attr)
    return fn


async def loaded_sections(conn: BaseDBAsyncClient | None = None) -> set[str]:
    rows = await AuditLog.filter(action=MARKER_ACTION, entity_type="demo").using_db(conn).values_list(
        "entity_id", flat=True)
    return {str(r) for r in rows}


async def load_demo(size: str = "full", *, today: dt.date | None = None, days: int | None = None,
                    sections: list[tuple[str, str]] | None = None) -> list[str]:
    """Load every section not loaded yet. Returns one summary line per section (loaded or skipped).
    `days`: days of trading history before today (default HISTORY_DAYS[size])."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}: {', '.join(SIZES)}")
    days = HISTORY_DAYS[size] if days is None else days
    if not 0 <= days <= 730:
        raise ValueError("days of history: 0..730")
    ctx = DemoContext(size=size, today=today or business_today(), days=days)
    done = await loaded_sections()
    out: list[str] = []
    for name, target in sections if sections is not None else SECTIONS:
        if name in done:
            out.append(f"{name}: already loaded")
            continue
        fn = _resolve(target)
        started = time.perf_counter()
        async with in_transaction() as conn:
            summary = await fn(ctx, conn)
            await record_audit(None, MARKER_ACTION, "demo", name, after={"summary": summary, "size": size},
                               via="task", using_db=conn)
        line = f"{name}: {summary} ({time.perf_counter() - started:.1f}s)"
        log.info("demo %s", line)
        out.append(line)
    return out


async def bulk_insert(model: Any, objs: list[Any], conn: BaseDBAsyncClient) -> None:
    """Insert plain master-data rows (no stock, money or ledger: those go through their services)."""
    if objs:
        await model.bulk_create(objs, batch_size=500, using_db=conn)
