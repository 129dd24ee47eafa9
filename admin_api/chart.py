"""The chart of accounts finance extends (backend.finance.chart): sub-accounts under the fixed accounts.

GET /finance/accounts (the list, with parent, control and postable flags) is the finance blueprint's."""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.finance import chart
from backend.http import Body, created, ok, parse_body
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_chart", url_prefix="/")


class AccountIn(Body):
    parent_code: str = Field(min_length=4, max_length=16)
    name: str = Field(min_length=1, max_length=64)
    code: str | None = Field(default=None, max_length=16)  # parent code + 2 digits; the next free one if omitted


class AccountPatch(Body):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    is_active: bool | None = None


@bp.post("/finance/accounts")
@requires(Role.FINANCE)
async def create_account(request: Request) -> HTTPResponse:
    """{parent_code, name, code?}: a sub-account under a non-control account (code: parent + 2 digits)."""
    body = parse_body(request, AccountIn)
    acc = await chart.create_sub_account(body.parent_code, body.name, body.code, user=current_actor(request).user)
    return created(await chart.account_json(acc))


@bp.patch("/finance/accounts/<code:str>")
@requires(Role.FINANCE)
async def update_account(request: Request, code: str) -> HTTPResponse:
    """{name?, is_active?}: rename or (at zero balance) deactivate a sub-account finance added."""
    body = parse_body(request, AccountPatch)
    acc = await chart.update_account(code, body.name, body.is_active, user=current_actor(request).user)
    return ok(await chart.account_json(acc))
