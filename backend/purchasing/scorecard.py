"""Supplier scorecard from receipts: on-time rate, rejected quantity (and rate), price trend per SKU."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.purchasing.models import Receipt, ReceiptLine
from backend.purchasing.suppliers import get_supplier


async def scorecard(supplier_code: str, *, since: dt.date | None = None) -> dict[str, Any]:
    s = await get_supplier(supplier_code)
    receipts = Receipt.filter(po__supplier_id=s.id)
    if since is not None:
        receipts = receipts.filter(received_on__gte=since)
    rs = await receipts.order_by("received_on", "id")
    on_time = sum(1 for r in rs if r.on_time)
    lines = await ReceiptLine.filter(receipt_id__in=[r.id for r in rs]).select_related("sku", "receipt") \
        .order_by("receipt__received_on", "id")
    accepted = sum(ln.qty_accepted for ln in lines)
    rejected = sum(ln.qty_rejected for ln in lines)
    by_sku: dict[str, list[ReceiptLine]] = {}
    for ln in lines:
        by_sku.setdefault(ln.sku.code, []).append(ln)
    trend = []
    for code, ls in sorted(by_sku.items()):
        first, last = ls[0].unit_price_fen, ls[-1].unit_price_fen
        trend.append({
            "sku_code": code, "name": ls[0].sku.name,
            "prices": [{"date": ln.receipt.received_on.isoformat(), "unit_price_fen": ln.unit_price_fen} for ln in ls],
            "first_fen": first, "last_fen": last,
            "change_bp": (last - first) * 10000 // first if first else 0,
        })
    delivered = accepted + rejected
    return {
        "supplier_code": s.code, "supplier_name": s.name, "receipts": len(rs), "on_time": on_time,
        "on_time_rate_bp": on_time * 10000 // len(rs) if rs else None,
        "accepted_qty": accepted, "rejected_qty": rejected,
        "rejected_rate_bp": rejected * 10000 // delivered if delivered else None,
        "price_trend": trend,
    }
