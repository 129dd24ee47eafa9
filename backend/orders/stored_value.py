"""Stored value as orders see it (a port): a stored-value ("balance") payment consumes the member's one-time
payment code and moves the balance through the members' ledger, in the payment's own transaction. Both belong
to backend.members (above orders: backend.members.paycode, backend.members.balance); this module declares what
orders calls and the refusal it raises, and backend.wiring installs the members' functions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

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
# (member_id, code, order_id, conn): use the member's one-time code for this payment, exactly once, or a 403.
CodeConsumer = Callable[[int, str | None, int, BaseDBAsyncClient], Awaitable[None]]

_balance: BalanceChange | None = None
_consume: CodeConsumer | None = None


def install(*, change: BalanceChange, consume: CodeConsumer) -> None:
    """backend.wiring: the members' ledger change and pay-code consumption."""
    global _balance, _consume
    _balance, _consume = change, consume


def _missing() -> RuntimeError:
    return RuntimeError("no stored-value ledger installed: the composition root calls backend.wiring.wire()")


async def change_balance(member_id: int, delta_fen: int, order: Any, conn: BaseDBAsyncClient) -> None:
    if _balance is None:
        raise _missing()
    await _balance(member_id, delta_fen, order, conn)


async def consume_code(member_id: int, code: str | None, order_id: int, conn: BaseDBAsyncClient) -> None:
    if _consume is None:
        raise _missing()
    await _consume(member_id, code, order_id, conn)


async def audit_refusal(user: Any, exc: PayCodeRefused, *, member_code: str | None = None,
                        order_id: int | None = None, via: str = "api") -> None:
    """A clerk's stored-value spend refused: kept in the audit log (its own transaction; the request's rolled
    back), so repeated attempts without the member are visible."""
    await record_refusal(user, "stored_value.spend_refused", "member", member_code or "", reason=exc.code,
                         via=via, order_id=order_id)
