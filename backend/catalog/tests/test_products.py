from __future__ import annotations

import pytest

from admin_api.catalog import PriceListIn, ProductIn, SkuIn
from backend.audit.models import AuditLog
from backend.catalog import products as svc
from backend.catalog.models import Category, PriceListItem, Sku
from backend.catalog.pricing import price_for
from backend.errors import Conflict, NotFound, ValidationError
from backend.http import validate
from backend.org.models import Channel, Role
from tests.factories import make_location, make_user


def test_ean13_check_digit() -> None:
    assert svc.ean13_check_digit("690123456789") == 2
    assert svc.valid_barcode("6901234567892")
    assert not svc.valid_barcode("6901234567891")
    assert svc.valid_barcode("12345678")  # EAN-8 length accepted
    assert not svc.valid_barcode("69012345ABC")


async def _catalogue():  # type: ignore[no-untyped-def]
    admin = await make_user(Role.HQ_ADMIN)
    brand = await svc.create_brand("爱他美", user=admin)
    root = await svc.create_category("奶粉", user=admin)
    child = await svc.create_category("婴儿配方奶粉", root.id, user=admin)
    product = await svc.create_product(svc.NewProduct(code="P-ATM-1", name="爱他美卓萃 1段", brand_id=brand.id,
                                                     category_id=child.id, formula_stage=1, age_min_months=0,
                                                     age_max_months=6, shelf_life_days=1095), user=admin)
    return admin, brand, root, child, product


async def test_create_product_and_sku_with_audit(db) -> None:
    admin, _, root, child, product = await _catalogue()
    sku = await svc.create_sku(svc.NewSku(code="FM1001", product_code=product.code, name="爱他美卓萃 1段 900g",
                                         spec="900g", barcode="6901234567892", unit="罐", price_fen=36800),
                               user=admin)
    assert sku.pinyin_initials == "atmzc1d900g"
    assert await AuditLog.filter(action="catalog.sku.create", entity_id="FM1001", user_id=admin.id).exists()
    tree = await svc.category_tree()
    assert tree[0]["name"] == "奶粉" and tree[0]["children"][0]["name"] == "婴儿配方奶粉"
    assert set(await svc.descendant_ids(root.id)) == {root.id, child.id}
    assert await svc.category_path(child) == ["奶粉", "婴儿配方奶粉"]

    updated = await svc.update_sku("FM1001", {"name": "飞鹤星飞帆 1段", "price_fen": 35800},
                                   user=admin)
    assert updated.pinyin_initials == "fhxff1d" and updated.price_fen == 35800
    assert (await Sku.get(code="FM1001")).pinyin_initials == "fhxff1d"


async def test_duplicates_answer_conflict_in_chinese(db) -> None:
    admin, _, _, child, product = await _catalogue()
    await svc.create_sku(svc.NewSku(code="FM1001", product_code=product.code, name="A", barcode="6901234567892",
                                   price_fen=100), user=admin)
    with pytest.raises(Conflict, match="SKU 编码 FM1001 已存在"):
        await svc.create_sku(svc.NewSku(code="FM1001", product_code=product.code, name="B", price_fen=100))
    with pytest.raises(Conflict, match="条码 6901234567892 已被 SKU FM1001"):
        await svc.create_sku(svc.NewSku(code="FM1002", product_code=product.code, name="B",
                                       barcode="6901234567892", price_fen=100))
    other = await svc.create_sku(svc.NewSku(code="FM1003", product_code=product.code, name="C", price_fen=1))
    with pytest.raises(Conflict):
        await svc.update_sku(other.code, {"barcode": "6901234567892"})
    with pytest.raises(Conflict, match="品牌「爱他美」已存在"):
        await svc.create_brand("爱他美")
    with pytest.raises(Conflict, match="同级分类"):
        await svc.create_category("婴儿配方奶粉", child.parent_id)
    with pytest.raises(Conflict, match="商品编码"):
        await svc.create_product(svc.NewProduct(code=product.code, name="x", category_id=child.id))
    assert await Sku.all().count() == 2  # nothing half-written


async def test_validation_errors(db) -> None:
    _, _, root, child, product = await _catalogue()
    with pytest.raises(ValidationError):
        validate(SkuIn, {"code": "X1", "product_code": product.code, "name": "x", "price_fen": -1})
    with pytest.raises(ValidationError, match="EAN-13"):
        await svc.create_sku(svc.NewSku(code="X1", product_code=product.code, name="x", price_fen=1,
                                       barcode="6901234567891"))
    with pytest.raises(ValidationError):
        validate(SkuIn, {"code": "坏 编码", "product_code": product.code, "name": "x", "price_fen": 1})
    with pytest.raises(ValidationError, match="月龄"):
        await svc.create_product(svc.NewProduct(code="P2", name="x", category_id=child.id, age_min_months=12,
                                               age_max_months=6))
    with pytest.raises(ValidationError):
        validate(ProductIn, {"code": "P2", "name": "x", "category_id": child.id, "formula_stage": 5})
    with pytest.raises(ValidationError, match="商品 NOPE 不存在"):
        await svc.create_sku(svc.NewSku(code="X1", product_code="NOPE", name="x", price_fen=1))
    with pytest.raises(ValidationError, match="分类"):
        await svc.create_product(svc.NewProduct(code="P2", name="x", category_id=99999))
    with pytest.raises(ValidationError, match="下级"):
        await svc.update_category(root.id, {"parent_id": child.id})
    with pytest.raises(NotFound):
        await svc.update_sku("NOPE", {"name": "x"})
    with pytest.raises(ValidationError, match="渠道或门店"):
        await svc.create_price_list(svc.NewPriceList(name="x"))
    with pytest.raises(ValidationError):
        validate(PriceListIn, {"name": "x", "channel": "meituan"})
    assert await Category.all().count() == 2


async def test_price_list_management(db) -> None:
    admin, _, _, _, product = await _catalogue()
    store = await make_location("ST-001")
    sku = await svc.create_sku(svc.NewSku(code="FM1001", product_code=product.code, name="A", price_fen=36800))
    member = await svc.create_price_list(svc.NewPriceList(name="小程序会员价", channel=Channel.MINIPROGRAM),
                                         user=admin)
    local = await svc.create_price_list(svc.NewPriceList(name="徐汇店价", location_code="ST-001"))
    assert local.location_id == store.id
    await svc.set_price_list_items(member.id, [svc.PriceItem("FM1001", 34800)])
    assert await price_for(sku, "miniprogram", None) == 34800
    await svc.set_price_list_items(member.id, [svc.PriceItem("FM1001", 33800)])
    assert await PriceListItem.filter(price_list_id=member.id).count() == 1
    assert await price_for(sku, "miniprogram", None) == 33800
    with pytest.raises(ValidationError, match="SKU 不存在"):
        await svc.set_price_list_items(member.id, [svc.PriceItem("NOPE", 1)])
    await svc.update_price_list(member.id, {"is_active": False})
    assert await price_for(sku, "miniprogram", None) == 36800
    await svc.remove_price_list_item(member.id, "FM1001")
    with pytest.raises(NotFound):
        await svc.remove_price_list_item(member.id, "FM1001")
    with pytest.raises(ValidationError, match="门店或仓库"):
        await svc.create_price_list(svc.NewPriceList(name="x", location_code="NOPE"))
