"""Stored value as orders see it (a port): a stored-value ("balance") payment consumes the member's one-time
payment code and moves the balance through the members' ledger, in the payment's own transaction. Both belong
to backend.members (above orders: backend.members.paycode, backend.members.balance); this module declares what
orders calls and the refusal it raises, and backend.wiring installs the members' functions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Protocol

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.audit import record_refusal
from backend.errors import Forbidden

SHOW_HINT = "请会员打开小程序「会员码」页出示储值付款码"


class PayCodeRefused(Forbidden):
    """Any refusal of a stored-value payment for want of a valid code (the HTTP layer audits it)."""


class PayCodeRequired(PayCodeRefused):
    code = "member_code_required"
    default_message = f"会员储值支付需要会员本人确认：{SHOW_HINT}，扫码后再收款"


class PayCodeInvalid(PayCodeRefused):
    code = "member_code_invalid"
    default_message = f"储值付款码无效，{SHOW_HINT}"


# (member_id, delta_fen, order, conn): delta < 0 spends stored value (409 when short), delta > 0 gives it back;
# one ledger entry each, so the balance always equals the ledger's sum.
BalanceChange = Callable[[int, int, Any, BaseDBAsyncClient], Awaitable[None]]
class CodeConsumer(Protocol):
    """(member_id, code, order_id, conn, at=None): use the member's one-time code for this payment, exactly once,
    or a 403. `at`: the moment it was shown, when that was earlier (an offline counter sale): it must have been
    live then."""

    def __call__(self, member_id: int, code: str | None, order_id: int, conn: BaseDBAsyncClient, *,
                 at: datetime | None = None) -> Awaitable[None]: ...


class CodeOwner(Protocol):
    """(code, at=None) -> the member (a shoppers' account) whose code was live and unused at `at`, or None."""

    def __call__(self, code: str, *, at: datetime | None = None) -> Awaitable[Any]: ...


_balance: BalanceChange | None = None
_consume: CodeConsumer | None = None
_owner: CodeOwner | None = None


def install(*, change: BalanceChange, consume: CodeConsumer, owner: CodeOwner | None = None) -> None:
    """backend.wiring: the members' ledger change, pay-code consumption and the owner of a code."""
    global _balance, _consume, _owner
    _balance, _consume, _owner = change, consume, owner


def _missing() -> RuntimeError:
    return RuntimeError("no stored-value ledger installed: the composition root calls backend.wiring.wire()")


async def change_balance(member_id: int, delta_fen: int, order: Any, conn: BaseDBAsyncClient) -> None:
    if _balance is None:
        raise _missing()
    await _balance(member_id, delta_fen, order, conn)


async def consume_code(member_id: int, code: str | None, order_id: int, conn: BaseDBAsyncClient, *,
                       at: datetime | None = None) -> None:
    if _consume is None:
        raise _missing()
    if at is None:
        await _consume(member_id, code, order_id, conn)
    else:
        await _consume(member_id, code, order_id, conn, at=at)


async def code_owner_id(code: str, *, at: datetime | None = None) -> int | None:
    """The id of the member whose stored-value code `code` was live and unused at `at` (default now)."""
    if _owner is None:
        raise _missing()
    member = await _owner(code, at=at)
    return int(member.id) if member is not None else None


async def audit_refusal(user: Any, exc: PayCodeRefused, *, member_code: str | None = None,
                        order_id: int | None = None, via: str = "api") -> None:
    """A clerk's stored-value spend refused: kept in the audit log (its own transaction; the request's rolled
    back), so repeated attempts without the member are visible."""
    await record_refusal(user, "stored_value.spend_refused", "member", member_code or "", reason=exc.code,
                         via=via, order_id=order_id)
