"""The return request (RMA) itself: its guarded status moves and the value of what it brings back. Shared by
the goods side (backend.orders.returns: approve, reject, receive) and the money side (backend.orders.refunds:
received -> refunded).

RMA:  requested -> approved -> received -> refunded, or requested -> rejected.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import InvalidState
from backend.money import prorate
from backend.orders.models import OrderItem, ReturnLine, ReturnRequest, ReturnStatus
from backend.orders.serializers import RETURN_STATUS_ZH


def rma_state_error(rma: ReturnRequest, wanted: ReturnStatus, verb: str) -> InvalidState:
    return InvalidState(f"退货单当前状态为「{RETURN_STATUS_ZH[ReturnStatus(rma.status)]}」，不能{verb}"
                        f"（需要「{RETURN_STATUS_ZH[wanted]}」）")


async def move_rma(rma: ReturnRequest, frm: ReturnStatus, to: ReturnStatus, verb: str,
                    conn: BaseDBAsyncClient, **changes: object) -> None:
    if rma.status != frm:
        raise rma_state_error(rma, frm, verb)
    updated = await ReturnRequest.filter(id=rma.id, status=frm).using_db(conn).update(status=to, **changes)
    if not updated:
        await rma.refresh_from_db(using_db=conn)
        raise rma_state_error(rma, frm, verb)
    rma.status = to
    for k, v in changes.items():
        setattr(rma, k, v)


async def rma_values(rma: ReturnRequest, conn: BaseDBAsyncClient) -> list[tuple[OrderItem, int]]:
    """(item, VAT-inclusive value of the returned units) per line of an RMA."""
    out = []
    for ln in await ReturnLine.filter(rma_id=rma.id).using_db(conn).select_related("order_item__sku__product"):
        item = ln.order_item
        out.append((item, prorate(item.line_total_fen, ln.qty, item.qty)))
    return out
