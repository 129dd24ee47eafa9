"""From a parsed command to a :class:`~bots.replies.Reply`, acting as the staff member bound to the WeCom user.

``handle_command(user, command)`` is the one entry point the callback calls (after :func:`resolve_user`).
Authorisation lives in the services it calls (a clerk cannot approve, a manager only their stores' POs, ...);
their :class:`~backend.errors.AppError` becomes a Chinese text reply here.

Phase 1: the parser, replies and help are wired; the service-backed handlers raise NotImplementedError until
the stock / purchasing / staff / sales services they call exist (phase 2). They never invent answers.
"""

from __future__ import annotations

from backend.errors import AppError
from backend.staff.models import Role, User
from bots.commands import (
    Approve,
    ClockIn,
    ClockOut,
    Command,
    Help,
    PendingApprovals,
    Reject,
    StockQuery,
    TodaySales,
)
from bots.replies import Reply, failure_text, help_text

APPROVER_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
SALES_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})


async def resolve_user(wecom_userid: str) -> User | None:
    """The staff account bound to a WeCom user id (``User.wecom_userid``), or None."""
    if not wecom_userid:
        return None
    return await User.get_or_none(wecom_userid=wecom_userid)


async def handle_command(user: User, command: Command) -> Reply:
    try:
        match command:
            case Help(hint=hint):
                return Reply(text=help_text(can_approve=user.role in APPROVER_ROLES,
                                            can_see_sales=user.role in SALES_ROLES, hint=hint))
            case StockQuery():
                return await _stock_query(user, command)
            case PendingApprovals():
                return await _pending_approvals(user, command)
            case Approve():
                return await _approve(user, command)
            case Reject():
                return await _reject(user, command)
            case ClockIn():
                return await _clock_in(user, command)
            case ClockOut():
                return await _clock_out(user, command)
            case TodaySales():
                return await _today_sales(user, command)
    except AppError as exc:
        return Reply(text=failure_text(exc.message))
    raise TypeError(f"unknown command {command!r}")


# ---- phase 2: each calls one service and formats its answer ------------------------------------------------

async def _stock_query(user: User, command: StockQuery) -> Reply:
    # stock by location for the SKUs matching command.term (scoped to the user's stores), near-expiry batches
    raise NotImplementedError("phase 2: stock lookup service")


async def _pending_approvals(user: User, command: PendingApprovals) -> Reply:
    # text list of the POs waiting for this approver + one approval card each (Reply.cards)
    raise NotImplementedError("phase 2: purchasing approvals service")


async def _approve(user: User, command: Approve) -> Reply:
    # purchasing approve (authority + audit inside, idempotent); Reply(text=..., button_label=LABEL_APPROVED)
    raise NotImplementedError("phase 2: purchasing approvals service")


async def _reject(user: User, command: Reject) -> Reply:
    raise NotImplementedError("phase 2: purchasing approvals service")


async def _clock_in(user: User, command: ClockIn) -> Reply:
    raise NotImplementedError("phase 2: staff attendance service")


async def _clock_out(user: User, command: ClockOut) -> Reply:
    raise NotImplementedError("phase 2: staff attendance service")


async def _today_sales(user: User, command: TodaySales) -> Reply:
    raise NotImplementedError("phase 2: sales statistics service")
