"""Helpers shared by the admin blueprints: query models, paging, store scope checks, body docs."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sanic import Request

from backend.errors import Forbidden, NotFound
from backend.http import Body, parse_body, validate
from backend.openapi_doc import doc_body
from backend.security import Actor
from backend.stock.models import Location

PREFIX = "/admin/api/v1"
__all__ = ["PREFIX", "PageQuery", "Query", "doc_body", "optional_body", "scope_ids", "scoped_location"]


class Query(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class PageQuery(Query):
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=20, ge=1, le=200)

    def window(self) -> tuple[int, int]:
        return (self.page - 1) * self.page_size, self.page_size


def optional_body(request: Request, model: type[Body]) -> Any:
    if not request.body or not request.body.strip():
        return validate(model, {})
    return parse_body(request, model)


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

