"""A counter sale paid by the shopper's payment code (POS scan; a port): the order is placed and the WeChat or
Alipay code charged in the same request. The sale is backend.codepay.counter's (above orders: it places the
order through backend.orders.placement); POST /api/v1/orders hands such a body to it through this port, which
backend.wiring fills."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TenderIn:
    method: str
    amount_fen: int
    external_ref: str | None = None
    auth_code: str | None = None


# (actor, *, channel, items, tenders, idempotency_key, request_hash, member_code, **placement options)
# -> (HTTP status, body)
CodeSale = Callable[..., Awaitable[tuple[int, dict[str, Any]]]]

_sell: CodeSale | None = None


def install(sell: CodeSale) -> None:
    global _sell
    _sell = sell


async def sell(actor: Any, **sale: Any) -> tuple[int, dict[str, Any]]:
    if _sell is None:
        raise RuntimeError("no counter sale installed: the composition root calls backend.wiring.wire()")
    return await _sell(actor, **sale)
