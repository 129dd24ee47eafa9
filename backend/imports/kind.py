"""The shared core's contract with each import kind (backend/imports/<kind>.py) and the helpers they share.

Each kind module provides a `KIND`: how a row is cleaned, which column makes two rows duplicates, the checks
against the database (dry run; a chunk of rows at a time, in file order, unless the kind must see the whole file), how one accepted row is imported, what later activity blocks a rollback, and
how each entity type it records is undone. backend.imports.importer runs every kind through the same dry run,
batches and rollback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.imports.models import ImportJob, ImportRecord, ImportRow

Reject = Callable[[dict[str, Any], str], None]
# row no -> (group key, reason) of rows refused while cleaning (open orders: a bad line refuses its whole order)
Failed = dict[int, tuple[str, str]]
Ids = dict[str, list[int]]  # entity type -> ids this job recorded
# Checks accepted rows against the database and the rows before them: called once per chunk of the file, in row
# order; what it must remember between chunks (products: barcodes already taken in the file) it keeps itself.
Check = Callable[[list[dict[str, Any]], Reject, Failed], Awaitable[None]]


@dataclass(frozen=True)
class Kind:
    clean: Callable[[dict[str, Any]], dict[str, Any]]
    dup_key: str  # rows sharing this key: the newest stays (cleaning.newest_of_duplicates)
    checker: Callable[[], Check]  # a fresh Check for each dry run
    import_row: Callable[[ImportJob, ImportRow, BaseDBAsyncClient, Any], Awaitable[None]]
    blockers: Callable[[ImportJob, Ids, BaseDBAsyncClient], Awaitable[list[str]]]
    undo: dict[str, Callable[[ImportRecord, BaseDBAsyncClient], Awaitable[None]]] = field(default_factory=dict)
    # the group a row refused while cleaning belongs to (open orders: its order no), or None
    failed_group: Callable[[dict[str, Any]], str] | None = None
    # rows of one duplicate key are resolved by the kind's check instead of keeping the newest (members: merged)
    keeps_duplicates: bool = False
    # the checks compare rows anywhere in the file (groups merged, stock shared by orders): one call with every row
    whole_file: bool = False


async def record(job: ImportJob, row_no: int, entity_type: str, entity_id: int, conn: BaseDBAsyncClient,
                 **extra: Any) -> None:
    """Note one thing the import created or changed; rollback undoes them newest first."""
    await ImportRecord.create(job_id=job.id, row_no=row_no, entity_type=entity_type, entity_id=entity_id,
                              extra=extra, using_db=conn)


def user_id(user: Any) -> int | None:
    return getattr(user, "id", None)
