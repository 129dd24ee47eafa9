"""Demo sections: the staff (CONTRACT.md accounts first, each bound to the WeCom user id equal to its
username) and the members."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.demo import DemoContext, bulk_insert
from backend.demo.data import DEMO_PASSWORD, MEMBER_LEVELS, NICKNAMES, STAFF
from backend.members.models import Member
from backend.org.models import User, UserLocation
from backend.security.passwords import hash_password
from backend.staff.phones import seal_phone

MEMBERS = {"full": 50, "small": 8}


def member_code(n: int) -> str:
    return f"M{n:05d}"


async def load_staff(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    pw_hash = hash_password(DEMO_PASSWORD)  # one hash for every demo account (Argon2 is slow on purpose)
    await bulk_insert(User, [
        User(username=u, display_name=name, password_hash=pw_hash, role=role, wecom_userid=u,
             phone=seal_phone(f"1380000{i + 1:04d}"))
        for i, (u, name, role, _) in enumerate(STAFF)], conn)
    users = {u.username: u for u in await User.filter(username__in=[s[0] for s in STAFF]).using_db(conn)}
    locations = await ctx.locations(conn)
    await bulk_insert(UserLocation, [UserLocation(user_id=users[u].id, location_id=locations[c].id)
                                     for u, _, _, codes in STAFF for c in codes], conn)
    return f"{len(users)} staff: " + ", ".join(f"{u}({role.value})" for u, _, role, _ in STAFF[:6]) + \
        f" ... password {DEMO_PASSWORD}"


async def load_members(ctx: DemoContext, conn: BaseDBAsyncClient) -> str:
    """Members with a level; points and stored value start at zero (they only move through their ledgers)."""
    rng = ctx.rng("members")
    levels, weights = zip(*MEMBER_LEVELS, strict=True)
    n = MEMBERS[ctx.size]
    await bulk_insert(Member, [
        Member(member_code=member_code(i + 1), nickname=NICKNAMES[i % len(NICKNAMES)],
               level=rng.choices(levels, weights)[0])
        for i in range(n)], conn)
    return f"{n} members ({member_code(1)}..{member_code(n)})"
