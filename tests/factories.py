"""Builders for test data. Everything goes through the real services (no hand-set stock numbers)."""

from __future__ import annotations

import datetime as dt
import itertools

from tortoise.transactions import in_transaction

from backend.catalog.models import Brand, Category, Product, Sku
from backend.org.models import Location, LocationKind, Role, User, UserLocation
from backend.security.passwords import hash_password
from backend.security.tokens import mint_pair, new_session_id
from backend.stock.opening import open_stock
from backend.timestamps import business_today

_seq = itertools.count(1)
_PASSWORD_HASH: str | None = None


async def make_location(code: str | None = None, kind: LocationKind = LocationKind.STORE, priority: int = 100,
                        name: str | None = None) -> Location:
    code = code or f"S{next(_seq):03d}"
    return await Location.create(code=code, name=name or f"门店{code}", kind=kind, priority=priority)


async def make_sku(code: str | None = None, price_fen: int = 12800, name: str | None = None,
                   barcode: str | None = None, category: str = "奶粉", brand: str = "爱他美",
                   formula_stage: int | None = None) -> Sku:
    n = next(_seq)
    code = code or f"SKU{n:05d}"
    cat, _ = await Category.get_or_create(name=category, parent=None)
    br, _ = await Brand.get_or_create(name=brand)
    product = await Product.create(code=f"P{code}", name=name or f"测试商品{n}", brand=br, category=cat,
                                   formula_stage=formula_stage)
    return await Sku.create(code=code, product=product, name=name or f"测试商品{n}", price_fen=price_fen,
                            barcode=barcode or f"69{n:011d}")


async def stock_in(sku: Sku, location: Location, qty: int, *, unit_cost_fen: int = 8000, batch_no: str = "B1",
                   expiry: dt.date | None = None) -> None:
    async with in_transaction() as conn:
        await open_stock(sku_id=sku.id, location_id=location.id, qty=qty, unit_cost_fen=unit_cost_fen,
                         batch_no=batch_no, expiry_date=expiry or business_today() + dt.timedelta(days=365),
                         conn=conn, source="test")


async def make_user(role: Role | str, username: str | None = None, locations: list[Location] | None = None,
                    password: str = "cradle123") -> User:
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None or password != "cradle123":
        _PASSWORD_HASH = hash_password("cradle123")
    pw_hash = _PASSWORD_HASH if password == "cradle123" else hash_password(password)
    role = Role(role)
    user = await User.create(username=username or f"{role.value}{next(_seq)}", display_name=f"测试{role.value}",
                             password_hash=pw_hash, role=role)
    for loc in locations or []:
        await UserLocation.create(user=user, location=loc)
    return user


def token_for(user: User) -> str:
    """An access token for the user as it is now (its token version), of a session no login recorded: it works
    until the user's sessions are revoked; tests of refresh and logout log in through the API instead."""
    return str(mint_pair("staff", user.id, user.role.value, sid=new_session_id(),
                         version=user.token_version)["access_token"])


def auth(user: User) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(user)}"}


def member_token(member_id: int) -> str:
    """A shopper's access token (as token_for, for members)."""
    return str(mint_pair("member", member_id, Role.SHOPPER.value, sid=new_session_id())["access_token"])


def member_auth(member_id: int) -> dict[str, str]:
    return {"Authorization": f"Bearer {member_token(member_id)}"}
