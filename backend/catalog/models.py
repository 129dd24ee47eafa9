"""Catalogue: brands, categories, products, SKUs and channel/store price lists. Prices in fen."""

from __future__ import annotations

from collections.abc import Iterable

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.catalog.pinyin import initials


class Brand(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "brands"


class Category(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    parent = fields.ForeignKeyField("models.Category", related_name="children", null=True, on_delete=fields.RESTRICT)
    sort = fields.IntField(default=0)

    class Meta:
        table = "categories"
        unique_together = (("parent", "name"),)


class Product(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=128)
    brand = fields.ForeignKeyField("models.Brand", related_name="products", null=True, on_delete=fields.RESTRICT)
    category = fields.ForeignKeyField("models.Category", related_name="products", on_delete=fields.RESTRICT)
    description = fields.TextField(default="")
    # Baby attributes: suitable age in months, formula stage (1/2/3/4) where it applies.
    age_min_months = fields.IntField(null=True)
    age_max_months = fields.IntField(null=True)
    formula_stage = fields.IntField(null=True)
    shelf_life_days = fields.IntField(null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "products"


class Sku(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    product = fields.ForeignKeyField("models.Product", related_name="skus", on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=160)
    spec = fields.CharField(max_length=64, default="")
    barcode = fields.CharField(max_length=32, unique=True, null=True)
    unit = fields.CharField(max_length=8, default="件")
    price_fen = fields.BigIntField()
    tax_rate_bp = fields.IntField(default=1300)  # VAT rate in basis points; prices include VAT
    pinyin_initials = fields.CharField(max_length=64, default="", db_index=True)
    low_stock_threshold = fields.IntField(default=10)
    batch_tracked = fields.BooleanField(default=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "skus"

    async def save(
        self, using_db: BaseDBAsyncClient | None = None, update_fields: Iterable[str] | None = None,
        force_create: bool = False, force_update: bool = False,
    ) -> None:
        """Keep pinyin_initials in step with the name (bulk_create callers set it with catalog.pinyin)."""
        self.pinyin_initials = initials(self.name)
        if update_fields is not None and "name" in update_fields and "pinyin_initials" not in update_fields:
            update_fields = [*update_fields, "pinyin_initials"]
        await super().save(using_db=using_db, update_fields=update_fields, force_create=force_create,
                           force_update=force_update)


class PriceList(Model):
    """A price list applies to a channel, a location, or both; the most specific active list wins."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    channel = fields.CharField(max_length=20, null=True)
    location = fields.ForeignKeyField("models.Location", related_name="price_lists", null=True, on_delete=fields.CASCADE)
    valid_from = fields.DatetimeField(null=True)
    valid_to = fields.DatetimeField(null=True)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "price_lists"


class PriceListItem(Model):
    id = fields.IntField(primary_key=True)
    price_list = fields.ForeignKeyField("models.PriceList", related_name="items", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name="list_prices", on_delete=fields.CASCADE)
    price_fen = fields.BigIntField()

    class Meta:
        table = "price_list_items"
        unique_together = (("price_list", "sku"),)
