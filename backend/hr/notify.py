"""Whom HR tells on WeCom: the store manager(s) of a store bound to WeCom (HQ admins when none is), and the
staff named as interviewers. Messages go through the staff notification outbox (backend.messaging)."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.org.models import Role, User, UserLocation


async def store_managers(location_id: int, conn: BaseDBAsyncClient | None = None) -> list[str]:
    ids = await UserLocation.filter(location_id=location_id, user__role=Role.STORE_MANAGER, user__is_active=True,
                                    user__wecom_userid__isnull=False).using_db(conn) \
        .values_list("user__wecom_userid", flat=True)
    if not ids:
        ids = await User.filter(role=Role.HQ_ADMIN, is_active=True, wecom_userid__isnull=False).using_db(conn) \
            .values_list("wecom_userid", flat=True)
    return sorted({str(i) for i in ids if i})


async def wecom_ids(user_ids: list[int], conn: BaseDBAsyncClient | None = None) -> list[str]:
    ids = await User.filter(id__in=user_ids, is_active=True, wecom_userid__isnull=False).using_db(conn) \
        .values_list("wecom_userid", flat=True)
    return sorted({str(i) for i in ids if i})
