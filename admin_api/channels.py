"""The channel back office (hq_admin), thin handlers over backend.channels.back_office:

    GET      /admin/api/v1/channels                        accounts, policies, sync health (push lag)
    PUT      /admin/api/v1/channels/<platform>             account settings (created if missing)
    PUT      /admin/api/v1/channels/<platform>/policy      stock policy (account default, or one SKU)
    GET|POST /admin/api/v1/channels/<platform>/mappings    SKU mappings; DELETE .../mappings/<id>
    GET      /admin/api/v1/channels/<platform>/quantities  what we publish vs what was pushed, per SKU
    POST     /admin/api/v1/channels/<platform>/pull        pull orders now
    GET      /admin/api/v1/channels/dead-letters           dead letters; POST .../dead-letters/<id>/replay
    GET      /admin/api/v1/channels/shipments              shipments of platform orders pushed to the platforms
    GET|POST /admin/api/v1/channels/reconciliations        runs (POST: run now); GET .../reconciliations/<id>
    GET      /admin/api/v1/channels/platform-orders        ingested platform orders (errors=1: unplaced ones)
    POST     /admin/api/v1/channels/publications           publish a product to shops (result per platform)
    GET      /admin/api/v1/channels/publications           publication records (filters: product, platform, state)
    GET      /admin/api/v1/channels/publications/<code>    one product's publish state on every platform

The platforms' webhooks (public, signed) are backend/channels/api.py.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.channels import back_office
from backend.channels.accounts import check_platform
from backend.channels.back_office import AccountChanges, Page
from backend.channels.models import DeadLetterStatus, PublicationState, ShipmentPushStatus
from backend.channels.publishing import service as publishing
from backend.channels.publishing.service import PublishRequest, PublishTarget
from backend.errors import ValidationError
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("channel_admin", url_prefix="/channels")


class AccountIn(Body):
    name: str | None = Field(default=None, max_length=64)
    app_key: str | None = Field(default=None, min_length=1, max_length=128)
    app_secret: str | None = Field(default=None, min_length=1, max_length=255)
    access_token: str | None = Field(default=None, max_length=255)
    webhook_token: str | None = Field(default=None, max_length=128)
    base_url: str | None = Field(default=None, max_length=255)
    sign_method: str | None = Field(default=None, max_length=16)
    shop_id: str | None = Field(default=None, max_length=64)
    is_active: bool | None = None
    push_enabled: bool | None = None


class PolicyIn(Body):
    share_bp: int = Field(default=10000, ge=0, le=10000)
    safety_buffer: int = Field(default=0, ge=0, le=1_000_000)
    location_codes: list[str] | None = Field(default=None, max_length=100)
    sku_code: str | None = Field(default=None, max_length=64)  # a per-SKU override; absent: account default


class MappingIn(Body):
    sku_code: str = Field(min_length=1, max_length=64)
    platform_sku_id: str = Field(min_length=1, max_length=64)


class QuantityQuery(Body):
    sku_code: str | None = None


class AdminPage(Body):
    """Paging of the channel admin lists (50 a page by default)."""

    page: int = Field(default=1, ge=1)
    page_size: int = Field(default=50, ge=1, le=200)

    def paging(self) -> Page:
        return Page(self.page, self.page_size)


class LetterQuery(AdminPage):
    status: DeadLetterStatus | None = None
    platform: str | None = None
    kind: Literal["stock", "shipment"] | None = None


class ShipmentsQuery(AdminPage):
    status: ShipmentPushStatus | None = None
    platform: str | None = None
    platform_order_id: str | None = None


class OrdersQuery(AdminPage):
    platform: str | None = None
    errors: bool = False


class TargetIn(Body):
    platform: str = Field(min_length=1, max_length=16)
    category_id: str | None = Field(default=None, min_length=1, max_length=32)
    attributes: dict[str, str] | None = Field(default=None, max_length=100)


class PublishIn(Body):
    product_code: str = Field(min_length=1, max_length=32)
    targets: list[TargetIn] = Field(min_length=1, max_length=6)
    images: list[str] | None = Field(default=None, min_length=1, max_length=20)
    title: str | None = Field(default=None, min_length=1, max_length=60)

    def request(self) -> PublishRequest:
        for url in self.images or []:
            if not url.startswith(("https://", "http://")) or len(url) > 500:
                raise ValidationError("图片地址必须是 http(s) 链接", details=[{"field": "images", "message": url[:80]}])
        return PublishRequest(
            product_code=self.product_code, title=self.title,
            images=tuple(self.images) if self.images is not None else None,
            targets=tuple(PublishTarget(t.platform, t.category_id, t.attributes) for t in self.targets))


class PublicationQuery(AdminPage):
    product_code: str | None = None
    platform: str | None = None
    state: PublicationState | None = None


# ---- accounts and policy ------------------------------------------------------------------------------------


@bp.get("")
@requires(Role.HQ_ADMIN)
async def list_accounts(request: Request) -> HTTPResponse:
    return ok({"items": await back_office.accounts()})


@bp.put("/<platform>")
@requires(Role.HQ_ADMIN)
async def put_account(request: Request, platform: str) -> HTTPResponse:
    check_platform(platform)
    body = parse_body(request, AccountIn)
    account = await back_office.update_account(platform, AccountChanges(**body.model_dump()),
                                               user=current_actor(request).user)
    return ok({"account": account})


@bp.put("/<platform>/policy")
@requires(Role.HQ_ADMIN)
async def put_policy(request: Request, platform: str) -> HTTPResponse:
    check_platform(platform)
    body = parse_body(request, PolicyIn)
    policy = await back_office.set_policy(platform, share_bp=body.share_bp, safety_buffer=body.safety_buffer,
                                          location_codes=body.location_codes, sku_code=body.sku_code,
                                          user=current_actor(request).user)
    return ok({"policy": policy})


# ---- mappings and quantities --------------------------------------------------------------------------------


@bp.get("/<platform>/mappings")
@requires(Role.HQ_ADMIN)
async def list_mappings(request: Request, platform: str) -> HTTPResponse:
    return ok({"items": await back_office.mappings(platform)})


@bp.post("/<platform>/mappings")
@requires(Role.HQ_ADMIN)
async def add_mapping(request: Request, platform: str) -> HTTPResponse:
    check_platform(platform)
    body = parse_body(request, MappingIn)
    mapping = await back_office.add_mapping(platform, sku_code=body.sku_code, platform_sku_id=body.platform_sku_id,
                                            user=current_actor(request).user)
    return created({"mapping": mapping})


@bp.delete("/<platform>/mappings/<mapping_id:int>")
@requires(Role.HQ_ADMIN)
async def delete_mapping(request: Request, platform: str, mapping_id: int) -> HTTPResponse:
    await back_office.delete_mapping(platform, mapping_id, user=current_actor(request).user)
    return ok({"deleted": mapping_id})


@bp.get("/<platform>/quantities")
@requires(Role.HQ_ADMIN)
async def quantities(request: Request, platform: str) -> HTTPResponse:
    check_platform(platform)
    q = parse_query(request, QuantityQuery)
    return ok({"platform": platform, "items": await back_office.quantities(platform, q.sku_code)})


@bp.post("/<platform>/pull")
@requires(Role.HQ_ADMIN)
async def pull_now(request: Request, platform: str) -> HTTPResponse:
    return ok(await back_office.pull_now(platform, user=current_actor(request).user))


# ---- dead letters and shipments -----------------------------------------------------------------------------


@bp.get("/dead-letters")
@requires(Role.HQ_ADMIN)
async def list_dead_letters(request: Request) -> HTTPResponse:
    q = parse_query(request, LetterQuery)
    return ok(await back_office.dead_letters(status=q.status, platform=q.platform, kind=q.kind, page=q.paging()))


@bp.post("/dead-letters/<letter_id:int>/replay")
@requires(Role.HQ_ADMIN)
async def replay(request: Request, letter_id: int) -> HTTPResponse:
    letter = await back_office.replay(letter_id, user=current_actor(request).user)
    return ok({"dead_letter": letter}, status=202)


@bp.get("/shipments")
@requires(Role.HQ_ADMIN)
async def list_shipments(request: Request) -> HTTPResponse:
    """Shipments of platform orders and whether the platform has them (carrier + tracking number)."""
    q = parse_query(request, ShipmentsQuery)
    return ok(await back_office.shipments(status=q.status, platform=q.platform,
                                          platform_order_id=q.platform_order_id, page=q.paging()))


# ---- reconciliation and platform orders ---------------------------------------------------------------------


@bp.get("/reconciliations")
@requires(Role.HQ_ADMIN)
async def list_runs(request: Request) -> HTTPResponse:
    return ok({"items": await back_office.runs()})


@bp.get("/reconciliations/<run_id:int>")
@requires(Role.HQ_ADMIN)
async def get_run(request: Request, run_id: int) -> HTTPResponse:
    return ok({"reconciliation": await back_office.run(run_id)})


@bp.post("/reconciliations")
@requires(Role.HQ_ADMIN)
async def run_now(request: Request) -> HTTPResponse:
    return created({"reconciliation": await back_office.run_now(user=current_actor(request).user)})


@bp.get("/platform-orders")
@requires(Role.HQ_ADMIN)
async def platform_orders(request: Request) -> HTTPResponse:
    q = parse_query(request, OrdersQuery)
    return ok(await back_office.platform_orders(platform=q.platform, errors=q.errors, page=q.paging()))


# ---- publishing products to the platforms ------------------------------------------------------------------


@bp.post("/publications")
@requires(Role.HQ_ADMIN)
async def publish(request: Request) -> HTTPResponse:
    """Publish (or publish again: the listing is updated) a product to shops; each platform's outcome."""
    body = parse_body(request, PublishIn)
    return ok(await publishing.publish(body.request(), user=current_actor(request).user))


@bp.get("/publications")
@requires(Role.HQ_ADMIN)
async def list_publications(request: Request) -> HTTPResponse:
    q = parse_query(request, PublicationQuery)
    page = q.paging()
    return ok(await publishing.publications(product_code=q.product_code, platform=q.platform, state=q.state,
                                            offset=page.offset, limit=page.page_size))


@bp.get("/publications/<product_code>")
@requires(Role.HQ_ADMIN)
async def product_publications(request: Request, product_code: str) -> HTTPResponse:
    return ok(await publishing.product_publications(product_code))
