"""Shelf and batch labels: a batch label's GS1-128 bars decode (from the SVG, with python-barcode's symbol table)
to the GTIN, the expiry date and the batch number it prints; a SKU's shelf label carries its EAN-13 and the
store's price; who may print them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from barcode import EAN13

from backend.catalog.models import PriceList, PriceListItem, Sku
from backend.org.models import Role
from backend.printing.tests.barcode_reader import FNC1, decode_code128, modules
from backend.stock.models import Batch
from tests.factories import auth, make_location, make_sku, make_user, stock_in

GTIN = "6901234567892"  # a valid EAN-13
EXPIRY = dt.date(2027, 6, 30)


async def _world() -> dict[str, Any]:
    store = await make_location("S001", name="徐汇漕溪北路店")
    sku = await make_sku("MILK1", price_fen=29800, name="爱他美卓萃幼儿配方奶粉3段 900g", barcode=GTIN)
    await Sku.filter(id=sku.id).update(spec="900g", unit="罐")
    await stock_in(sku, store, 10, batch_no="L2026A07", expiry=EXPIRY)
    batch = await Batch.get(sku_id=sku.id, batch_no="L2026A07")
    pl = await PriceList.create(name="徐汇店价", location=store)
    await PriceListItem.create(price_list=pl, sku=sku, price_fen=27800)
    return {"store": store, "sku": sku, "batch": batch,
            "clerk": await make_user(Role.CLERK, locations=[store]),
            "other_clerk": await make_user(Role.CLERK, locations=[await make_location("S002")])}


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


async def test_batch_label_bars_carry_gtin_expiry_and_batch(client: Any, db: None) -> None:
    w = await _world()
    _, resp = await client.get(f"/api/v1/labels/batches/{w['batch'].id}", headers=auth(w["clerk"]))
    assert resp.status == 200, resp.text
    assert resp.headers["content-type"] == "image/svg+xml"
    svg = resp.text
    data = decode_code128(modules(svg))
    # GS1-128: FNC1, (01) GTIN-14, (17) expiry YYMMDD, (10) batch
    assert data == f"{FNC1}01{'0' + GTIN}17{EXPIRY:%y%m%d}10L2026A07", data
    texts = _texts(svg)
    assert "批号：L2026A07" in texts and f"有效期至：{EXPIRY.isoformat()}" in texts
    assert f"(01)0{GTIN}(17)270630(10)L2026A07" in texts  # the human-readable line under the bars
    assert "¥278.00" in texts and "徐汇漕溪北路店" in texts  # the clerk's store price, not the list price

    _, png = await client.get(f"/api/v1/labels/batches/{w['batch'].id}?format=png", headers=auth(w["clerk"]))
    assert png.status == 200 and png.headers["content-type"] == "image/png"
    assert png.body.startswith(b"\x89PNG\r\n\x1a\n")


async def test_a_batch_without_a_gtin_still_carries_its_expiry(client: Any, db: None) -> None:
    w = await _world()
    sku = await make_sku("WIPE1", price_fen=1000, barcode="ABC-1")
    await stock_in(sku, w["store"], 5, batch_no="W 7", expiry=dt.date(2028, 1, 31))
    batch = await Batch.get(sku_id=sku.id)
    _, resp = await client.get(f"/api/v1/labels/batches/{batch.id}", headers=auth(w["clerk"]))
    assert resp.status == 200, resp.text
    assert decode_code128(modules(resp.text)) == "ABC-1 W 7 2028-01-31"


async def test_shelf_label_is_the_skus_ean13_with_the_price(client: Any, db: None) -> None:
    await _world()
    hq = await make_user(Role.HQ_ADMIN)
    _, resp = await client.get("/api/v1/labels/skus/MILK1", headers=auth(hq))
    assert resp.status == 200, resp.text
    assert modules(resp.text) == EAN13(GTIN).build()[0].rstrip("0")
    texts = _texts(resp.text)
    assert "¥298.00" in texts and GTIN in texts  # chain-wide caller, no store named: the list price
    _, resp = await client.get("/api/v1/labels/skus/MILK1?location_code=S001", headers=auth(hq))
    assert "¥278.00" in _texts(resp.text)


async def test_who_may_print_labels(client: Any, db: None) -> None:
    w = await _world()
    for headers, url, status in (
        (auth(w["other_clerk"]), "/api/v1/labels/skus/MILK1?location_code=S001", 403),  # another store's price
        (auth(await make_user(Role.FINANCE)), "/api/v1/labels/skus/MILK1", 403),
        (auth(w["clerk"]), "/api/v1/labels/skus/NOPE", 404),
        (auth(w["clerk"]), "/api/v1/labels/batches/999999", 404),
        (auth(w["clerk"]), "/api/v1/labels/skus/MILK1?format=gif", 400),
        ({}, "/api/v1/labels/skus/MILK1", 401),
    ):
        _, resp = await client.get(url, headers=headers)
        assert resp.status == status, (url, resp.text)
        assert resp.json["error"]["code"]
