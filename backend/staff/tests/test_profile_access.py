"""Staff profiles: a store manager reads only staff sharing one of their stores (HQ everyone); staff phones are
sealed at rest and shown in full only to HQ and the person themself."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise

from backend.fieldcrypt import is_sealed
from backend.org.models import Role, User
from backend.staff.phones import phone_of, seal_phone, seal_plain_phones
from tests.factories import auth, make_location, make_user


async def _staff() -> dict[str, Any]:
    a, b = await make_location("SA"), await make_location("SB")
    people = {
        "hq": await make_user(Role.HQ_ADMIN, username="hq"),
        "fin": await make_user(Role.FINANCE, username="fin"),
        "mgr_a": await make_user(Role.STORE_MANAGER, username="mgr_a", locations=[a]),
        "clerk_a": await make_user(Role.CLERK, username="clerk_a", locations=[a]),
        "clerk_b": await make_user(Role.CLERK, username="clerk_b", locations=[b]),
        "clerk_ab": await make_user(Role.CLERK, username="clerk_ab", locations=[a, b]),
    }
    for n, user in enumerate(people.values()):
        await User.filter(id=user.id).update(phone=seal_phone(f"1390000{n:04d}"))
    return people


async def _profile(client: Any, viewer: User, username: str) -> Any:
    _, resp = await client.get(f"/api/v1/staff/{username}/profile", headers=auth(viewer))
    return resp


async def test_store_manager_reads_only_profiles_of_staff_sharing_a_store(db: None, client: Any) -> None:
    p = await _staff()
    for username in ("clerk_a", "clerk_ab"):
        resp = await _profile(client, p["mgr_a"], username)
        assert resp.status == 200, resp.text
        assert resp.json["phone"].count("*") == 4  # masked for a manager
    for username in ("clerk_b", "hq", "fin"):
        resp = await _profile(client, p["mgr_a"], username)
        assert resp.status == 403 and resp.json["error"]["code"] == "forbidden", username
        assert "1390000" not in resp.text
    resp = await _profile(client, p["mgr_a"], "mgr_a")
    assert resp.status == 200 and resp.json["phone"] == "13900000002"  # their own, in full
    resp = await _profile(client, p["hq"], "clerk_b")
    assert resp.status == 200 and resp.json["phone"] == "13900000004"  # HQ: everyone, in full
    for who in ("clerk_a", "fin"):
        assert (await _profile(client, p[who], "clerk_a")).status == 403


async def test_staff_phones_are_sealed_at_rest_and_plain_rows_get_sealed(db: None) -> None:
    user = await make_user(Role.CLERK, username="legacy")
    conn = Tortoise.get_connection("default")
    await conn.execute_query("UPDATE users SET phone = '13800138000' WHERE id = " + str(user.id))
    other = await make_user(Role.CLERK, username="sealed")
    await User.filter(id=other.id).update(phone=seal_phone("13700137000"))
    assert phone_of(await User.get(id=user.id)) == "13800138000"  # readable before the migration
    assert await seal_plain_phones() == 1
    assert await seal_plain_phones() == 0  # once
    rows = {r["username"]: r["phone"]
            for r in await conn.execute_query_dict("SELECT username, phone FROM users WHERE phone IS NOT NULL")}
    assert set(rows) == {"legacy", "sealed"} and all(is_sealed(v) for v in rows.values())
    assert "13800138000" not in str(rows)
    assert phone_of(await User.get(id=user.id)) == "13800138000"
    assert phone_of(await User.get(id=other.id)) == "13700137000"


async def test_demo_staff_phones_are_sealed(db: None) -> None:
    from backend.demo import SECTIONS, load_demo

    await load_demo("small", sections=SECTIONS[:3])
    phones = await User.filter(username__in=["admin", "clerk1"]).values_list("phone", flat=True)
    assert len(phones) == 2 and all(is_sealed(p) for p in phones)
    clerk = await User.get(username="clerk1")
    assert phone_of(clerk).startswith("1380000")
