from __future__ import annotations

from backend.catalog.models import Sku
from backend.catalog.pinyin import initials
from backend.catalog.search import search_skus
from tests.factories import make_sku


def test_initials_of_chinese_names() -> None:
    assert initials("爱他美2段") == "atm2d"
    assert initials("帮宝适 纸尿裤 NB码") == "bbsznknbm"
    assert initials("") == ""


async def test_pinyin_initials_are_computed_on_create_and_rename(db) -> None:
    sku = await make_sku(name="爱他美2段")
    assert sku.pinyin_initials == "atm2d"
    sku.name = "飞鹤星飞帆3段"
    await sku.save(update_fields=["name"])
    assert (await Sku.get(id=sku.id)).pinyin_initials == "fhxff3d"


async def test_search_by_pinyin_name_barcode_and_code(db) -> None:
    a = await make_sku(code="FM1001", name="爱他美卓萃 2段 900g", barcode="6901234567892", brand="爱他美")
    await make_sku(code="FM1002", name="美赞臣蓝臻 1段 800g", brand="美赞臣")
    await make_sku(code="DP2001", name="帮宝适一级帮纸尿裤 M码", brand="帮宝适")

    by_initials = await search_skus("atm")
    assert [s.code for s in by_initials.items] == ["FM1001"]
    assert by_initials.total == 1
    assert [s.code for s in (await search_skus("ATM")).items] == ["FM1001"]
    assert [s.code for s in (await search_skus("卓萃")).items] == ["FM1001"]
    assert [s.code for s in (await search_skus("6901234567892")).items] == ["FM1001"]
    assert [s.code for s in (await search_skus("fm1001")).items] == ["FM1001"]
    assert {s.code for s in (await search_skus("段")).items} == {"FM1001", "FM1002"}
    assert [s.code for s in (await search_skus("美赞臣")).items] == ["FM1002"]  # brand name
    assert (await search_skus("不存在的商品")).total == 0
    # words typed together or apart, in any order, as staff type them to the bot ("查库存 爱他美2段")
    assert [s.code for s in (await search_skus("爱他美2段")).items] == ["FM1001"]
    assert [s.code for s in (await search_skus("2段 爱他美")).items] == ["FM1001"]
    assert (await search_skus("爱他美1段")).total == 0
    # a partial barcode does not match
    assert (await search_skus("690123456789")).total == 0
    assert a.product_id


async def test_exact_code_or_barcode_hit_comes_first(db) -> None:
    # "1d" is in the initials of every "…1段" SKU, and also the code of one SKU.
    await make_sku(code="A1", name="爱他美 1段")
    await make_sku(code="B1", name="贝亲 1段")
    await make_sku(code="1D", name="可优比 围兜")
    result = await search_skus("1d")
    assert result.total == 3
    assert result.items[0].code == "1D"
    page2 = await search_skus("1d", page=2, page_size=1)
    assert [s.code for s in page2.items] == ["A1"]


async def test_inactive_skus_are_hidden_unless_asked(db) -> None:
    sku = await make_sku(code="OLD1", name="停产奶粉 1段")
    sku.is_active = False
    await sku.save()
    assert (await search_skus("停产")).total == 0
    assert (await search_skus("停产", include_inactive=True)).total == 1
    assert (await search_skus("OLD1")).total == 0


async def test_pagination_is_bounded(db) -> None:
    for i in range(25):
        await make_sku(code=f"W{i:03d}", name=f"湿巾 {i}")
    first = await search_skus("湿巾", page=1, page_size=10)
    last = await search_skus("湿巾", page=3, page_size=10)
    beyond = await search_skus("湿巾", page=9, page_size=10)
    assert first.total == last.total == beyond.total == 25
    assert len(first.items) == 10 and len(last.items) == 5 and beyond.items == []
    assert (await search_skus("湿巾", page_size=10_000)).page_size == 100
    everything = await search_skus(None, page_size=100)
    assert everything.total == 25
