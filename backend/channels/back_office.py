"""The channel back office (hq_admin, admin_api/channels.py): shop accounts and their stock policies, SKU
mappings, the quantities we publish, pulling orders now, dead letters, shipment pushes, reconciliation runs and
the ingested platform orders. Every change is audited; plain arguments in, JSON-ready dicts out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from types import SimpleNamespace
from typing import Any

from tortoise.functions import Count

from backend import production_guard
from backend.audit import record_audit
from backend.catalog.models import Sku
from backend.channels.accounts import account_for, check_platform, platform_name
from backend.channels.adapters import PlatformError
from backend.channels.ingestion import pull
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
from backend.channels.publish_quantity import quantity_for
from backend.channels.reconciliation import reconcile
from backend.channels.sync import dispatch, push_lag, replay_dead_letter, request_pushes
from backend.errors import Conflict, NotFound, ServiceUnavailable, ValidationError
from backend.orders.carriers import CARRIER_NAMES
from backend.org.models import Location
from backend.settings import get_settings
from backend.timestamps import iso


@dataclass(frozen=True)
class AccountChanges:
    """What staff change on a shop account; None leaves a field as it is."""

    name: str | None = None
    app_key: str | None = None
    app_secret: str | None = None
    access_token: str | None = None
    webhook_token: str | None = None
    base_url: str | None = None
    sign_method: str | None = None
    shop_id: str | None = None
    is_active: bool | None = None
    push_enabled: bool | None = None

    def given(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Page:
    page: int = 1
    page_size: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


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


async def accounts() -> list[dict[str, Any]]:
    return [await _account_dict(a) for a in await ChannelAccount.all().order_by("id")]


async def update_account(platform: str, changes: AccountChanges, *, user: Any) -> dict[str, Any]:
    """Change a shop account (created if missing: app_key and app_secret needed then)."""
    check_platform(platform)
    given = changes.given()
    account = await ChannelAccount.get_or_none(platform=platform)
    _refuse_fake_shop_in_production(platform, account, given)
    if account is None:
        if not changes.app_key or not changes.app_secret:
            raise ValidationError("开通渠道店铺需要填写 app_key 和 app_secret",
                                  details=[{"field": "app_key", "message": "缺少必填字段"}])
        account = await ChannelAccount.create(platform=platform, name=changes.name or platform_name(platform),
                                              **{k: v for k, v in given.items() if k != "name"})
        before = None
    else:
        before = {k: getattr(account, k) for k in given if k not in ("app_secret", "access_token")}
        for k, v in given.items():
            setattr(account, k, v)
        await account.save()
    after = {k: v for k, v in given.items() if k not in ("app_secret", "access_token")}
    await record_audit(user, "channels.account.update", "channel_account", account.id, before=before, after=after)
    return await _account_dict(account)


def _refuse_fake_shop_in_production(platform: str, account: ChannelAccount | None, changes: dict[str, Any]) -> None:
    """Production: a shop is never pointed at a fake (loopback, /_fakes/, plain http) or given the demo shops'
    credentials (backend.production_guard); the adapter factory refuses such a shop too, this says so at once."""
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


async def set_policy(platform: str, *, share_bp: int, safety_buffer: int, location_codes: list[str] | None,
                     sku_code: str | None, user: Any) -> dict[str, Any]:
    """The account's stock policy (sku_code None) or one SKU's override; the quantities are published again."""
    account = await account_for(platform, active_only=False)
    sku = None
    if sku_code:
        sku = await Sku.get_or_none(code=sku_code)
        if sku is None:
            raise ValidationError(f"商品编码 {sku_code} 不存在", details=[{"field": "sku_code", "message": "商品不存在"}])
    codes = None
    if location_codes is not None:
        codes = sorted(set(location_codes))
        found = set(await Location.filter(code__in=codes).values_list("code", flat=True))
        missing = [c for c in codes if c not in found]
        if missing:
            raise ValidationError(f"门店或仓库 {', '.join(missing)} 不存在",
                                  details=[{"field": "location_codes", "message": "不存在"}])
    policy = await StockPolicy.get_or_none(account_id=account.id, sku_id=sku.id if sku else None)
    before = _policy_dict(policy) if policy else None
    values = {"share_bp": share_bp, "safety_buffer": safety_buffer, "location_codes": codes}
    if policy is None:
        policy = await StockPolicy.create(account_id=account.id, sku_id=sku.id if sku else None, **values)
    else:
        await StockPolicy.filter(id=policy.id).update(**values)
        await policy.refresh_from_db()
    await record_audit(user, "channels.policy.update", "channel_account", account.id, before=before,
                       after={**values, "sku_code": sku_code})
    # Quantities change with the policy: publish them again.
    sku_ids = await SkuMapping.filter(account_id=account.id, is_active=True).values_list("sku_id", flat=True)
    if sku is not None:
        sku_ids = [s for s in sku_ids if s == sku.id]
    await request_pushes([(account.id, int(s)) for s in sku_ids])
    return {**_policy_dict(policy), "sku_code": sku_code}


# ---- mappings and quantities --------------------------------------------------------------------------------


async def mappings(platform: str) -> list[dict[str, Any]]:
    account = await account_for(platform, active_only=False)
    rows = await SkuMapping.filter(account_id=account.id).order_by("id")
    codes = dict(await Sku.filter(id__in=[m.sku_id for m in rows]).values_list("id", "code"))
    return [{"id": m.id, "sku_code": codes.get(m.sku_id), "platform_sku_id": m.platform_sku_id,
             "is_active": m.is_active} for m in rows]


async def add_mapping(platform: str, *, sku_code: str, platform_sku_id: str, user: Any) -> dict[str, Any]:
    account = await account_for(platform, active_only=False)
    sku = await Sku.get_or_none(code=sku_code)
    if sku is None:
        raise ValidationError(f"商品编码 {sku_code} 不存在", details=[{"field": "sku_code", "message": "商品不存在"}])
    if await SkuMapping.filter(account_id=account.id, sku_id=sku.id).exists():
        raise Conflict(f"商品 {sku_code} 已关联{platform_name(platform)}商品")
    if await SkuMapping.filter(account_id=account.id, platform_sku_id=platform_sku_id).exists():
        raise Conflict(f"{platform_name(platform)}商品 {platform_sku_id} 已关联其他商品")
    mapping = await SkuMapping.create(account_id=account.id, sku_id=sku.id, platform_sku_id=platform_sku_id)
    await record_audit(user, "channels.mapping.create", "channel_sku_mapping", mapping.id,
                       after={"platform": platform, "sku_code": sku.code, "platform_sku_id": platform_sku_id})
    await request_pushes([(account.id, sku.id)])  # publish our quantity on the new listing
    return {"id": mapping.id, "sku_code": sku.code, "platform_sku_id": mapping.platform_sku_id, "is_active": True}


async def delete_mapping(platform: str, mapping_id: int, *, user: Any) -> None:
    account = await account_for(platform, active_only=False)
    mapping = await SkuMapping.get_or_none(id=mapping_id, account_id=account.id)
    if mapping is None:
        raise NotFound("商品关联不存在")
    await mapping.delete()
    await record_audit(user, "channels.mapping.delete", "channel_sku_mapping", mapping_id,
                       before={"platform": platform, "platform_sku_id": mapping.platform_sku_id})


async def quantities(platform: str, sku_code: str | None = None) -> list[dict[str, Any]]:
    """What we publish vs what was pushed, per mapped SKU."""
    account = await account_for(platform, active_only=False)
    maps = SkuMapping.filter(account_id=account.id, is_active=True).order_by("id")
    if sku_code:
        maps = maps.filter(sku__code=sku_code)
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
    return items


async def pull_now(platform: str, *, user: Any) -> dict[str, Any]:
    account = await account_for(platform)
    try:
        results = await pull(account)
    except PlatformError as exc:
        raise ServiceUnavailable(f"{platform_name(platform)}暂时无法访问：{exc.message}") from exc
    await record_audit(user, "channels.pull", "channel_account", account.id, after={"events": len(results)})
    return {"events": len(results), "results": [r.__dict__ for r in results]}


# ---- dead letters and shipments -----------------------------------------------------------------------------


async def dead_letters(*, status: DeadLetterStatus | None, platform: str | None, kind: str | None,
                       page: Page) -> dict[str, Any]:
    qs = DeadLetter.all()
    if status:
        qs = qs.filter(status=status)
    if platform:
        qs = qs.filter(account__platform=platform)
    if kind:
        qs = qs.filter(kind=kind)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(page.offset).limit(page.page_size)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    codes = dict(await Sku.filter(id__in=[r.sku_id for r in rows if r.sku_id]).values_list("id", "code"))
    return {"items": [await _letter_dict(r, platforms, codes) for r in rows], "total": total}


async def replay(letter_id: int, *, user: Any) -> dict[str, Any]:
    """Put a dead letter back in the queue and send it now."""
    letter, work = await replay_dead_letter(letter_id, user)
    await dispatch(work)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    codes = dict(await Sku.filter(id=letter.sku_id or 0).values_list("id", "code"))
    return await _letter_dict(letter, platforms, codes)


async def shipments(*, status: ShipmentPushStatus | None, platform: str | None, platform_order_id: str | None,
                    page: Page) -> dict[str, Any]:
    """Shipments of platform orders and whether the platform has them (carrier + tracking number)."""
    qs = ShipmentPush.all()
    if status:
        qs = qs.filter(status=status)
    if platform:
        qs = qs.filter(account__platform=platform)
    if platform_order_id:
        qs = qs.filter(platform_order_id=platform_order_id)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(page.offset).limit(page.page_size)
    platforms = dict(await ChannelAccount.all().values_list("id", "platform"))
    return {"items": [_shipment_dict(r, platforms.get(r.account_id)) for r in rows], "total": total}


# ---- reconciliation and platform orders ---------------------------------------------------------------------


async def runs() -> list[dict[str, Any]]:
    return [_run_dict(r, details=False) for r in await ReconciliationRun.all().order_by("-id").limit(50)]


async def run(run_id: int) -> dict[str, Any]:
    found = await ReconciliationRun.get_or_none(id=run_id)
    if found is None:
        raise NotFound("对账记录不存在")
    return _run_dict(found, details=True)


async def run_now(*, user: Any) -> dict[str, Any]:
    done = await reconcile(trigger="admin")
    await record_audit(user, "channels.reconcile", "channel_reconciliation", done.id,
                       after={"stock_fixed": done.stock_fixed, "orders_fixed": done.orders_fixed})
    return _run_dict(done, details=True)


async def platform_orders(*, platform: str | None, errors: bool, page: Page) -> dict[str, Any]:
    """Ingested platform orders (errors: only those that could not be placed)."""
    qs = PlatformOrder.all()
    if platform:
        qs = qs.filter(platform=platform)
    if errors:
        qs = qs.filter(order_id__isnull=True).exclude(error="")
    total = await qs.count()
    rows = await qs.order_by("-id").offset(page.offset).limit(page.page_size).prefetch_related("order")
    return {"total": total, "items": [{
        "platform": r.platform, "platform_order_id": r.platform_order_id, "status": r.status,
        "order_no": r.order.order_no if r.order else None, "order_status": r.order.status.value if r.order else None,
        "total_fen": r.total_fen, "items": r.items, "error": r.error, "deliveries": r.deliveries,
        "sources": r.sources, "updated_at": iso(r.updated_at)} for r in rows]}
