"""Channel routes: platform webhooks (public, signed) and the channel back office (hq_admin).

    POST|GET /api/v1/channels/<platform>/webhook           order pushes (GET: WeChat's URL check)
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
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.channels.accounts import account_for, adapter_for, check_platform, platform_name
from backend.channels.adapters import PlatformError, SignatureError, WebhookError
from backend.channels.ingestion import ingest_webhook, pull
from backend.channels.models import (
    DEAD_LETTER_STATUS_ZH,
    SHIPMENT_PUSH_STATUS_ZH,
    ChannelAccount,
    DeadLetter,
    DeadLetterStatus,
    PlatformOrder,
    PushState,
    ReconciliationRun,
    ShipmentPush,
    ShipmentPushStatus,
    SkuMapping,
    StockPolicy,
)
from backend.channels.policy import quantity_for
from backend.channels.reconciliation import reconcile
from backend.channels.sync import dispatch, push_lag, replay_dead_letter, request_pushes
from backend.errors import Conflict, NotFound, ServiceUnavailable, Unauthorized, ValidationError
from backend.http import Body, created, ok, parse_body, parse_query
from backend.orders.carriers import CARRIER_NAMES
from backend.org.models import Location, Role
from backend.security import current_actor, requires
from backend.settings import get_settings
from backend.timestamps import iso

webhooks = Blueprint("channel_webhooks", url_prefix="/api/v1/channels")
admin = Blueprint("channel_admin", url_prefix="/admin/api/v1/channels")
bp = Blueprint.group(webhooks, admin)


# ---- webhooks -----------------------------------------------------------------------------------------------


@webhooks.route("/<platform>/webhook", methods=["POST", "GET"])
async def webhook(request: Request, platform: str) -> HTTPResponse:
    """A platform's order push, verified with the platform's signature scheme, ingested idempotently."""
    account = await account_for(platform)
    adapter = adapter_for(account)
    if request.method == "GET":
        echo = adapter.answer_url_check(request.args)
        if echo is None:
            raise Unauthorized("签名校验失败")
        return HTTPResponse(echo, content_type="text/plain")
    try:
        await ingest_webhook(account, request.headers, request.args, request.body)
    except SignatureError as exc:
        raise Unauthorized(f"{platform_name(platform)}推送签名校验失败") from exc
    except WebhookError as exc:
        raise ValidationError(f"{platform_name(platform)}推送内容无法解析：{exc.message}") from exc
    except (PlatformError, TimeoutError) as exc:  # order details unavailable now: the platform redelivers
        raise ServiceUnavailable(f"暂时无法从{platform_name(platform)}获取订单详情，请稍后重试") from exc
    reply = adapter.webhook_ack()
    return HTTPResponse(reply.body, status=reply.status, content_type=reply.content_type)


# ---- serializers --------------------------------------------------------------------------------------------


def _mask(secret: str) -> str:
    return (secret[:3] + "***") if secret else ""


async def _account_dict(account: ChannelAccount) -> dict[str, Any]:
    default = await StockPolicy.get_or_none(account_id=account.id, sku_id=None)
    overrides = await StockPolicy.filter(account_id=account.id, sku_id__isnull=False).count()
    states = await PushState.filter(account_id=account.id).values_list("status", flat=True)
    summary: dict[str, int] = {}
    for s in states:
        summary[str(s)] = summary.get(str(s), 0) + 1
    return {
        "platform": account.platform, "platform_name": platform_name(account.platform), "name": account.name,
        "is_active": account.is_active, "push_enabled": account.push_enabled, "base_url": account.base_url,
        "app_key": account.app_key, "app_secret": _mask(account.app_secret),
        "access_token": _mask(account.access_token), "shop_id": account.shop_id,
        "pulled_at": iso(account.pulled_at),
        "policy": _policy_dict(default), "sku_policies": overrides,
        "mappings": await SkuMapping.filter(account_id=account.id, is_active=True).count(),
        "push_states": summary, "push_lag": await _lag_dict(account.id),
        "shipment_pushes": {str(status): n for status, n in await _count_by_status(account.id)},
        "open_dead_letters": await DeadLetter.filter(account_id=account.id, status__not=DeadLetterStatus.RESOLVED)
        .count(),
    }


async def _lag_dict(account_id: int) -> dict[str, Any]:
    lag = await push_lag(account_id)
    return {**lag, "oldest_waiting_since": iso(lag["oldest_waiting_since"]),
            "last_pushed_at": iso(lag["last_pushed_at"])}


async def _count_by_status(account_id: int) -> list[tuple[str, int]]:
    from tortoise.functions import Count

    rows = await (ShipmentPush.filter(account_id=account_id).annotate(n=Count("id")).group_by("status")
                  .values_list("status", "n"))
    return [(str(status), int(n)) for status, n in rows]


def _policy_dict(policy: StockPolicy | None) -> dict[str, Any]:
    if policy is None:
        return {"share_bp": 10000, "safety_buffer": 0, "location_codes": None}
    return {"share_bp": policy.share_bp, "safety_buffer": policy.safety_buffer,
            "location_codes": policy.location_codes}


def _shipment_dict(push: ShipmentPush, platform: str | None) -> dict[str, Any]:
    return {
        "id": push.id, "platform": platform, "platform_order_id": push.platform_order_id, "order_id": push.order_id,
        "shipment_no": push.shipment_no, "carrier": push.carrier, "carrier_name": CARRIER_NAMES.get(push.carrier),
        "tracking_no": push.tracking_no, "status": push.status.value,
        "status_name": SHIPMENT_PUSH_STATUS_ZH[push.status], "attempts": push.attempts,
        "last_error": push.last_error,
        "next_attempt_at": iso(push.next_attempt_at),
        "pushed_at": iso(push.pushed_at),
        "created_at": iso(push.created_at),
    }


async def _letter_dict(letter: DeadLetter, platforms: dict[int, str], codes: dict[int, str]) -> dict[str, Any]:
    shipment = None
    if letter.shipment_push_id:
        push = await ShipmentPush.get_or_none(id=letter.shipment_push_id)
        shipment = _shipment_dict(push, platforms.get(letter.account_id)) if push else None
    return {
        "id": letter.id, "platform": platforms.get(letter.account_id), "kind": letter.kind,
        "kind_name": "物流回传" if letter.kind == "shipment" else "库存同步", "shipment": shipment,
        "sku_code": codes.get(letter.sku_id or 0), "platform_sku_id": letter.platform_sku_id, "qty": letter.qty,
        "attempts": letter.attempts, "error": letter.error, "status": letter.status.value,
        "status_name": DEAD_LETTER_STATUS_ZH[letter.status], "replay_count": letter.replay_count,
        "replayed_at": iso(letter.replayed_at),
        "resolved_at": iso(letter.resolved_at),
        "created_at": iso(letter.created_at), "updated_at": iso(letter.updated_at),
    }


def _run_dict(run: ReconciliationRun, *, details: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": run.id, "trigger": run.trigger, "started_at": iso(run.started_at),
        "finished_at": iso(run.finished_at),
        "skus_checked": run.skus_checked, "stock_fixed": run.stock_fixed, "orders_checked": run.orders_checked,
        "orders_fixed": run.orders_fixed, "errors": run.errors,
    }
    if details:
        out["details"] = run.details
    return out


# ---- accounts and policy ------------------------------------------------------------------------------------


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


@admin.get("")
@requires(Role.HQ_ADMIN)
async def list_accounts(request: Request) -> HTTPResponse:
    accounts = await ChannelAccount.all().order_by("id")
    return ok({"items": [await _account_dict(a) for a in accounts]})


@admin.put("/<platform>")
@requires(Role.HQ_ADMIN)
async def put_account(request: Request, platform: str) -> HTTPResponse:
    check_platform(platform)
    body = parse_body(request, AccountIn)
    actor = current_actor(request)
    changes = body.model_dump(exclude_none=True)
    account = await ChannelAccount.get_or_none(platform=platform)
    _refuse_fake_shop_in_production(platform, account, changes)
    if account is None:
        if not body.app_key or not body.app_secret:
            raise ValidationError("开通渠道店铺需要填写 app_key 和 app_secret",
                                  details=[{"field": "app_key", "message": "缺少必填字段"}])
        account = await ChannelAccount.create(platform=platform, name=body.name or platform_name(platform),
                                              **{k: v for k, v in changes.items() if k != "name"})
        before = None
    else:
        before = {k: getattr(account, k) for k in changes if k not in ("app_secret", "access_token")}
        for k, v in changes.items():
            setattr(account, k, v)
        await account.save()
    after = {k: v for k, v in changes.items() if k not in ("app_secret", "access_token")}
    await record_audit(actor.user, "channels.account.update", "channel_account", account.id, before=before,
                       after=after)
    return ok({"account": await _account_dict(account)})


def _refuse_fake_shop_in_production(platform: str, account: ChannelAccount | None, changes: dict[str, Any]) -> None:
    """Production: a shop is never pointed at a fake (loopback, /_fakes/, plain http) or given the demo shops'
    credentials (backend.production_guard); the adapter factory refuses such a shop too, this says so at once."""
    from types import SimpleNamespace

    from backend import production_guard

    if not production_guard.is_production(get_settings()):
        return
    fields = ("app_key", "app_secret", "access_token", "webhook_token", "base_url")
    current = {f: getattr(account, f) if account is not None else "" for f in fields}
    candidate = SimpleNamespace(platform=platform, **{**current, **{k: v for k, v in changes.items() if k in fields}})
    problems = production_guard.channel_account_problems(candidate)
    if problems:
        raise ValidationError(f"生产环境不允许该店铺配置：{problems[0]}",
                              details=[{"field": "base_url" if "base_url" in p else "credentials", "message": p}
                                       for p in problems])


@admin.put("/<platform>/policy")
@requires(Role.HQ_ADMIN)
async def put_policy(request: Request, platform: str) -> HTTPResponse:
    account = await account_for(platform, active_only=False)
    body = parse_body(request, PolicyIn)
    actor = current_actor(request)
    sku = None
    if body.sku_code:
        sku = await Sku.get_or_none(code=body.sku_code)
        if sku is None:
            raise ValidationError(f"商品编码 {body.sku_code} 不存在", details=[{"field": "sku_code",
                                                                          "message": "商品不存在"}])
    codes = None
    if body.location_codes is not None:
        codes = sorted(set(body.location_codes))
        found = set(await Location.filter(code__in=codes).values_list("code", flat=True))
        missing = [c for c in codes if c not in found]
        if missing:
            raise ValidationError(f"门店或仓库 {', '.join(missing)} 不存在",
                                  details=[{"field": "location_codes", "message": "不存在"}])
    policy = await StockPolicy.get_or_none(account_id=account.id, sku_id=sku.id if sku else None)
    before = _policy_dict(policy) if policy else None
    values = {"share_bp": body.share_bp, "safety_buffer": body.safety_buffer, "location_codes": codes}
    if policy is None:
        policy = await StockPolicy.create(account_id=account.id, sku_id=sku.id if sku else None, **values)
    else:
        await StockPolicy.filter(id=policy.id).update(**values)
        await policy.refresh_from_db()
    await record_audit(actor.user, "channels.policy.update", "channel_account", account.id, before=before,
                       after={**values, "sku_code": body.sku_code})
    # Quantities change with the policy: publish them again.
    sku_ids = await SkuMapping.filter(account_id=account.id, is_active=True).values_list("sku_id", flat=True)
    if sku is not None:
        sku_ids = [s for s in sku_ids if s == sku.id]
    await request_pushes([(account.id, int(s)) for s in sku_ids])
    return ok({"policy": {**_policy_dict(policy), "sku_code": body.sku_code}})


# ---- mappings and quantities --------------------------------------------------------------------------------


@admin.get("/<platform>/mappings")
@requires(Role.HQ_ADMIN)
async def list_mappings(request: Request, platform: str) -> HTTPResponse:
    account = await account_for(platform, active_only=False)
    rows = await SkuMapping.filter(account_id=account.id).order_by("id")
    codes = dict(await Sku.filter(id__in=[m.sku_id for m in rows]).values_list("id", "code"))
    return ok({"items": [{"id": m.id, "sku_code": codes.get(m.sku_id), "platform_sku_id": m.platform_sku_id,
                          "is_active": m.is_active} for m in rows]})


@admin.post("/<platform>/mappings")
@requires(Role.HQ_ADMIN)
async def add_mapping(request: Request, platform: str) -> HTTPResponse:
    account = await account_for(platform, active_only=False)
    body = parse_body(request, MappingIn)
    sku = await Sku.get_or_none(code=body.sku_code)
    if sku is None:
        raise ValidationError(f"商品编码 {body.sku_code} 不存在", details=[{"field": "sku_code", "message": "商品不存在"}])
    if await SkuMapping.filter(account_id=account.id, sku_id=sku.id).exists():
        raise Conflict(f"商品 {body.sku_code} 已关联{platform_name(platform)}商品")
    if await SkuMapping.filter(account_id=account.id, platform_sku_id=body.platform_sku_id).exists():
        raise Conflict(f"{platform_name(platform)}商品 {body.platform_sku_id} 已关联其他商品")
    mapping = await SkuMapping.create(account_id=account.id, sku_id=sku.id, platform_sku_id=body.platform_sku_id)
    await record_audit(current_actor(request).user, "channels.mapping.create", "channel_sku_mapping", mapping.id,
                       after={"platform": platform, "sku_code": sku.code, "platform_sku_id": body.platform_sku_id})
    await request_pushes([(account.id, sku.id)])  # publish our quantity on the new listing
    return created({"mapping": {"id": mapping.id, "sku_code": sku.code, "platform_sku_id": mapping.platform_sku_id,
                                "is_active": True}})


@admin.delete("/<platform>/mappings/<mapping_id:int>")
@requires(Role.HQ_ADMIN)
async def delete_mapping(request: Request, platform: str, mapping_id: int) -> HTTPResponse:
    account = await account_for(platform, active_only=False)
    mapping = await SkuMapping.get_or_none(id=mapping_id, account_id=account.id)
    if mapping is None:
        raise NotFound("商品关联不存在")
    await mapping.delete()
    await record_audit(current_actor(request).user, "channels.mapping.delete", "channel_sku_mapping", mapping_id,
                       before={"platform": platform, "platform_sku_id": mapping.platform_sku_id})
    return ok({"deleted": mapping_id})


class QuantityQuery(Body):
    sku_code: str | None = None


@admin.get("/<platform>/quantities")
@requires(Role.HQ_ADMIN)
async def quantities(request: Request, platform: str) -> HTTPResponse:
    account = await account_for(platform, active_only=False)
    q = parse_query(request, QuantityQuery)
    maps = SkuMapping.filter(account_id=account.id, is_active=True).order_by("id")
    if q.sku_code:
        maps = maps.filter(sku__code=q.sku_code)
    rows = await maps
    codes = dict(await Sku.filter(id__in=[m.sku_id for m in rows]).values_list("id", "code"))
    states = {s.sku_id: s for s in await PushState.filter(account_id=account.id, sku_id__in=[m.sku_id for m in rows])}
    items = []
    for m in rows:
        s = states.get(m.sku_id)
        items.append({"sku_code": codes.get(m.sku_id), "platform_sku_id": m.platform_sku_id,
                      "publish_qty": await quantity_for(m.sku_id, account),
                      "pushed_qty": s.pushed_qty if s else None, "status": s.status.value if s else None,
                      "pushed_at": iso(s.pushed_at) if s else None,
                      "last_error": s.last_error if s else ""})
    return ok({"platform": platform, "items": items})


@admin.post("/<platform>/pull")
@requires(Role.HQ_ADMIN)
async def pull_now(request: Request, platform: str) -> HTTPResponse:
    account = await account_for(platform)
    try:
        results = await pull(account)
    except PlatformError as exc:
        raise ServiceUnavailable(f"{platform_name(platform)}暂时无法访问：{exc.message}") from exc
    await record_audit(current_actor(request).user, "channels.pull", "channel_account", account.id,
                       after={"events": len(results)})
    return ok({"events": len(results), "results": [r.__dict__ for r in results]})


# ---- dead letters -------------------------------------------------------------------------------------------


class AdminPage(Body):
    """Paging of the channel admin lists (50 a page by default)."""

    page: int = Field(default=1, ge=1)
    page_size: int = Field(default=50, ge=1, le=200)


class LetterQuery(AdminPage):
    status: DeadLetterStatus | None = None
    platform: str | None = None
    kind: Literal["stock", "shipment"] | None = None


@admin.get("/dead-letters")
@requires(Role.HQ_ADMIN)
async def list_dead_letters(request: Request) -> HTTPResponse:
    q = parse_query(request, LetterQuery)
    qs = DeadLetter.all()
    if q.status:
        qs = qs.filter(status=q.status)
    if q.platform:
        qs = qs.filter(account__platform=q.platform)
    if q.kind:
        qs = qs.filter(kind=q.kind)
    total = await qs.count()
    rows = await qs.order_by("-id").offset((q.page - 1) * q.page_size).limit(q.page_size)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    codes = dict(await Sku.filter(id__in=[r.sku_id for r in rows if r.sku_id]).values_list("id", "code"))
    return ok({"items": [await _letter_dict(r, platforms, codes) for r in rows], "total": total})


@admin.post("/dead-letters/<letter_id:int>/replay")
@requires(Role.HQ_ADMIN)
async def replay(request: Request, letter_id: int) -> HTTPResponse:
    letter, work = await replay_dead_letter(letter_id, current_actor(request).user)
    await dispatch(work)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    codes = dict(await Sku.filter(id=letter.sku_id or 0).values_list("id", "code"))
    return ok({"dead_letter": await _letter_dict(letter, platforms, codes)}, status=202)


class ShipmentsQuery(AdminPage):
    status: ShipmentPushStatus | None = None
    platform: str | None = None
    platform_order_id: str | None = None


@admin.get("/shipments")
@requires(Role.HQ_ADMIN)
async def list_shipments(request: Request) -> HTTPResponse:
    """Shipments of platform orders and whether the platform has them (carrier + tracking number)."""
    q = parse_query(request, ShipmentsQuery)
    qs = ShipmentPush.all()
    if q.status:
        qs = qs.filter(status=q.status)
    if q.platform:
        qs = qs.filter(account__platform=q.platform)
    if q.platform_order_id:
        qs = qs.filter(platform_order_id=q.platform_order_id)
    total = await qs.count()
    rows = await qs.order_by("-id").offset((q.page - 1) * q.page_size).limit(q.page_size)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    return ok({"items": [_shipment_dict(r, platforms.get(r.account_id)) for r in rows], "total": total})


# ---- reconciliation and platform orders ---------------------------------------------------------------------


@admin.get("/reconciliations")
@requires(Role.HQ_ADMIN)
async def list_runs(request: Request) -> HTTPResponse:
    runs = await ReconciliationRun.all().order_by("-id").limit(50)
    return ok({"items": [_run_dict(r, details=False) for r in runs]})


@admin.get("/reconciliations/<run_id:int>")
@requires(Role.HQ_ADMIN)
async def get_run(request: Request, run_id: int) -> HTTPResponse:
    run = await ReconciliationRun.get_or_none(id=run_id)
    if run is None:
        raise NotFound("对账记录不存在")
    return ok({"reconciliation": _run_dict(run, details=True)})


@admin.post("/reconciliations")
@requires(Role.HQ_ADMIN)
async def run_now(request: Request) -> HTTPResponse:
    run = await reconcile(trigger="admin")
    await record_audit(current_actor(request).user, "channels.reconcile", "channel_reconciliation", run.id,
                       after={"stock_fixed": run.stock_fixed, "orders_fixed": run.orders_fixed})
    return created({"reconciliation": _run_dict(run, details=True)})


class OrdersQuery(AdminPage):
    platform: str | None = None
    errors: bool = False


@admin.get("/platform-orders")
@requires(Role.HQ_ADMIN)
async def platform_orders(request: Request) -> HTTPResponse:
    q = parse_query(request, OrdersQuery)
    qs = PlatformOrder.all()
    if q.platform:
        qs = qs.filter(platform=q.platform)
    if q.errors:
        qs = qs.filter(order_id__isnull=True).exclude(error="")
    total = await qs.count()
    rows = await qs.order_by("-id").offset((q.page - 1) * q.page_size).limit(q.page_size).prefetch_related("order")
    return ok({"total": total, "items": [{
        "platform": r.platform, "platform_order_id": r.platform_order_id, "status": r.status,
        "order_no": r.order.order_no if r.order else None, "order_status": r.order.status.value if r.order else None,
        "total_fen": r.total_fen, "items": r.items, "error": r.error, "deliveries": r.deliveries,
        "sources": r.sources, "updated_at": iso(r.updated_at)} for r in rows]})
