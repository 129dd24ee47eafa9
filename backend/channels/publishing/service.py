"""Publishing a product to shops: one publication record per (product, shop), the platform call through the
shop's adapter, the SKU mappings stock sync pushes through, and the audit.

A publish claims its record first (state pending, a lease of ``LEASE``): a second publish of the same product to
the same shop meanwhile is refused, so two clicks never list the item twice. The first successful publish stores
the platform's item id; every later one updates that item. A retry of a first publish that stored no item id (its
answer was lost: a timeout or a reset after the platform created the item, or a crash) first looks the item up by
our product code, the item's outer id on every platform (``FINDERS``), and updates what it finds instead of adding
the product a second time. Platform refusals (a missing category attribute, a bad
category, an expired token) are kept on the record as that platform's error; the other platforms go on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Product, Sku
from backend.catalog.pricing import prices_for
from backend.channels.accounts import account_for, adapter_for, platform_name
from backend.channels.adapters import PLATFORMS, PlatformError
from backend.channels.models import (
    PUBLICATION_STATE_ZH,
    ChannelAccount,
    ProductPublication,
    PublicationState,
    SkuMapping,
)
from backend.channels.publish_quantity import quantity_for
from backend.channels.sync import request_pushes
from backend.errors import Conflict, NotFound, ValidationError
from backend.timestamps import iso

from . import douyin, jd, kuaishou, pdd, taobao, wechat_shop
from .listing import Finder, Listed, ListingSku, ProductListing, Publisher

PUBLISHERS: dict[str, Publisher] = {
    "taobao": taobao.publish, "jd": jd.publish, "pdd": pdd.publish, "douyin": douyin.publish,
    "kuaishou": kuaishou.publish, "wechat_shop": wechat_shop.publish,
}
FINDERS: dict[str, Finder] = {
    "taobao": taobao.find, "jd": jd.find, "pdd": pdd.find, "douyin": douyin.find, "kuaishou": kuaishou.find,
    "wechat_shop": wechat_shop.find,
}
LEASE = timedelta(minutes=5)  # a publish pending longer than this is taken as abandoned


@dataclass(frozen=True)
class PublishTarget:
    """One shop to publish to. None keeps what the last publish to that shop used."""

    platform: str
    category_id: str | None = None  # the platform's leaf category
    attributes: dict[str, str] | None = None  # the category's attributes, keyed as the platform names them


@dataclass(frozen=True)
class PublishRequest:
    product_code: str
    targets: tuple[PublishTarget, ...]
    images: tuple[str, ...] | None = None  # URLs, the first is the main picture; None: as last published
    title: str | None = None  # None: as last published, else the product's name


# ---- publishing ---------------------------------------------------------------------------------------------


async def publish(request: PublishRequest, *, user: Any) -> dict[str, Any]:
    """Publish one product to each target shop; the answer has every platform's outcome (published or its
    error). Bad input (unknown product or shop, nothing to list) is refused before any platform is called."""
    product = await Product.get_or_none(code=request.product_code)
    if product is None:
        raise NotFound(f"商品 {request.product_code} 不存在")
    skus = await Sku.filter(product_id=product.id, is_active=True).order_by("id")
    if not skus:
        raise ValidationError(f"商品 {product.code} 没有在售的 SKU")
    platforms = [t.platform for t in request.targets]
    if not platforms or len(set(platforms)) != len(platforms):
        raise ValidationError("请选择要发布的平台，每个平台一次", details=[{"field": "targets", "message": "平台重复或为空"}])
    plans = [await _plan(product, target, request) for target in request.targets]  # all checked before any call
    results = []
    for account, pub, content in plans:
        claimed = await _claim(product, account, pub, content)
        if claimed is None:  # another publish of this product to this shop is under way: its outcome stands
            current = await ProductPublication.get(product_id=product.id, account_id=account.id)
            results.append({**await publication_dict(current, product, account), "in_progress": True})
            continue
        results.append(await _publish_one(product, skus, account, claimed, user))
    return {"product_code": product.code, "results": results}


async def _plan(product: Product, target: PublishTarget,
                request: PublishRequest) -> tuple[ChannelAccount, ProductPublication | None, dict[str, Any]]:
    """The shop, its publication record (None before the first publish) and this publish's content."""
    if target.platform not in PLATFORMS:
        raise ValidationError(f"不支持的平台：{target.platform}", details=[{"field": "targets", "message": "平台不存在"}])
    account = await account_for(target.platform)
    adapter_for(account)  # refuses a shop not fit to call (production guard) before anything is written
    pub = await ProductPublication.get_or_none(product_id=product.id, account_id=account.id)
    category = target.category_id or (pub.category_id if pub else "")
    images = list(request.images) if request.images is not None else (pub.images if pub else [])
    if not category:
        raise ValidationError(f"请选择{platform_name(target.platform)}的商品类目",
                              details=[{"field": "category_id", "message": "必填"}])
    if not images:
        raise ValidationError("请提供至少一张商品图片", details=[{"field": "images", "message": "必填"}])
    content = {
        "category_id": category, "images": images,
        "attributes": target.attributes if target.attributes is not None else (pub.attributes if pub else {}),
        "title": request.title if request.title is not None else (pub.title if pub else ""),
    }
    return account, pub, content


async def _claim(product: Product, account: ChannelAccount, pub: ProductPublication | None,
                 content: dict[str, Any]) -> ProductPublication | None:
    """Take the record's lease (state pending) with this publish's content on it; None if another holds it."""
    if pub is None:
        pub, _ = await ProductPublication.get_or_create(product_id=product.id, account_id=account.id,
                                                        defaults={**content, "state": PublicationState.FAILED})
    now = datetime.now(UTC)
    claimed = await ProductPublication.filter(
        Q(state__not=PublicationState.PENDING) | Q(updated_at__lt=now - LEASE), id=pub.id,
    ).update(state=PublicationState.PENDING, attempts=F("attempts") + 1, updated_at=now, **content)
    if not claimed:
        return None
    await pub.refresh_from_db()
    return pub


async def _listing(product: Product, skus: list[Sku], account: ChannelAccount,
                   pub: ProductPublication) -> ProductListing:
    prices = await prices_for(skus, account.platform)
    lines = [ListingSku(s.code, s.spec or s.name, prices[s.id], await quantity_for(s.id, account)) for s in skus]
    return ProductListing(
        code=product.code, title=pub.title or product.name, description=product.description,
        category_id=pub.category_id, images=tuple(pub.images),
        attributes={str(k): str(v) for k, v in pub.attributes.items()}, skus=tuple(lines),
    )


async def _publish_one(product: Product, skus: list[Sku], account: ChannelAccount, pub: ProductPublication,
                       user: Any) -> dict[str, Any]:
    before = _audit_view(pub)
    try:
        listing = await _listing(product, skus, account, pub)
        adapter = adapter_for(account)
        item_id = pub.platform_item_id or None
        if item_id is None and pub.attempts > 1:  # an earlier attempt may have created it unanswered
            item_id = await FINDERS[account.platform](adapter, listing)
        result = await PUBLISHERS[account.platform](adapter, listing, item_id)
    except PlatformError as exc:
        await _failed(pub, exc.kind, exc.message, user, before)
        return await publication_dict(pub, product, account)
    pub.platform_item_id = result.item_id  # the item exists on the platform now: the next publish updates it
    try:
        await _published(pub, account, skus, result, user, before)
    except Conflict as exc:
        await _failed(pub, "mapping_conflict", exc.message, user, before)
    return await publication_dict(pub, product, account)


async def _published(pub: ProductPublication, account: ChannelAccount, skus: list[Sku], result: Listed, user: Any,
                     before: dict[str, Any]) -> None:
    ids = {s.code: s.id for s in skus}
    dropped = {code: psid for code, psid in (pub.sku_ids or {}).items() if code not in result.sku_ids}
    async with in_transaction() as conn:
        for code, psid in result.sku_ids.items():
            await _map(account, ids[code], code, psid, conn)
        for psid in dropped.values():  # SKUs no longer sold: the platform took them off the listing
            await SkuMapping.filter(account_id=account.id, platform_sku_id=psid).using_db(conn).delete()
        pub.state, pub.sku_ids = PublicationState.PUBLISHED, result.sku_ids
        pub.error_kind, pub.error, pub.published_at = "", "", datetime.now(UTC)
        await pub.save(using_db=conn)
        await record_audit(user, "channels.publication.publish", "channel_publication", pub.id, before=before,
                           after=_audit_view(pub), using_db=conn)
    await request_pushes([(account.id, ids[code]) for code in result.sku_ids])  # stock sync owns the quantity now


async def _map(account: ChannelAccount, sku_id: int, code: str, psid: str, conn: Any) -> None:
    taken = await SkuMapping.filter(account_id=account.id, platform_sku_id=psid).using_db(conn).first()
    if taken is not None and taken.sku_id != sku_id:
        raise Conflict(f"{platform_name(account.platform)}商品 {psid} 已关联其他商品，无法关联 {code}")
    mapping = await SkuMapping.filter(account_id=account.id, sku_id=sku_id).using_db(conn).first()
    if mapping is None:
        await SkuMapping.create(account_id=account.id, sku_id=sku_id, platform_sku_id=psid, using_db=conn)
    elif mapping.platform_sku_id != psid or not mapping.is_active:
        mapping.platform_sku_id, mapping.is_active = psid, True
        await mapping.save(using_db=conn)


async def _failed(pub: ProductPublication, kind: str, message: str, user: Any, before: dict[str, Any]) -> None:
    pub.state, pub.error_kind, pub.error = PublicationState.FAILED, kind, message[:500]
    async with in_transaction() as conn:
        await pub.save(using_db=conn)
        await record_audit(user, "channels.publication.publish", "channel_publication", pub.id, before=before,
                           after=_audit_view(pub), using_db=conn)


def _audit_view(pub: ProductPublication) -> dict[str, Any]:
    return {"state": pub.state.value, "platform_item_id": pub.platform_item_id, "category_id": pub.category_id,
            "attributes": pub.attributes, "images": pub.images, "title": pub.title, "sku_ids": pub.sku_ids,
            "error": pub.error}


# ---- reading ------------------------------------------------------------------------------------------------


async def publication_dict(pub: ProductPublication, product: Product, account: ChannelAccount) -> dict[str, Any]:
    return {
        "id": pub.id, "product_code": product.code, "product_name": product.name, "platform": account.platform,
        "platform_name": platform_name(account.platform), "state": pub.state.value,
        "state_name": PUBLICATION_STATE_ZH[pub.state], "platform_item_id": pub.platform_item_id,
        "category_id": pub.category_id, "title": pub.title or product.name, "images": pub.images,
        "attributes": pub.attributes, "sku_ids": pub.sku_ids, "error_kind": pub.error_kind, "error": pub.error,
        "attempts": pub.attempts, "published_at": iso(pub.published_at), "updated_at": iso(pub.updated_at),
    }


async def publications(*, product_code: str | None, platform: str | None, state: PublicationState | None,
                       offset: int, limit: int) -> dict[str, Any]:
    qs = ProductPublication.all()
    if product_code:
        qs = qs.filter(product__code=product_code)
    if platform:
        qs = qs.filter(account__platform=platform)
    if state:
        qs = qs.filter(state=state)
    total = await qs.count()
    rows = await qs.order_by("-updated_at", "-id").offset(offset).limit(limit).select_related("product", "account")
    return {"items": [await publication_dict(r, r.product, r.account) for r in rows], "total": total}


async def product_publications(product_code: str) -> dict[str, Any]:
    """The product's publish state on every platform (null where it was never published or has no shop)."""
    product = await Product.get_or_none(code=product_code)
    if product is None:
        raise NotFound(f"商品 {product_code} 不存在")
    accounts = {a.platform: a for a in await ChannelAccount.all()}
    pubs = {p.account_id: p for p in await ProductPublication.filter(product_id=product.id)}
    platforms = []
    for platform in PLATFORMS:
        account = accounts.get(platform)
        pub = pubs.get(account.id) if account else None
        platforms.append({"platform": platform, "platform_name": platform_name(platform),
                          "shop_active": bool(account and account.is_active),
                          "publication": await publication_dict(pub, product, account) if pub and account else None})
    return {"product_code": product.code, "product_name": product.name, "platforms": platforms}
