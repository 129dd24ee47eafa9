"""Helpers shared by the admin blueprints: query models, paging, store scope checks, body docs."""

from __future__ import annotations

from backend.errors import Forbidden, NotFound
from backend.http import PageQuery, Query, optional_body
from backend.openapi_doc import doc_body
from backend.org.models import Location
from backend.security import Actor

PREFIX = "/admin/api/v1"
__all__ = ["PREFIX", "PageQuery", "Query", "doc_body", "optional_body", "scope_ids", "scoped_location"]


async def scoped_location(actor: Actor, code: str | None) -> Location | None:
    """The location named by `code` if the caller may see it. A store-scoped caller naming a location that is
    not theirs gets 403 (also when it does not exist, so codes cannot be probed)."""
    if not code:
        return None
    loc = await Location.get_or_none(code=code)
    if loc is None:
        if actor.location_ids is not None:
            raise Forbidden("无权查看该门店或仓库的数据")
        raise NotFound(f"门店或仓库 {code} 不存在")
    actor.require_location(loc.id)
    return loc


def scope_ids(actor: Actor, loc: Location | None) -> list[int] | None:
    """Location ids to filter on: the named one, else the caller's own (None: every location)."""
    if loc is not None:
        return [loc.id]
    return None if actor.location_ids is None else sorted(actor.location_ids)

