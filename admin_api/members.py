"""Members as the back office sees them. The phone number is decrypted for HQ only; every other role gets
it masked (138****8000). Every answer that shows a phone unmasked is audited per member ("member.pii_read":
who, which member, the route and the optional `reason` the caller gives; backend.members.pii_reads). Lookup by
member code or by phone (through the blind index, never a scan). A deleted member (PIPL) shows as 已注销会员
with no phone.

    GET /admin/api/v1/members/<id>/points     points ledger, newest first, paged, with the balance
    GET /admin/api/v1/members/<id>/balance    stored-value ledger, newest first, paged, with the balance
    GET /admin/api/v1/members/<id>/coupons    the member's coupons (?status=available|used|expired)
    GET /admin/api/v1/members/<id>/children   baby profiles, coming care milestones, care reminders sent
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, Query
from backend.errors import NotFound, ValidationError
from backend.fieldcrypt import FieldDecryptError, is_sealed, mask_phone, phone_hash, unseal
from backend.http import ok, parse_query
from backend.members import rules, staff_view
from backend.members.models import Member
from backend.members.pii_reads import record_reads
from backend.org.models import Role
from backend.security import Actor, current_actor, requires
from backend.timestamps import business_today, iso

bp = Blueprint("admin_members", url_prefix="/members")
PHONE_VISIBLE_ROLES = frozenset({Role.HQ_ADMIN})


def plain_phone(member: Member) -> str:
    if not member.phone:
        return ""
    if not is_sealed(member.phone):
        return member.phone
    try:
        return unseal(member.phone)
    except FieldDecryptError:
        return ""


def member_dict(member: Member, actor: Actor) -> dict[str, Any]:
    phone = plain_phone(member)
    return {
        "id": member.id, "member_code": member.member_code, "nickname": member.nickname,
        "phone": phone if actor.role in PHONE_VISIBLE_ROLES else mask_phone(phone),
        "phone_masked": actor.role not in PHONE_VISIBLE_ROLES, "level": member.level,
        "level_name": rules.level(member.level).name, "points": member.points,
        "balance_fen": member.balance_fen, "total_spent_fen": member.total_spent_fen,
        "created_at": iso(member.created_at), "deleted": member.deleted_at is not None,
    }


async def _audit_unmasked(request: Request, actor: Actor, members: list[Member], reason: str | None) -> None:
    shown = [m.id for m in members if actor.role in PHONE_VISIBLE_ROLES and plain_phone(m)]
    route = f"{request.method} {request.uri_template if request.route else request.path}"
    await record_reads(actor, shown, ("phone",), route=route, reason=reason or "")


class ReasonQuery(Query):
    reason: str | None = Field(default=None, max_length=100)  # why the phone is looked at (回访、售后 ...)


class MemberQuery(PageQuery):
    member_code: str | None = Field(default=None, max_length=16)
    phone: str | None = Field(default=None, max_length=32)
    q: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, max_length=100)


@bp.get("/")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER, Role.FINANCE)
async def list_members(request: Request) -> HTTPResponse:
    q = parse_query(request, MemberQuery)
    actor = current_actor(request)
    qs = Member.all()
    if q.member_code:
        qs = qs.filter(member_code=q.member_code)
    if q.phone:
        try:
            qs = qs.filter(phone_hash=phone_hash(q.phone))
        except ValidationError:
            raise
    if q.q:
        qs = qs.filter(nickname__icontains=q.q)
    offset, limit = q.window()
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    await _audit_unmasked(request, actor, rows, q.reason)
    items = [member_dict(m, actor) for m in rows]
    return ok(q.page_of({"items": items, "total": total}))


@bp.get("/<member_id:int>")
@requires(Role.HQ_ADMIN, Role.STORE_MANAGER, Role.FINANCE)
async def get_member(request: Request, member_id: int) -> HTTPResponse:
    q = parse_query(request, ReasonQuery)
    member = await Member.get_or_none(id=member_id)
    if member is None:
        raise NotFound("会员不存在")
    actor = current_actor(request)
    await _audit_unmasked(request, actor, [member], q.reason)
    return ok(member_dict(member, actor))


READERS = (Role.HQ_ADMIN, Role.STORE_MANAGER, Role.FINANCE)


class CouponQuery(Query):
    status: Literal["available", "used", "expired"] | None = None


@bp.get("/<member_id:int>/points")
@requires(*READERS)
async def member_points(request: Request, member_id: int) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    return ok(await staff_view.points_ledger(member_id, q.page, q.page_size))


@bp.get("/<member_id:int>/balance")
@requires(*READERS)
async def member_balance(request: Request, member_id: int) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    return ok(await staff_view.balance_ledger(member_id, q.page, q.page_size))


@bp.get("/<member_id:int>/coupons")
@requires(*READERS)
async def member_coupons(request: Request, member_id: int) -> HTTPResponse:
    q = parse_query(request, CouponQuery)
    return ok(await staff_view.member_coupons(member_id, q.status))


@bp.get("/<member_id:int>/children")
@requires(*READERS)
async def member_children(request: Request, member_id: int) -> HTTPResponse:
    return ok(await staff_view.children_and_reminders(member_id, business_today()))
