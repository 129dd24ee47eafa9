"""SKU search for the counter, the bot and the back office: one box that takes a name fragment, pinyin
initials ("atm" finds 爱他美), a scanned barcode or a SKU code. Exact code/barcode hits come first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend.catalog.models import Sku

MAX_PAGE_SIZE = 100
_INITIALS = re.compile(r"^[0-9A-Za-z]+$")
# Words of a typed query: runs of Chinese, a number with its unit (2段, 900g) and runs of letters/digits, so
# "爱他美2段" reads as 爱他美 + 2段 and finds "爱他美卓萃 2段 900g".
_TERMS = re.compile(r"[\u4e00-\u9fff]+|\d+[段码]|[0-9A-Za-z]+")


@dataclass
class SearchResult:
    items: list[Sku]
    total: int
    page: int
    page_size: int


def _escape_like(text: str) -> str:
    """Tortoise passes icontains values to LIKE; keep % and _ typed by a user literal-ish by dropping them."""
    return text.replace("%", "").replace("_", "")


def match_filter(q: str) -> Q:
    """SKUs whose name, brand, pinyin initials, barcode or code match `q`."""
    text = _escape_like(q)
    options = [Q(barcode=q), Q(code__iexact=q)]
    if text:
        options += [Q(name__icontains=text), Q(product__brand__name__icontains=text)]
        compact = re.sub(r"\s+", "", text)
        if _INITIALS.match(compact):
            options.append(Q(pinyin_initials__contains=compact.lower()))
        terms = _TERMS.findall(text)
        if len(terms) > 1:  # every word in the name or the brand, in any order
            options.append(Q(*[Q(name__icontains=t) | Q(product__brand__name__icontains=t) for t in terms],
                             join_type="AND"))
    return Q(*options, join_type="OR")


def _base(include_inactive: bool, category_ids: list[int] | None, brand_id: int | None,
          conn: BaseDBAsyncClient | None) -> QuerySet[Sku]:
    qs = Sku.all().using_db(conn)
    if not include_inactive:
        qs = qs.filter(is_active=True, product__is_active=True)
    if category_ids is not None:
        qs = qs.filter(product__category_id__in=category_ids)
    if brand_id is not None:
        qs = qs.filter(product__brand_id=brand_id)
    return qs


# What a result row shows (catalog.api.sku_summary), joined into the page's own statement.
_WITH = ("product", "product__brand")


async def search_skus(
    q: str | None = None, *, page: int = 1, page_size: int = 20, include_inactive: bool = False,
    category_ids: list[int] | None = None, brand_id: int | None = None, conn: BaseDBAsyncClient | None = None,
) -> SearchResult:
    """One page of matching SKUs (active only unless include_inactive), exact code/barcode hits first."""
    page = max(1, page)
    page_size = min(max(1, page_size), MAX_PAGE_SIZE)
    offset = (page - 1) * page_size
    q = (q or "").strip()
    base = _base(include_inactive, category_ids, brand_id, conn)
    if not q:
        total = await base.count()
        items = await base.order_by("code").offset(offset).limit(page_size).select_related(*_WITH)
        return SearchResult(items, total, page, page_size)

    matches = base.filter(match_filter(q))
    total = await matches.count()
    exact = await _base(include_inactive, category_ids, brand_id, conn).filter(
        Q(barcode=q) | Q(code__iexact=q)).order_by("code").select_related(*_WITH)
    items = exact[offset:offset + page_size]
    rest_offset = max(0, offset - len(exact))
    want = page_size - len(items)
    if want > 0:
        rest = matches.order_by("code")
        if exact:
            rest = rest.exclude(id__in=[s.id for s in exact])
        items += await rest.offset(rest_offset).limit(want).select_related(*_WITH)
    return SearchResult(items, total, page, page_size)


async def find_sku(code_or_barcode: str, *, conn: BaseDBAsyncClient | None = None) -> Sku | None:
    """A SKU by its code, else by its barcode (what a scanner sends)."""
    sku = await Sku.get_or_none(code=code_or_barcode).using_db(conn)
    if sku is None:
        sku = await Sku.get_or_none(barcode=code_or_barcode).using_db(conn)
    return sku
