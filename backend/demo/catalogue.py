"""Demo sections: locations (2 warehouses, 3 Shanghai stores) and the catalogue (brands, categories, products,
~200 SKUs with EAN-13 barcodes and pinyin initials, channel and store price lists)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Brand, Category, PriceList, PriceListItem, Product, Sku
from backend.catalog.pinyin import initials
from backend.demo import DemoContext, bulk_insert
from backend.demo.data import BRANDS, CATEGORIES, LOCATIONS, SkuSpec, barcode, catalogue_specs, round_price
from backend.org.models import Location

SMALL_EVERY = 8  # the "small" demo keeps every 8th SKU


def demo_specs(ctx: DemoContext) -> list[SkuSpec]:
    """The SKUs of this demo size, in a stable order (later sections recompute the same list)."""
    specs = catalogue_specs()
    return [s for i, s in enumerate(specs) if i % SMALL_EVERY == 0] if ctx.small else specs


async def load_locations(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    await bulk_insert(Location, [
        Location(code=c, name=n, kind=k, address=a, lat=Decimal(la), lng=Decimal(lo), priority=p)
        for c, n, k, a, la, lo, p in LOCATIONS], conn)
    return ", ".join(f"{c} {n}" for c, n, *_ in LOCATIONS)


async def load_catalogue(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    await bulk_insert(Brand, [Brand(name=b) for b in BRANDS], conn)
    brands = {b.name: b for b in await Brand.all().using_db(conn)}
    await bulk_insert(Category, [Category(name=top, sort=sort) for top, (sort, _, _) in CATEGORIES.items()], conn)
    tops = {c.name: c for c in await Category.filter(parent_id__isnull=True).using_db(conn)}
    await bulk_insert(Category, [Category(name=child, parent_id=tops[top].id, sort=i + 1)
                                 for top, (_, _, children) in CATEGORIES.items()
                                 for i, child in enumerate(children)], conn)
    children = {(c.parent_id, c.name): c for c in await Category.filter(parent_id__isnull=False).using_db(conn)}

    specs = demo_specs(ctx)
    products: dict[str, Product] = {}
    for s in specs:
        if s.product_code not in products:
            products[s.product_code] = Product(
                code=s.product_code, name=s.product_name, brand_id=brands[s.brand].id,
                category_id=children[(tops[s.top].id, s.category)].id,
                description=f"{s.brand}正品，门店与线上同价。", age_min_months=s.age[0] if s.age else None,
                age_max_months=s.age[1] if s.age else None, formula_stage=s.stage, shelf_life_days=s.shelf_life_days)
    await bulk_insert(Product, list(products.values()), conn)
    product_ids = dict(await Product.all().using_db(conn).values_list("code", "id"))
    brand_idx = {b: i for i, b in enumerate(BRANDS)}
    await bulk_insert(Sku, [
        Sku(code=s.code, product_id=product_ids[s.product_code], name=s.name, spec=s.spec,
            barcode=barcode(brand_idx[s.brand], n + 1), unit=s.unit, price_fen=s.price_fen,
            pinyin_initials=initials(s.name), low_stock_threshold=s.threshold,
            batch_tracked=s.shelf_life_days is not None)
        for n, s in enumerate(specs)], conn)
    skus = await ctx.skus(conn)

    # Price lists: channel-wide, store-specific, one running promotion and one that has ended.
    locations = await ctx.locations(conn)
    now = dt.datetime.combine(ctx.today, dt.time(), tzinfo=dt.UTC)
    lists = [
        ("小程序会员价", "miniprogram", None, None, None, lambda s: s.top in ("奶粉", "纸尿裤", "湿巾"), 0.95),
        ("徐汇漕溪北路店周年庆", None, "ST-001", now - dt.timedelta(days=2), now + dt.timedelta(days=12),
         lambda s: s.top in ("奶粉", "玩具") and int(s.code[2:]) % 3 == 0, 0.88),
        ("静安大宁店小程序自提价", "miniprogram", "ST-003", None, None, lambda s: s.top == "纸尿裤", 0.9),
        ("京东旗舰店价", "jd", None, None, None, lambda s: s.top in ("奶粉", "纸尿裤"), 0.97),
        ("直播间专享价", "live", None, None, None,
         lambda s: s.top in ("奶粉", "纸尿裤", "洗护") and int(s.code[2:]) % 2 == 0, 0.85),
        ("上月大促价（已结束）", "taobao", None, now - dt.timedelta(days=45), now - dt.timedelta(days=30),
         lambda s: s.top == "奶粉", 0.8),
    ]
    await bulk_insert(PriceList, [
        PriceList(name=name, channel=ch, location_id=locations[loc].id if loc else None, valid_from=vf, valid_to=vt)
        for name, ch, loc, vf, vt, _, _ in lists], conn)
    pl_ids = dict(await PriceList.all().using_db(conn).values_list("name", "id"))
    items = [PriceListItem(price_list_id=pl_ids[name], sku_id=skus[s.code].id,
                           price_fen=round_price(s.price_fen * ratio))
             for name, _, _, _, _, pick, ratio in lists for s in specs if pick(s)]
    await bulk_insert(PriceListItem, items, conn)
    return (f"{len(brands)} brands, {len(tops) + len(children)} categories, {len(products)} products, "
            f"{len(skus)} SKUs, {len(lists)} price lists ({len(items)} prices)")
