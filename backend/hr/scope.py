"""Store scope of HR records: a store-bound caller (store manager, clerk) reaches the employees, postings,
candidates and training sessions of their own stores only; chain-wide callers (HQ) reach all. A row of another
store and a row that does not exist answer the same 403 to a store-bound caller, so ids cannot be probed."""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.errors import Forbidden, NotFound
from backend.org.models import Location

M = TypeVar("M", bound=Model)

REFUSED = "无权查看其他门店的人事记录"


def not_found(actor: Any, message: str) -> NoReturn:
    """A row that does not exist: 403 to a store-bound caller (as another store's row), 404 to HQ."""
    if actor is not None and actor.location_ids is not None:
        raise Forbidden(REFUSED)
    raise NotFound(message)


def location_ids(actor: Any) -> list[int] | None:
    """The caller's locations (None: every location)."""
    return None if actor.location_ids is None else sorted(actor.location_ids)


def require(actor: Any, location_id: int | None) -> None:
    if actor.location_ids is not None and location_id not in actor.location_ids:
        raise Forbidden(REFUSED)


async def load(model: type[M], row_id: int, actor: Any, *, missing: str, location_of: str = "location_id",
               conn: BaseDBAsyncClient | None = None, lock: bool = False, related: tuple[str, ...] = ()) -> M:
    """The row if the caller may reach its store. ``location_of`` names the attribute (or dotted path through
    the loaded relations) holding its location id."""
    qs = model.filter(id=row_id).using_db(conn)
    if lock:
        qs = qs.select_for_update()
    if related:
        qs = qs.select_related(*related)
    row = await qs.first()
    if row is None:
        not_found(actor, missing)
    if actor is not None:
        value: Any = row
        for part in location_of.split("."):
            value = getattr(value, part)
        require(actor, value)
    return row


async def location_by_code(code: str, actor: Any, conn: BaseDBAsyncClient | None = None) -> Location:
    loc = await Location.get_or_none(code=code).using_db(conn)
    if loc is None:
        not_found(actor, f"门店 {code} 不存在")
    if actor is not None:
        require(actor, loc.id)
    return loc
