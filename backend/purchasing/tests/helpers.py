"""Builders for purchasing tests: a store with its manager, a supplier supplying SKUs, HQ and a buyer."""

from __future__ import annotations

from dataclasses import dataclass

from backend.catalog.models import Sku
from backend.org.models import Location, Role, User
from backend.purchasing.suppliers import SupplierIn, SupplierProductIn, create_supplier, set_supplier_product
from backend.security.actor import Actor, load_staff_actor
from tests.factories import make_location, make_sku, make_user


@dataclass
class World:
    store: Location
    other_store: Location
    sku: Sku
    sku2: Sku
    manager: User
    other_manager: User
    clerk: User
    buyer: User
    hq: User

    async def actor(self, user: User) -> Actor:
        return await load_staff_actor(user)


async def make_world(*, bind_wecom: bool = False) -> World:
    store = await make_location("ST-A")
    other = await make_location("ST-B")
    sku = await make_sku("MILK2", name="爱他美2段 800g", price_fen=35800)
    sku2 = await make_sku("WIPE1", name="好奇湿巾 80抽", price_fen=2990, category="洗护", brand="好奇")
    manager = await make_user(Role.STORE_MANAGER, "manager_a", [store])
    other_manager = await make_user(Role.STORE_MANAGER, "manager_b", [other])
    clerk = await make_user(Role.CLERK, "clerk_a", [store])
    buyer = await make_user(Role.PURCHASER, "buyer_a")
    hq = await make_user(Role.HQ_ADMIN, "hq_a")
    if bind_wecom:
        for u in (manager, other_manager, clerk, buyer, hq):
            u.wecom_userid = u.username
            await u.save(update_fields=["wecom_userid"])
    await create_supplier(SupplierIn(code="SUP1", name="上海母婴供应链有限公司", contact_name="王经理",
                                     contact_phone="13800000000", payment_terms_days=30), user=hq)
    await set_supplier_product("SUP1", SupplierProductIn(sku_code="MILK2", price_fen=20000, lead_time_days=5,
                                                         min_order_qty=6), user=hq)
    await set_supplier_product("SUP1", SupplierProductIn(sku_code="WIPE1", price_fen=1500, lead_time_days=3),
                               user=hq)
    return World(store, other, sku, sku2, manager, other_manager, clerk, buyer, hq)
