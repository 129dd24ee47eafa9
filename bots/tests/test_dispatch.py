"""The dispatcher's phase-1 surface: user resolution, help by role, service errors as Chinese text."""

from __future__ import annotations

import pytest

from backend.errors import NotFound
from backend.org.models import Role
from bots import dispatch
from bots.commands import Help, StockQuery
from bots.dispatch import handle_command, resolve_user
from tests.factories import make_user


async def test_resolve_user_by_wecom_userid(db: None) -> None:
    user = await make_user(Role.CLERK, username="clerk_w1")
    user.wecom_userid = "clerk_w1"
    await user.save()
    assert (await resolve_user("clerk_w1")).id == user.id  # type: ignore[union-attr]
    assert await resolve_user("nobody") is None
    assert await resolve_user("") is None


async def test_help_depends_on_role(db: None) -> None:
    clerk = await make_user(Role.CLERK)
    manager = await make_user(Role.STORE_MANAGER)
    clerk_help = (await handle_command(clerk, Help())).text or ""
    manager_help = (await handle_command(manager, Help(hint="没看懂“啊”"))).text or ""
    assert "查库存" in clerk_help and "同意 PO" not in clerk_help and "今日销售" not in clerk_help
    assert manager_help.startswith("没看懂“啊”。") and "同意 PO" in manager_help and "今日销售" in manager_help


async def test_service_errors_become_text_replies(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    async def not_found(user, command):  # type: ignore[no-untyped-def]
        raise NotFound("没有找到“不存在的奶粉”")

    monkeypatch.setattr(dispatch, "_stock_query", not_found)
    clerk = await make_user(Role.CLERK)
    reply = await handle_command(clerk, StockQuery("不存在的奶粉"))
    assert reply.text == "操作未完成：没有找到“不存在的奶粉”" and reply.button_label is None
