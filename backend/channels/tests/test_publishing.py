"""Publishing a product to the marketplaces: the listing and the SKU mappings it makes on each of the six
platform fakes, a platform's refusal kept as that platform's error, idempotent re-publish, and stock sync
pushing to the new listing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from backend.audit.models import AuditLog
from backend.catalog.models import Product, Sku
from backend.channels.adapters import PLATFORMS
from backend.channels.config import configure, reset_config
from backend.channels.models import ChannelAccount, ProductPublication, PublicationState, SkuMapping
from backend.channels.pump import InProcessPump
from backend.channels.sync import relay, set_dispatcher
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.org.models import Location, LocationKind
from backend.security.actor import load_staff_actor
from fakes.platforms import DEMO_CREDENTIALS, FakePlatform
from tests.factories import auth, make_location, make_sku, make_user, stock_in

from .sync_helpers import FAST

IMAGES = ["https://img.cradle.example/p/main.jpg", "https://img.cradle.example/p/side.jpg"]
URL = "/admin/api/v1/channels/publications"


@dataclass
class Shop:
    fakes: dict[str, FakePlatform]
    product: Product
    skus: list[Sku]  # 400g (20 in the store), 800g (5 in the store)
    store: Location
    pump: InProcessPump
    headers: dict[str, str]

    def target(self, platform: str, *, without: str | None = None) -> dict[str, object]:
        """The platform's first demo category with every required attribute filled (or one left out)."""
        categories = self.fakes[platform].CATEGORIES
        category = next(iter(categories))
        attributes = {key: "爱他美" for key in categories[category] if key != without}
        return {"platform": platform, "category_id": category, "attributes": attributes}

    def psid(self, platform: str, sku: Sku) -> str:
        fake = self.fakes[platform]
        listing = fake.listings.by_outer_id(self.product.code)
        assert listing is not None
        return fake.listing_sku_key(listing.item_id, listing.sku(sku.code).sku_id)

    async def sell(self, sku: Sku, qty: int) -> None:
        clerk = await make_user("clerk", locations=[self.store])
        await place_order(await load_staff_actor(clerk), OrderRequest(
            channel="pos", items=[LineIn(sku.code, qty)], location_code=self.store.code,
            payments_in=[PaymentIn("cash", sku.price_fen * qty)]))


@pytest.fixture
async def shop(db: None, all_fakes) -> AsyncIterator[Shop]:  # type: ignore[no-untyped-def]
    configure(**FAST)
    store = await make_location(kind=LocationKind.STORE)
    small = await make_sku(price_fen=9900, name="爱他美卓萃 1段 400g")
    small.spec = "400g"
    await small.save()
    large = await Sku.create(code=f"{small.code}L", product_id=small.product_id, name="爱他美卓萃 1段 800g",
                             spec="800g", price_fen=18900, barcode=f"{small.barcode}9"[-13:])
    await stock_in(small, store, 20)
    await stock_in(large, store, 5)
    product = await Product.get(id=small.product_id)
    fakes = {p: all_fakes[p].app.ctx.state for p in PLATFORMS}
    for p in PLATFORMS:
        fakes[p].reset()
        await ChannelAccount.create(platform=p, name=f"测试{p}", base_url=all_fakes[p].base_url,
                                    **DEMO_CREDENTIALS[p].adapter_kwargs())
    pump = InProcessPump()
    set_dispatcher(pump.submit)
    yield Shop(fakes, product, [small, large], store, pump, auth(await make_user("hq_admin")))
    await pump.cancel()
    set_dispatcher(None)
    reset_config()


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_publish_creates_the_listing_and_the_mapping(shop: Shop, client, platform: str) -> None:  # type: ignore[no-untyped-def]
    target = shop.target(platform)
    _, resp = await client.post(URL, headers=shop.headers, json={"product_code": shop.product.code,
                                                                 "images": IMAGES, "targets": [target]})
    assert resp.status == 200, resp.text
    [result] = resp.json["results"]
    assert result["state"] == "published" and result["error"] == "", result
    fake = shop.fakes[platform]
    listing = fake.listings.by_outer_id(shop.product.code)
    assert listing is not None and result["platform_item_id"] == listing.item_id
    assert listing.title == shop.product.name and listing.category_id == target["category_id"]
    assert listing.images == IMAGES and listing.attributes == target["attributes"]
    assert [(s.outer_id, s.spec, s.price_fen) for s in listing.skus] == [
        (shop.skus[0].code, "400g", 9900), (shop.skus[1].code, "800g", 18900)]
    small, large = shop.psid(platform, shop.skus[0]), shop.psid(platform, shop.skus[1])
    assert fake.stock_of(small) == 20 and fake.stock_of(large) == 5  # opened with what we publish
    mappings = {m.sku_id: m.platform_sku_id for m in await SkuMapping.filter(account__platform=platform)}
    assert mappings == {shop.skus[0].id: small, shop.skus[1].id: large}
    assert result["sku_ids"] == {shop.skus[0].code: small, shop.skus[1].code: large}
    assert await AuditLog.filter(action="channels.publication.publish", entity_id=str(result["id"])).count() == 1

    _, resp = await client.get(f"{URL}/{shop.product.code}", headers=shop.headers)
    states = {p["platform"]: (p["publication"] or {}).get("state") for p in resp.json["platforms"]}
    assert states == {p: ("published" if p == platform else None) for p in PLATFORMS}


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_a_refusal_is_that_platforms_error_and_a_fixed_publish_goes_through(shop: Shop, client,  # type: ignore[no-untyped-def]
                                                                                   platform: str) -> None:
    other = next(p for p in PLATFORMS if p != platform)
    required = shop.fakes[platform].CATEGORIES[shop.target(platform)["category_id"]][0]  # type: ignore[index]
    _, resp = await client.post(URL, headers=shop.headers, json={
        "product_code": shop.product.code, "images": IMAGES,
        "targets": [shop.target(platform, without=required), shop.target(other)]})
    assert resp.status == 200, resp.text
    failed, published = resp.json["results"]
    assert failed["platform"] == platform and failed["state"] == "failed"
    assert "缺少类目必填属性" in failed["error"] and required in failed["error"] and failed["error_kind"]
    assert published["platform"] == other and published["state"] == "published"  # the others go on
    assert shop.fakes[platform].listings.by_outer_id(shop.product.code) is None
    assert not await SkuMapping.filter(account__platform=platform).exists()

    _, resp = await client.get(URL, headers=shop.headers, params={"state": "failed"})
    assert [(r["platform"], r["state"]) for r in resp.json["items"]] == [(platform, "failed")]

    _, resp = await client.post(URL, headers=shop.headers, json={"product_code": shop.product.code,
                                                                 "targets": [shop.target(platform)]})
    [result] = resp.json["results"]
    assert result["state"] == "published" and result["error"] == "" and result["attempts"] == 2
    assert result["images"] == IMAGES  # kept from the first attempt
    assert await SkuMapping.filter(account__platform=platform).count() == 2


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_publishing_again_updates_the_listing(shop: Shop, client, platform: str) -> None:  # type: ignore[no-untyped-def]
    body = {"product_code": shop.product.code, "images": IMAGES, "targets": [shop.target(platform)]}
    _, first = await client.post(URL, headers=shop.headers, json=body)
    await shop.pump.drain()
    _, again = await client.post(URL, headers=shop.headers, json={**body, "title": "爱他美卓萃婴儿配方奶粉 1段"})
    assert again.status == 200, again.text
    before, after = first.json["results"][0], again.json["results"][0]
    assert after["state"] == "published" and after["platform_item_id"] == before["platform_item_id"]
    assert after["sku_ids"] == before["sku_ids"]
    fake = shop.fakes[platform]
    assert len(fake.listings.items) == 1  # updated, not listed twice
    listing = fake.listings.by_outer_id(shop.product.code)
    assert listing is not None and listing.version == 2 and listing.title == "爱他美卓萃婴儿配方奶粉 1段"
    assert await SkuMapping.filter(account__platform=platform).count() == 2
    assert await ProductPublication.filter(product_id=shop.product.id).count() == 1

    # a SKU no longer sold leaves the listing and its mapping goes
    await Sku.filter(id=shop.skus[1].id).update(is_active=False)
    _, resp = await client.post(URL, headers=shop.headers, json={"product_code": shop.product.code,
                                                                 "targets": [{"platform": platform}]})
    assert list(resp.json["results"][0]["sku_ids"]) == [shop.skus[0].code]
    assert [s.outer_id for s in fake.listings.items[listing.item_id].skus] == [shop.skus[0].code]
    assert [m.sku_id for m in await SkuMapping.filter(account__platform=platform)] == [shop.skus[0].id]


# The call that creates the item on each platform, as the fakes record it.
ADD_API = {"taobao": "taobao.item.add", "jd": "jingdong.ware.write.add", "pdd": "pdd.goods.add",
           "douyin": "product.addV2", "kuaishou": "open.item.new", "wechat_shop": "product/add"}


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_a_first_publish_whose_answer_was_lost_is_found_and_updated_not_listed_twice(  # type: ignore[no-untyped-def]
        shop: Shop, client, platform: str) -> None:
    fake = shop.fakes[platform]
    fake.fail_next(1, "drop", api=ADD_API[platform])  # the platform creates the item, the answer never arrives
    body = {"product_code": shop.product.code, "images": IMAGES, "targets": [shop.target(platform)]}
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    [result] = resp.json["results"]
    assert result["state"] == "failed" and result["error_kind"] == "network", result
    assert result["platform_item_id"] == "" and len(fake.listings.items) == 1  # created there, unknown here

    _, resp = await client.post(URL, headers=shop.headers, json={**body, "title": "爱他美卓萃婴儿配方奶粉 1段"})
    [result] = resp.json["results"]
    assert result["state"] == "published" and result["attempts"] == 2, result
    assert len(fake.listings.items) == 1  # found by our product code and updated, not added again
    listing = fake.listings.by_outer_id(shop.product.code)
    assert listing is not None and result["platform_item_id"] == listing.item_id
    assert listing.version == 2 and listing.title == "爱他美卓萃婴儿配方奶粉 1段"
    assert [c.outcome for c in fake.calls_to(ADD_API[platform])] == ["injected:drop"]
    small, large = shop.psid(platform, shop.skus[0]), shop.psid(platform, shop.skus[1])
    assert result["sku_ids"] == {shop.skus[0].code: small, shop.skus[1].code: large}
    assert await SkuMapping.filter(account__platform=platform).count() == 2


async def test_a_stock_change_after_publishing_reaches_every_new_listing(shop: Shop, client) -> None:  # type: ignore[no-untyped-def]
    _, resp = await client.post(URL, headers=shop.headers, json={
        "product_code": shop.product.code, "images": IMAGES, "targets": [shop.target(p) for p in PLATFORMS]})
    assert [r["state"] for r in resp.json["results"]] == ["published"] * len(PLATFORMS), resp.text
    await shop.pump.drain()
    await shop.sell(shop.skus[0], 3)
    await relay()
    await shop.pump.drain()
    for platform, fake in shop.fakes.items():
        small = shop.psid(platform, shop.skus[0])
        assert fake.stock_of(small) == 17, platform
        assert fake.pushes_for(small)[-1].qty == 17
        assert fake.stock_of(shop.psid(platform, shop.skus[1])) == 5


async def test_refusals_roles_and_a_publish_under_way(shop: Shop, client) -> None:  # type: ignore[no-untyped-def]
    body = {"product_code": shop.product.code, "images": IMAGES, "targets": [shop.target("taobao")]}
    _, resp = await client.post(URL, headers=auth(await make_user("finance")), json=body)
    assert resp.status == 403
    for bad, status in [({**body, "product_code": "NOPE"}, 404),
                        ({**body, "images": ["ftp://x/1.jpg"]}, 400),
                        ({**body, "targets": [shop.target("taobao"), shop.target("taobao")]}, 400),
                        ({**body, "targets": [{"platform": "meituan", "category_id": "1"}]}, 400),
                        ({"product_code": shop.product.code, "targets": [shop.target("taobao")]}, 400),
                        ({**body, "targets": [{"platform": "taobao"}]}, 400)]:
        _, resp = await client.post(URL, headers=shop.headers, json=bad)
        assert resp.status == status, (bad, resp.text)
        assert resp.json["error"]["message"]
    assert not await ProductPublication.exists()  # nothing half-written
    assert not shop.fakes["taobao"].calls

    # a publish of the same product to the same shop under way: the second is not sent
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    pub = await ProductPublication.get(product_id=shop.product.id)
    await ProductPublication.filter(id=pub.id).update(state=PublicationState.PENDING)
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    [result] = resp.json["results"]
    assert result["in_progress"] and result["state"] == "pending"
    fake = shop.fakes["taobao"]
    assert len(fake.calls_to("taobao.item.add")) == 1 and not fake.calls_to("taobao.item.update")


async def test_a_mapping_conflict_keeps_the_item_so_the_next_publish_updates_it(shop: Shop, client) -> None:  # type: ignore[no-untyped-def]
    body = {"product_code": shop.product.code, "images": IMAGES, "targets": [shop.target("pdd")]}
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    item_id = resp.json["results"][0]["platform_item_id"]
    small = shop.psid("pdd", shop.skus[0])
    other = await make_sku()
    await SkuMapping.filter(platform_sku_id=small).update(sku_id=other.id)  # staff mapped it to another SKU
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    [result] = resp.json["results"]
    assert result["state"] == "failed" and result["error_kind"] == "mapping_conflict" and small in result["error"]
    assert result["platform_item_id"] == item_id
    await SkuMapping.filter(platform_sku_id=small).delete()
    _, resp = await client.post(URL, headers=shop.headers, json=body)
    assert resp.json["results"][0]["state"] == "published"
    assert len(shop.fakes["pdd"].listings.items) == 1
    assert (await SkuMapping.get(platform_sku_id=small)).sku_id == shop.skus[0].id
