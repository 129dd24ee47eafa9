"""Master data through the ORM's bulk insert: the stores, their staff, the catalogue (one brand, a top
category per kind of goods), one supplier per top category, the members.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Brand, Category, Product, Sku
from backend.demo.scale.copy import copy_rows
from backend.demo.scale.spec import ScaleSpec
from backend.members.models import Member
from backend.org.models import Location, LocationKind, Role, User, UserLocation
from backend.purchasing.models import Supplier, SupplierProduct
from backend.security.passwords import hash_password

TOPS = ["奶粉", "纸尿裤", "湿巾", "奶瓶", "辅食", "洗护", "玩具"]
TERMS_DAYS = (7, 15, 30)  # the suppliers' payment terms, in turn


async def create_stores(conn: BaseDBAsyncClient, spec: ScaleSpec) -> list[Location]:
    stores = [Location(code=f"SS-{n:04d}", name=f"规模测试门店{n:04d}", kind=LocationKind.STORE,
                       address=f"上海市测试路 {n} 号", lat=31.2 + n * 0.0001, lng=121.4 + n * 0.0001, priority=100 + n)
              for n in range(1, spec.stores + 1)]
    await Location.bulk_create(stores, batch_size=1000, using_db=conn)
    return list(await Location.filter(code__startswith="SS-").using_db(conn).order_by("id"))


@dataclass(frozen=True)
class Catalogue:
    tops: list[Category]
    products: list[Product]  # in SKU order: the n-th SKU is the n-th product's
    skus: list[Sku]
    category_of: dict[int, int]  # SKU id -> top category id
    cost_of: dict[int, int]  # SKU id -> its one cost (net of VAT)


async def create_catalogue(conn: BaseDBAsyncClient, spec: ScaleSpec, rng: random.Random) -> Catalogue:
    """A top category per kind of goods, one brand, a product and a SKU per n (a price drawn from `rng`)."""
    tops = []
    for i, name in enumerate(TOPS):
        tops.append(await Category.create(name=f"{name}（规模）", sort=i, using_db=conn))
    brand = await Brand.create(name="规模测试品牌", using_db=conn)
    await Product.bulk_create([Product(code=f"SP{n:06d}", name=f"规模测试商品 {n}", brand_id=brand.id,
                                       category_id=tops[n % len(tops)].id) for n in range(spec.skus)],
                              batch_size=2000, using_db=conn)
    products = list(await Product.filter(code__startswith="SP").using_db(conn).order_by("id"))
    prices = [rng.choice((990, 1590, 2990, 4990, 8900, 12800, 19800, 29800, 43800)) for _ in range(spec.skus)]
    await Sku.bulk_create([Sku(code=f"SC{n:06d}", name=f"规模测试商品 {n}", product_id=products[n].id,
                               barcode=f"69{n:011d}", price_fen=prices[n], tax_rate_bp=1300, batch_tracked=False,
                               pinyin_initials="gmcssp") for n in range(spec.skus)],
                          batch_size=2000, using_db=conn)
    skus = list(await Sku.filter(code__startswith="SC").using_db(conn).order_by("id"))
    category_of = {s.id: products[n].category_id for n, s in enumerate(skus)}
    cost_of = {s.id: max(100, s.price_fen * 55 // 113) for s in skus}  # net of VAT, about 55 % of the price
    return Catalogue(tops, products, skus, category_of, cost_of)


async def create_suppliers(conn: BaseDBAsyncClient, cat: Catalogue) -> dict[int, Supplier]:
    """One supplier per top category (by category id); it sells that category's SKUs at their cost (so the
    moving average stays)."""
    await Supplier.bulk_create([Supplier(code=f"SSUP{i:02d}", name=f"规模测试供应商·{name}", contact_name="王经理",
                                         payment_terms_days=TERMS_DAYS[i % len(TERMS_DAYS)])
                                for i, name in enumerate(TOPS)], using_db=conn)
    suppliers = list(await Supplier.filter(code__startswith="SSUP").using_db(conn).order_by("id"))
    supplier_of_category = {c.id: suppliers[i] for i, c in enumerate(cat.tops)}
    await SupplierProduct.bulk_create([SupplierProduct(supplier_id=supplier_of_category[cat.products[n].category_id].id,
                                                       sku_id=s.id, price_fen=cat.cost_of[s.id], lead_time_days=3,
                                                       is_preferred=True) for n, s in enumerate(cat.skus)],
                                      batch_size=2000, using_db=conn)
    return supplier_of_category


async def copy_members(conn: BaseDBAsyncClient, member_ids: list[int], created: dt.datetime) -> None:
    await copy_rows(conn, Member, [{"id": mid, "member_code": f"SM{n:07d}", "nickname": f"会员{n}",
                                    "created_at": created, "updated_at": created, "source": "import"}
                                   for n, mid in enumerate(member_ids, 1)])


@dataclass(frozen=True)
class Staff:
    """(id, username) of the people the history names: each store's clerk (counter sales) and manager (approves
    its POs within the store manager's limit, receives its deliveries); HQ's buyer (creates, submits and sends
    every PO), two HQ admins (above the limit; the second approval), two finance clerks (invoices and payment
    run proposals; the runs' approvals)."""
    clerk: dict[int, tuple[int, str]]
    manager: dict[int, tuple[int, str]]
    buyer: tuple[int, str]
    hq: tuple[tuple[int, str], tuple[int, str]]
    finance: tuple[tuple[int, str], tuple[int, str]]


async def create_staff(conn: BaseDBAsyncClient, stores: list[Location]) -> Staff:
    pw_hash = hash_password("cradle123")  # one hash for every account (Argon2 is slow on purpose)
    people = [(f"scale-clerk-{st.code}", f"{st.name}店员", Role.CLERK) for st in stores]
    people += [(f"scale-manager-{st.code}", f"{st.name}店长", Role.STORE_MANAGER) for st in stores]
    people += [("scale-buyer", "总部采购", Role.PURCHASER), ("scale-hq-1", "总部审批一", Role.HQ_ADMIN),
               ("scale-hq-2", "总部审批二", Role.HQ_ADMIN), ("scale-finance-1", "财务一", Role.FINANCE),
               ("scale-finance-2", "财务二", Role.FINANCE)]
    await User.bulk_create([User(username=u, display_name=name, password_hash=pw_hash, role=role)
                            for u, name, role in people], using_db=conn)
    ids = dict(await User.filter(username__startswith="scale-").using_db(conn).values_list("username", "id"))
    await UserLocation.bulk_create([UserLocation(user_id=ids[f"scale-{kind}-{st.code}"], location_id=st.id)
                                    for st in stores for kind in ("clerk", "manager")], using_db=conn)

    def who(username: str) -> tuple[int, str]:
        return int(ids[username]), username

    return Staff(clerk={st.id: who(f"scale-clerk-{st.code}") for st in stores},
                  manager={st.id: who(f"scale-manager-{st.code}") for st in stores}, buyer=who("scale-buyer"),
                  hq=(who("scale-hq-1"), who("scale-hq-2")), finance=(who("scale-finance-1"), who("scale-finance-2")))
