"""Partner applications on the open API (backend.partners), HQ only; every change audited.

    GET    /admin/api/v1/open-clients                            clients, newest first
    POST   /admin/api/v1/open-clients                            register {name, scopes, rate_limit_per_min}: the
                                                                 answer shows client_secret once
    GET    /admin/api/v1/open-clients/<id>                       one client
    PATCH  /admin/api/v1/open-clients/<id>                       name, scopes, rate limit
    POST   /admin/api/v1/open-clients/<id>/rotate-secret         new secret {grace_hours}: the old one keeps working
                                                                 for the grace period
    POST   /admin/api/v1/open-clients/<id>/revoke                revoke: every token refused at once
    GET    /admin/api/v1/open-clients/<id>/webhooks              webhook subscriptions
    POST   /admin/api/v1/open-clients/<id>/webhooks              subscribe {url, events}: signing_secret once
    DELETE /admin/api/v1/open-clients/<id>/webhooks/<sub id>     stop a subscription
    GET    /admin/api/v1/open-clients/<id>/deliveries            the delivery log (?status=pending|delivered|dead)
    GET    /admin/api/v1/open-clients/<id>/deliveries/<d id>     one delivery with its payload and attempts
    POST   /admin/api/v1/open-clients/<id>/deliveries/<d id>/replay   send it again (same event id)
"""

from __future__ import annotations

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body, optional_body
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.partners import clients, webhooks
from backend.partners.models import DeliveryStatus
from backend.security import requires

bp = Blueprint("admin_open_clients")


class ClientIn(Body):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[str] = Field(min_length=1, max_length=len(clients.SCOPES))
    rate_limit_per_min: int = Field(default=600, ge=1, le=clients.RATE_LIMIT_MAX)


class ClientUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    scopes: list[str] | None = Field(default=None, min_length=1, max_length=len(clients.SCOPES))
    rate_limit_per_min: int | None = Field(default=None, ge=1, le=clients.RATE_LIMIT_MAX)


class RotateIn(Body):
    grace_hours: int = Field(default=clients.DEFAULT_GRACE_HOURS, ge=0, le=clients.MAX_GRACE_HOURS)


class RevokeIn(Body):
    reason: str = Field(default="", max_length=255)


class WebhookIn(Body):
    url: str = Field(min_length=8, max_length=500)
    events: list[str] = Field(min_length=1, max_length=len(webhooks.EVENTS))


class DeliveryQuery(PageQuery):
    status: DeliveryStatus | None = None


@bp.get("/open-clients")
@requires(Role.HQ_ADMIN)
async def list_clients(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    return ok(q.page_of(await clients.listing(offset=offset, limit=limit)))


@bp.post("/open-clients")
@requires(Role.HQ_ADMIN)
@doc_body(ClientIn)
async def create_client(request: Request) -> HTTPResponse:
    """Register a partner application; its client_secret is in this answer only."""
    body = parse_body(request, ClientIn)
    return created(await clients.register(request.ctx.actor.user, clients.NewClient(
        name=body.name, scopes=body.scopes, rate_limit_per_min=body.rate_limit_per_min)))


@bp.get("/open-clients/<client_pk:int>")
@requires(Role.HQ_ADMIN)
async def get_client(request: Request, client_pk: int) -> HTTPResponse:
    return ok({"client": clients.client_json(await clients.get_client(client_pk))})


@bp.patch("/open-clients/<client_pk:int>")
@requires(Role.HQ_ADMIN)
@doc_body(ClientUpdate)
async def update_client(request: Request, client_pk: int) -> HTTPResponse:
    body = parse_body(request, ClientUpdate)
    return ok(await clients.update(request.ctx.actor.user, client_pk, body.model_dump(exclude_none=True)))


@bp.post("/open-clients/<client_pk:int>/rotate-secret")
@requires(Role.HQ_ADMIN)
@doc_body(RotateIn)
async def rotate_secret(request: Request, client_pk: int) -> HTTPResponse:
    """A new client_secret (in this answer only); the previous one works until the grace period ends."""
    body = optional_body(request, RotateIn)
    return ok(await clients.rotate_secret(request.ctx.actor.user, client_pk, grace_hours=body.grace_hours))


@bp.post("/open-clients/<client_pk:int>/revoke")
@requires(Role.HQ_ADMIN)
@doc_body(RevokeIn)
async def revoke_client(request: Request, client_pk: int) -> HTTPResponse:
    """Revoke the application: no new token, every token it holds refused from the next request on."""
    body = optional_body(request, RevokeIn)
    return ok(await clients.revoke(request.ctx.actor.user, client_pk, reason=body.reason))


@bp.get("/open-clients/<client_pk:int>/webhooks")
@requires(Role.HQ_ADMIN)
async def list_webhooks(request: Request, client_pk: int) -> HTTPResponse:
    return ok(await webhooks.subscriptions_of(await clients.get_client(client_pk)))


@bp.post("/open-clients/<client_pk:int>/webhooks")
@requires(Role.HQ_ADMIN)
@doc_body(WebhookIn)
async def create_webhook(request: Request, client_pk: int) -> HTTPResponse:
    """Subscribe the application to events; the signing_secret is in this answer only."""
    body = parse_body(request, WebhookIn)
    client = await clients.get_client(client_pk)
    return created(await webhooks.subscribe(request.ctx.actor.user, client, url=body.url, events=body.events))


@bp.delete("/open-clients/<client_pk:int>/webhooks/<subscription_id:int>")
@requires(Role.HQ_ADMIN)
async def delete_webhook(request: Request, client_pk: int, subscription_id: int) -> HTTPResponse:
    client = await clients.get_client(client_pk)
    return ok(await webhooks.unsubscribe(request.ctx.actor.user, client, subscription_id))


@bp.get("/open-clients/<client_pk:int>/deliveries")
@requires(Role.HQ_ADMIN)
async def list_deliveries(request: Request, client_pk: int) -> HTTPResponse:
    q = parse_query(request, DeliveryQuery)
    offset, limit = q.window()
    client = await clients.get_client(client_pk)
    result = await webhooks.deliveries_of(client, status=q.status, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.get("/open-clients/<client_pk:int>/deliveries/<delivery_id:int>")
@requires(Role.HQ_ADMIN)
async def get_delivery(request: Request, client_pk: int, delivery_id: int) -> HTTPResponse:
    return ok(await webhooks.delivery_detail(await clients.get_client(client_pk), delivery_id))


@bp.post("/open-clients/<client_pk:int>/deliveries/<delivery_id:int>/replay")
@requires(Role.HQ_ADMIN)
async def replay_delivery(request: Request, client_pk: int, delivery_id: int) -> HTTPResponse:
    """Send a delivery again: fresh attempts, due now, the same event id and body."""
    client = await clients.get_client(client_pk)
    return ok(await webhooks.replay(request.ctx.actor.user, client, delivery_id))
