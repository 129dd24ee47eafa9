"""Mini-program routes (miniprogram/API.md): WeChat login for members and staff, the member's card, coupons
and points, checkout preview, and the clerk's member lookup and counter preview. Thin handlers over
backend.members.* services."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, text

from backend.client_address import client_ip
from backend.errors import ValidationError
from backend.fieldcrypt import mask_phone, phone_hash
from backend.http import Body, ok, parse_body, parse_query
from backend.members import (  # noqa: F401
    accounts,
    checkout,
    children,
    counter_lookup,
    coupons,
    erasure,
    export,
    paycode,
    phone_claims,
    points,
    preview,
    reminders,
    staff_wechat,
    storefront,
    topup,
    wechat,
    wechat_pay,
)
from backend.members.rules import level_json
from backend.openapi_doc import doc_body
from backend.orders.placement import LineIn
from backend.org.models import Role
from backend.security import current_actor, mfa, requires, sessions
from backend.timestamps import business_today

bp = Blueprint("members", url_prefix="/api/v1")


class CodeBody(Body):
    code: str = Field(min_length=1, max_length=128)


class CouponQuery(Body):
    status: str | None = Field(default=None, max_length=16)


class LineBody(Body):
    sku_code: str = Field(min_length=1, max_length=32)
    qty: StrictInt = Field(gt=0, le=99999)


class PreviewBody(Body):
    items: list[LineBody] = Field(min_length=1, max_length=200)
    coupon_id: StrictInt | str | None = None
    points: StrictInt | None = Field(default=None, ge=0)
    location_code: str | None = Field(default=None, max_length=32)
    member_id: StrictInt | None = None


class PosMemberQuery(Body):
    q: str = Field(min_length=1, max_length=32)


class TopUpBody(Body):
    amount_fen: StrictInt
    method: str = Field(min_length=1, max_length=16)  # cash, wechat, alipay
    location_code: str = Field(min_length=1, max_length=32)
    note: str = Field(default="", max_length=100)


# ---- auth ---------------------------------------------------------------------------------------------------


@bp.post("/auth/wechat")
async def wechat_login(request: Request) -> HTTPResponse:
    body = parse_body(request, CodeBody)
    session = await wechat.code_to_session(body.code)
    member = await accounts.login_wechat(session.openid, session.unionid)
    tokens = await sessions.start_member(member.id, method="wechat", address=client_ip(request))
    return ok({**tokens, "member": accounts.member_brief(member)})


@bp.post("/members/me/phone")
@requires(Role.SHOPPER)
async def bind_phone(request: Request) -> HTTPResponse:
    body = parse_body(request, CodeBody)
    phone = await wechat.phone_number(body.code)
    member, merged, claim = await accounts.attach_phone(current_actor(request).member, phone)
    answer: dict[str, Any] = {"member": await accounts.me_json(member), "merged": merged,
                              "phone_claim": phone_claims.claim_json(claim, side="claimant") if claim else None}
    if merged:  # the caller now continues as the surviving member: a session of that one
        answer.update(await sessions.start_member(member.id, method="phone_merge", address=client_ip(request)))
    return ok(answer)


@bp.get("/members/me/phone-claims")
@requires(Role.SHOPPER)
async def my_phone_claims(request: Request) -> HTTPResponse:
    """Claims this member made on a phone held by another member, and claims on this member's phone."""
    return ok({"items": await phone_claims.claims_of(current_actor(request).member)})


@bp.post("/members/me/phone-claims/<claim_id:int>/confirm")
@requires(Role.SHOPPER)
async def confirm_phone_claim(request: Request, claim_id: int) -> HTTPResponse:
    """The holder's own WeChat account agrees that the claimant is the same person: merged into the holder."""
    claim, survivor = await phone_claims.confirm_by_holder(claim_id, current_actor(request).member)
    assert survivor is not None
    return ok({"phone_claim": phone_claims.claim_json(claim, side="holder"),
               "member": await accounts.me_json(survivor)})


@bp.post("/members/me/phone-claims/<claim_id:int>/refuse")
@requires(Role.SHOPPER)
async def refuse_phone_claim(request: Request, claim_id: int) -> HTTPResponse:
    """The holder's WeChat account says the claimant is someone else (a recycled number): nothing merges."""
    claim = await phone_claims.refuse_by_holder(claim_id, current_actor(request).member)
    return ok({"phone_claim": phone_claims.claim_json(claim, side="holder")})


@bp.post("/auth/wechat/staff")
async def wechat_staff_login(request: Request) -> HTTPResponse:
    body = parse_body(request, CodeBody)
    session = await wechat.code_to_session(body.code)
    user = await staff_wechat.staff_of(session.openid)
    # The same second factor as the password login: an MFA account gets the TOTP step, not tokens.
    answer = await mfa.after_first_factor(user, method="wechat", address=client_ip(request))
    if "access_token" in answer:
        answer["staff"] = await staff_wechat.staff_json(user)
    return ok(answer)


@bp.post("/auth/wechat/bind")
@requires(staff=True)
async def wechat_bind(request: Request) -> HTTPResponse:
    body = parse_body(request, CodeBody)
    user = current_actor(request).user
    assert user is not None
    session = await wechat.code_to_session(body.code)
    await staff_wechat.bind(user, session.openid)
    return ok({"bound": True})


@bp.get("/staff/me")
@requires(staff=True)
async def staff_me(request: Request) -> HTTPResponse:
    user = current_actor(request).user
    assert user is not None
    return ok(await staff_wechat.staff_json(user))


# ---- member -------------------------------------------------------------------------------------------------


@bp.get("/members/me")
@requires(Role.SHOPPER)
async def me(request: Request) -> HTTPResponse:
    return ok(await accounts.me_json(current_actor(request).member))


def _coupon_api(c: dict[str, Any]) -> dict[str, Any]:
    return {**c, "status": c.get("status") if c.get("status") in ("used", "expired") else "available"}


@bp.get("/members/me/coupons")
@requires(Role.SHOPPER)
async def my_coupons(request: Request) -> HTTPResponse:
    q = parse_query(request, CouponQuery)
    items = [_coupon_api(c) for c in await coupons.member_coupons(current_actor(request).member.id)]
    if q.status:
        items = [c for c in items if c["status"] == q.status]
    return ok({"items": items})


# ---- coupon centre (领券中心) ---------------------------------------------------------------------------------


@bp.get("/coupons/available")
@requires(Role.SHOPPER)
async def coupon_centre(request: Request) -> HTTPResponse:
    """Templates shoppers may claim now, with how many this member holds and whether they can claim one more."""
    return ok({"items": await coupons.claimable_templates(current_actor(request).member.id)})


@bp.post("/coupons/<template_id:int>/claim")
@requires(Role.SHOPPER)
async def claim_coupon(request: Request, template_id: int) -> HTTPResponse:
    """Claim one coupon of the template: 201 with the coupon; 409 coupon_sold_out / coupon_limit / coupon_unavailable."""
    member = current_actor(request).member
    coupon = await coupons.claim(template_id, member)
    await coupon.fetch_related("template")
    return ok(_coupon_api(coupons.coupon_json(coupon)), status=201)


# ---- baby profiles (宝宝档案) ---------------------------------------------------------------------------------


class ChildBody(Body):
    name: str = Field(min_length=1, max_length=32)
    gender: Literal["", "boy", "girl"] = ""
    birth_date: dt.date | None = None
    due_date: dt.date | None = None


def _child_in(body: ChildBody) -> children.ChildIn:
    return children.ChildIn(name=body.name, gender=body.gender, birth_date=body.birth_date, due_date=body.due_date)


@bp.get("/members/me/children")
@requires(Role.SHOPPER)
async def my_children(request: Request) -> HTTPResponse:
    return ok({"items": await children.list_children(current_actor(request).member, business_today())})


@bp.post("/members/me/children")
@doc_body(ChildBody)
@requires(Role.SHOPPER)
async def add_child(request: Request) -> HTTPResponse:
    """Add a child with a birth date, or a due date (孕期) — exactly one."""
    body = parse_body(request, ChildBody)
    on = business_today()
    child = await children.add_child(current_actor(request).member, _child_in(body), on)
    return ok(children.child_json(child, on), status=201)


@bp.put("/members/me/children/<child_id:int>")
@doc_body(ChildBody)
@requires(Role.SHOPPER)
async def update_child(request: Request, child_id: int) -> HTTPResponse:
    body = parse_body(request, ChildBody)
    on = business_today()
    child = await children.update_child(current_actor(request).member, child_id, _child_in(body), on)
    return ok(children.child_json(child, on))


@bp.delete("/members/me/children/<child_id:int>")
@requires(Role.SHOPPER)
async def remove_child(request: Request, child_id: int) -> HTTPResponse:
    await children.remove_child(current_actor(request).member, child_id)
    return ok({"deleted": True})


@bp.get("/members/me/points")
@requires(Role.SHOPPER)
async def my_points(request: Request) -> HTTPResponse:
    return ok(await points.history(current_actor(request).member.id))


@bp.get("/members/me/export")
@requires(Role.SHOPPER)
async def my_data_export(request: Request) -> HTTPResponse:
    """PIPL: the member's copy of all their personal data (profile with the phone, ledgers, orders, children,
    consents, coupons) as one JSON document."""
    return ok(await export.export(current_actor(request).member, business_today()))


class DeletionBody(Body):
    confirm: Literal[True]  # the member confirmed in the page's dialog: a stray call deletes nothing


@bp.get("/members/me/deletion")
@requires(Role.SHOPPER)
async def my_deletion_preview(request: Request) -> HTTPResponse:
    """PIPL: whether the member may delete their account now (blockers: stored value left, orders or after-sales
    in progress), and what deletion would do (points lapsing, orders kept for the books)."""
    return ok(await erasure.preview(current_actor(request).member))


@bp.post("/members/me/deletion")
@doc_body(DeletionBody)
@requires(Role.SHOPPER)
async def delete_my_account(request: Request) -> HTTPResponse:
    """PIPL: delete (anonymise) the member's account: personal data cleared, orders and ledgers kept whole, every
    session ended, audited. 409 stored_value_remaining / deletion_blocked with the reason in Chinese. A repeat
    of a finished deletion answers 401 member_deleted (the account's tokens no longer work)."""
    parse_body(request, DeletionBody)
    return ok(await erasure.delete_member(current_actor(request).member))


class SubscribeBody(Body):
    # wx.requestSubscribeMessage's success answer as it is: {<template_id>: "accept"|"reject"|"ban"|"filter",
    # errMsg: "requestSubscribeMessage:ok"}
    results: dict[str, str] = Field(max_length=20)


@bp.get("/members/me/subscriptions")
@requires(Role.SHOPPER)
async def my_subscriptions(request: Request) -> HTTPResponse:
    """The subscribe-message templates to ask for (wx.requestSubscribeMessage tmplIds) and the answers so far."""
    return ok(await reminders.consents(current_actor(request).member))


@bp.post("/members/me/subscriptions")
@requires(Role.SHOPPER)
async def record_subscriptions(request: Request) -> HTTPResponse:
    """Record what the member answered; each accept allows one care reminder message."""
    body = parse_body(request, SubscribeBody)
    return ok(await reminders.record_consent(current_actor(request).member, body.results))


@bp.post("/members/me/pay-code")
@requires(Role.SHOPPER)
async def my_pay_code(request: Request) -> HTTPResponse:
    """A one-time stored-value payment code (18 digits, "88" first) for the clerk to scan, valid 60 s and once;
    it replaces the member's earlier unused codes. The mini-program's 会员码 page asks again every 60 s."""
    member = current_actor(request).member
    return ok({**await paycode.issue(member), "balance_fen": member.balance_fen}, status=201)


@bp.get("/members/me/balance")
@requires(Role.SHOPPER)
async def my_balance(request: Request) -> HTTPResponse:
    """The stored-value ledger (top-ups, payments, refunds), newest first, and the balance it sums to."""
    return ok(await topup.ledger_json(current_actor(request).member))


# ---- checkout preview ---------------------------------------------------------------------------------------


def _preview_in(body: PreviewBody) -> preview.PreviewIn:
    return preview.PreviewIn(lines=[LineIn(i.sku_code, i.qty) for i in body.items], coupon_id=body.coupon_id,
                             points=body.points, location_code=body.location_code)


@bp.post("/checkout/preview")
@requires(Role.SHOPPER)
async def checkout_preview(request: Request) -> HTTPResponse:
    actor = current_actor(request)
    body = parse_body(request, PreviewBody)
    if body.member_id is not None:
        raise ValidationError("不支持的参数 member_id", details=[{"field": "member_id", "message": "不允许"}])
    return ok(await preview.preview(actor, _preview_in(body), "miniprogram", actor.member))


# ---- clerk --------------------------------------------------------------------------------------------------

CLERK_ROLES = (Role.STORE_MANAGER, Role.CLERK)


@bp.get("/pos/members")
@requires(*CLERK_ROLES)
async def pos_members(request: Request) -> HTTPResponse:
    q = parse_query(request, PosMemberQuery).q.strip()
    found = await counter_lookup.find_at_counter(q)
    items = []
    for m in found:
        avail = [_coupon_api(c) for c in await coupons.member_coupons(m.id)]
        items.append({"id": m.id, "nickname": m.nickname, "phone_masked": mask_phone(accounts.phone_of(m)),
                      "member_code": m.member_code, "level": level_json(m.level), "points": m.points,
                      "balance_fen": m.balance_fen, "coupons": [c for c in avail if c["status"] == "available"]})
    return ok({"items": items})


class VerifyClaimBody(Body):
    location_code: str = Field(min_length=1, max_length=32)


@bp.get("/pos/phone-claims")
@requires(*CLERK_ROLES)
async def pos_phone_claims(request: Request) -> HTTPResponse:
    """Open phone-number claims on the member holding this phone (?q=the 11-digit phone)."""
    q = parse_query(request, PosMemberQuery).q.strip()
    if not (q.isdigit() and len(q) == 11):
        raise ValidationError("请输入 11 位手机号")
    return ok({"items": await phone_claims.pending_for_phone(phone_hash(q))})


@bp.post("/pos/phone-claims/<claim_id:int>/verify")
@requires(*CLERK_ROLES)
async def pos_verify_phone_claim(request: Request, claim_id: int) -> HTTPResponse:
    """Staff at their own store checked the shopper in person: the new WeChat account is merged into the member
    holding the phone, stored value and points included (audited)."""
    body = parse_body(request, VerifyClaimBody)
    claim, survivor = await phone_claims.verify_at_store(claim_id, actor=current_actor(request),
                                                         location_code=body.location_code)
    assert survivor is not None
    return ok({"phone_claim": phone_claims.claim_json(claim, side="staff"), "member": accounts.member_brief(survivor)})


@bp.post("/pos/members/<member_id:int>/topup")
@requires(*CLERK_ROLES)
async def pos_topup(request: Request, member_id: int) -> HTTPResponse:
    """Top up stored value at the counter (Idempotency-Key required; own store; audited; posted to the ledger)."""
    body = parse_body(request, TopUpBody)
    result = await topup.top_up_at_counter(
        current_actor(request),
        topup.TopUpIn(member_id=member_id, amount_fen=body.amount_fen, method=body.method,
                      location_code=body.location_code, note=body.note),
        request.headers.get("idempotency-key"))
    return ok(result.body, status=result.status)


@bp.post("/pos/preview")
@requires(*CLERK_ROLES)
async def pos_preview(request: Request) -> HTTPResponse:
    actor = current_actor(request)
    body = parse_body(request, PreviewBody)
    member = await preview.counter_member(actor, body.location_code, body.member_id)
    return ok(await preview.preview(actor, _preview_in(body), "pos", member))


# ---- WeChat Pay ---------------------------------------------------------------------------------------------


@bp.post("/orders/<order_id:int>/pay/wechat")
@requires(Role.SHOPPER)
async def pay_wechat(request: Request, order_id: int) -> HTTPResponse:
    return ok(await wechat_pay.prepay_own(current_actor(request).member, order_id, client_ip(request)))


@bp.post("/pay/wechat/notify")
async def wechat_notify(request: Request) -> HTTPResponse:
    status, xml = await wechat_pay.handle_notify(request.body or b"")
    return text(xml, status=status, content_type="text/xml; charset=utf-8")


# ---- shop (no token needed) ---------------------------------------------------------------------------------


class ProductQuery(Body):
    category_id: int | None = None
    q: str | None = Field(default=None, max_length=64)
    page: int = Field(default=1, ge=1, le=1000)


class SkuQuery(Body):
    location_code: str | None = Field(default=None, max_length=32)


@bp.get("/shop/categories")
async def shop_categories(request: Request) -> HTTPResponse:
    return ok({"items": await storefront.categories()})


@bp.get("/shop/stores")
async def shop_stores(request: Request) -> HTTPResponse:
    return ok({"items": await storefront.stores()})


@bp.get("/shop/products")
async def shop_products(request: Request) -> HTTPResponse:
    q = parse_query(request, ProductQuery)
    return ok(await storefront.products(category_id=q.category_id, q=q.q, page=q.page))


@bp.get("/shop/skus/<sku_code:str>")
async def shop_sku(request: Request, sku_code: str) -> HTTPResponse:
    q = parse_query(request, SkuQuery)
    return ok(await storefront.sku_page(sku_code, q.location_code))
