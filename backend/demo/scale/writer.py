"""The history's rows buffered per table and COPYed in foreign-key order; the journal entries (as post_entry
writes them) and the audit rows (as record_audit writes them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from backend.audit.models import AuditLog
from backend.demo.scale.copy import Ids, copy_batch, to_records
from backend.finance import accounts
from backend.finance.accounts import account_id
from backend.finance.ledger import Line
from backend.finance.models import JournalEntry, JournalLine
from backend.members.models import PointsEntry
from backend.orders.models import (
    Order,
    OrderDiscount,
    OrderEvent,
    OrderItem,
    OrderPayment,
    Refund,
    ReturnLine,
    ReturnRequest,
    Shipment,
    ShipmentLine,
)
from backend.promotions.models import PromotionApplication
from backend.purchasing.models import (
    PaymentRun,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    SupplierInvoice,
)
from backend.stock.models import Reservation, StockMovement

# COPY order: a row's foreign keys point at rows of the tables before it
PURCHASING: tuple[type[Model], ...] = (PaymentRun, PurchaseOrder, PurchaseOrderLine, Receipt, ReceiptLine,
                                      SupplierInvoice)
FLUSH_ORDER: tuple[type[Model], ...] = (Order, OrderDiscount, PromotionApplication, Shipment, OrderItem, Reservation, StockMovement, ShipmentLine,
                                       OrderPayment, OrderEvent, ReturnRequest, ReturnLine, Refund, *PURCHASING,
                                       JournalEntry, JournalLine, PointsEntry, AuditLog)
FLUSH_ROWS = 400_000


class Writer:
    """Rows buffered per model and COPYed in FLUSH_ORDER when enough have piled up (bounded memory). Building the
    next chunk in a thread while the event loop COPYs this one was measured slower on this machine: the generator
    and asyncpg's record encoding share the GIL (100k: 107 s against 83 s, load 9-11)."""

    def __init__(self, conn: BaseDBAsyncClient, ids: Ids) -> None:
        self.conn, self.ids = conn, ids
        self.rows: dict[type[Model], list[dict[str, Any]]] = defaultdict(list)
        self.pending = 0
        self.journal_lines = 0
        self.seq = 0

    def add(self, model: type[Model], row: dict[str, Any]) -> None:
        self.rows[model].append(row)
        self.pending += 1

    def entry(self, date: dt.date, memo: str, source_type: str, source_id: str, at: dt.datetime,
              lines: list[Line], codes: dict[str, int]) -> str:
        """One journal entry as post_entry writes it: zero lines dropped, refused unless balanced."""
        self.seq += 1
        eid = self.ids.take("journal_entries")
        entry_no = f"JE{date:%Y%m%d}S{self.seq:09d}"
        self.add(JournalEntry, {"id": eid, "entry_no": entry_no, "date": date,
                                "memo": memo[:255], "source_type": source_type, "source_id": source_id,
                                "created_at": at})
        debit = credit = 0
        for ln in lines:
            if not (ln.debit_fen or ln.credit_fen):
                continue
            debit += ln.debit_fen
            credit += ln.credit_fen
            self.journal_lines += 1
            self.add(JournalLine, {"id": self.ids.take("journal_lines"), "entry_id": eid,
                                   "account_id": codes[ln.account], "debit_fen": ln.debit_fen,
                                   "credit_fen": ln.credit_fen, "date": date, "sku_id": ln.sku_id,
                                   "category_id": ln.category_id, "location_id": ln.location_id,
                                   "channel": ln.channel, "partner": ln.partner, "memo": ln.memo})
        if debit != credit:
            raise AssertionError(f"unbalanced generated entry {source_type}:{source_id}")
        return entry_no

    def audit(self, user: tuple[int, str], action: str, entity_type: str, entity_id: Any, at: dt.datetime, *,
              before: Any = None, after: Any = None, via: str = "api") -> None:
        """The row record_audit writes (no client address: nothing here came through a request)."""
        self.add(AuditLog, {"id": self.ids.take("audit_logs"), "user_id": user[0], "username": user[1],
                            "action": action, "entity_type": entity_type, "entity_id": str(entity_id),
                            "before": before, "after": after, "via": via, "ip": "", "created_at": at})

    async def flush(self) -> None:
        batch = [(model, *to_records(model, self.rows.pop(model))) for model in FLUSH_ORDER if model in self.rows]
        assert not self.rows, f"no COPY order for {list(self.rows)}"
        self.pending = 0
        await copy_batch(self.conn, batch)


async def ledger_codes(conn: BaseDBAsyncClient) -> dict[str, int]:
    """The id of each account the history posts to, by code."""
    return {code: await account_id(code, conn) for code in (
        accounts.INVENTORY, accounts.EQUITY, accounts.CASH, accounts.BANK, accounts.RECEIVABLE,
        accounts.CUSTOMER_ADVANCES, accounts.SALES, accounts.OUTPUT_VAT, accounts.COGS, accounts.INVENTORY_LOSS,
        accounts.INPUT_VAT, accounts.PAYABLE)}
