"""What the partner API writes: a stock adjustment (stock:write), through the stock service's adjustment core.

One request, one transaction, as a staff adjustment: guarded stock update, movements, valuation, the journal
entry (backend.stock.adjustments.write_adjustment), the audit row (who: the partner client, via "open_api") and
the Idempotency-Key record. The key is required: a partner retrying after a lost answer gets the first answer
again, the same key with another body 409, and the stock moves once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.idempotency import IdempotencyRecord, body_hash, check_key, kept_answer
from backend.partners.models import OpenClient
from backend.stock.adjustments import adjustment_result, check_direction, parse_reason, write_adjustment
from backend.stock.lookups import active_location_by_code, sku_by_code

VIA = "open_api"


@dataclass(frozen=True)
class PartnerAdjustment:
    location_code: str
    sku_code: str
    qty_delta: int
    reason: str
    note: str = ""


def _scope(client: OpenClient) -> str:
    return f"open:{client.client_id}:stock"


async def adjust_stock(client: OpenClient, spec: PartnerAdjustment, idempotency_key: str | None) -> tuple[int, Any]:
    """(status, body): 201 and the adjustment, or the kept answer of the same key."""
    if not idempotency_key:
        raise ValidationError("库存调整需要 Idempotency-Key 请求头（每次新的调整用新的值，重试时用同一个值）",
                              details=[{"field": "Idempotency-Key", "message": "缺少必填字段"}])
    check_key(idempotency_key)
    reason = parse_reason(spec.reason)
    check_direction(reason, spec.qty_delta)
    scope, request_hash = _scope(client), body_hash(asdict(spec))
    try:
        async with in_transaction() as conn:
            kept = await kept_answer(scope, idempotency_key, request_hash, what="库存调整请求", conn=conn)
            if kept is not None:
                return kept.status, kept.response
            location = await active_location_by_code(spec.location_code, conn)
            sku = await sku_by_code(spec.sku_code, conn)
            note = (spec.note or f"合作方 {client.name}")[:255]
            adjustment_no, rows = await write_adjustment(sku=sku, location=location, qty_delta=spec.qty_delta,
                                                         reason=reason, conn=conn, note=note)
            result = await adjustment_result(adjustment_no, location, sku, spec.qty_delta, reason, note, rows, conn)
            body = {"adjustment": {k: result[k] for k in ("adjustment_no", "location_code", "sku_code", "qty_delta",
                                                          "reason", "note", "lines", "stock")}}
            await record_audit(None, "stock.adjust", "stock_adjustment", adjustment_no, via=VIA, using_db=conn,
                               after={"client_id": client.client_id, "client": client.name,
                                      **{k: result[k] for k in ("location_code", "sku_code", "qty_delta", "reason",
                                                                "note", "value_fen", "lines")}})
            await IdempotencyRecord.create(scope=scope, key=idempotency_key, request_hash=request_hash, status=201,
                                           response=body, using_db=conn)
            return 201, body
    except IntegrityError:
        # the same key raced in from a second request that committed first: its answer is the answer
        kept = await kept_answer(scope, idempotency_key, request_hash, what="库存调整请求")
        if kept is None:
            raise
        return kept.status, kept.response
