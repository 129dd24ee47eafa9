"""Purchasing history: the weekly purchase orders, receipts and supplier invoices, and the Friday payment runs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from backend.demo.scale.copy import Ids
from backend.demo.scale.master import Staff
from backend.demo.scale.writer import Writer
from backend.finance.postings import PurchaseLine, purchase_receipt_lines, supplier_payment_lines
from backend.org.models import Location, LocationKind, Role
from backend.purchasing.models import (
    InvoiceStatus,
    PaymentRun,
    PaymentRunStatus,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    Supplier,
    SupplierInvoice,
)
from backend.purchasing.orders import vat_of
from backend.purchasing.settings_store import DEFAULTS as PURCHASING_POLICY
from backend.stock.models import MovementKind, StockMovement
from backend.timestamps import CHINA

PAY_WEEKDAY = 4  # payment runs on Fridays


class Purchasing:
    """Replenishment as the purchasing services write it: every week, on its first morning, each store receives
    from each category's supplier the units it sells that week (create_po, submit_po, decide_po, send_po; then
    receiving.receive: the receipt and its lines into the SKU's batch, the RECEIPT movement, the value at the PO's
    net price, Dr inventory + input VAT / Cr payable to the supplier). The supplier's invoice is entered that
    afternoon equal to the receipt (payables.enter_invoice: matched, no variance) and due after the supplier's
    terms; every Friday a payment run pays what is due by then (payment_runs.propose + approve: Dr payable per
    supplier / Cr bank). HQ's buyer creates, submits and sends each PO, the store's manager
    (within the limit) or HQ's admins approve it and the manager receives it, with the services' audit rows."""

    def __init__(self, w: Writer, ids: Ids, codes: dict[str, int], first: dt.date,
                 weekly: dict[int, dict[tuple[int, int], int]], stock_id: dict[tuple[int, int], int],
                 batch_of: dict[int, int], cost_of: dict[int, int], category_of: dict[int, int],
                 sku_code: dict[int, str], stores: dict[int, Location], supplier_of: dict[int, Supplier],
                 opened: dt.datetime, staff: Staff) -> None:
        self.w, self.ids, self.codes, self.first, self.weekly, self.staff = w, ids, codes, first, weekly, staff
        self.stock_id, self.batch_of, self.cost_of, self.category_of = stock_id, batch_of, cost_of, category_of
        self.sku_code, self.stores, self.supplier_of, self.opened = sku_code, stores, supplier_of, opened
        self.next_week = 0
        self.next_pay = first + dt.timedelta(days=(PAY_WEEKDAY - first.weekday()) % 7)
        self.po_seq: dict[dt.date, int] = defaultdict(int)
        self.open_invoices: list[dict[str, Any]] = []  # entered, not yet paid (oldest first)
        self.names = {sp.id: sp.name for sp in supplier_of.values()}
        self.codes_of = {sp.id: sp.code for sp in supplier_of.values()}
        self.terms = {sp.id: sp.payment_terms_days for sp in supplier_of.values()}
        self.orders = self.runs = 0

    def until(self, day: dt.date) -> None:
        """Everything purchasing did before `day`'s sales: the receipts of the weeks begun by then, and the
        payment runs of the Fridays before it."""
        while True:
            receipt_day = self.first + dt.timedelta(days=7 * self.next_week)
            if self.next_week in self.weekly and receipt_day <= day:
                self._week(self.next_week, receipt_day)
                self.next_week += 1
                continue
            if self.next_pay < day:
                self._pay(self.next_pay)
                self.next_pay += dt.timedelta(days=7)
                continue
            return

    def _week(self, week: int, day: dt.date) -> None:
        by_po: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for (loc, sku), qty in sorted(self.weekly.pop(week).items()):
            by_po[(loc, self.supplier_of[sku].id)].append((sku, qty))
        ordered = max(dt.datetime.combine(day - dt.timedelta(days=3), dt.time(10), tzinfo=CHINA),
                      self.opened - dt.timedelta(hours=1))
        received = dt.datetime.combine(day, dt.time(8, 30), tzinfo=CHINA)
        for (loc, supplier_id), lines in sorted(by_po.items()):
            self._order(loc, supplier_id, lines, day, ordered, received)

    def _order(self, loc: int, supplier_id: int, lines: list[tuple[int, int]], day: dt.date, ordered: dt.datetime,
               received: dt.datetime) -> None:
        w, ids = self.w, self.ids
        self.po_seq[ordered.date()] += 1
        po_id, rid, inv_id = ids.take("purchase_orders"), ids.take("purchase_receipts"), ids.take("supplier_invoices")
        po_no = f"PO{ordered:%Y%m%d}{self.po_seq[ordered.date()]:03d}"
        receipt_no = f"GR{day:%Y%m%d}{rid:06X}"
        net = vat = 0
        posting, invoice_lines = [], []
        for sku, qty in lines:
            price = self.cost_of[sku]
            line_net = qty * price
            line_vat = vat_of(line_net, 1300)
            net, vat = net + line_net, vat + line_vat
            pol = ids.take("purchase_order_lines")
            w.add(PurchaseOrderLine, {"id": pol, "po_id": po_id, "sku_id": sku, "qty": qty, "unit_price_fen": price,
                                      "tax_rate_bp": 1300, "qty_received": qty, "qty_rejected": 0})
            w.add(ReceiptLine, {"id": ids.take("purchase_receipt_lines"), "receipt_id": rid, "po_line_id": pol,
                                "sku_id": sku, "batch_id": self.batch_of[sku], "qty_accepted": qty, "qty_rejected": 0,
                                "unit_price_fen": price})
            w.add(StockMovement, {"id": ids.take("stock_movements"), "stock_id": self.stock_id[(sku, loc)],
                                  "sku_id": sku, "location_id": loc, "batch_id": self.batch_of[sku],
                                  "kind": MovementKind.RECEIPT, "on_hand_delta": qty, "ref_type": "purchase_order",
                                  "ref_id": po_no, "note": receipt_no, "created_at": received})
            posting.append(PurchaseLine(sku_id=sku, net_fen=line_net, vat_fen=line_vat,
                                        category_id=self.category_of[sku]))
            invoice_lines.append({"po_line_id": pol, "sku_code": self.sku_code[sku], "qty": qty,
                                  "unit_price_fen": price, "po_price_fen": price})
        total = net + vat
        store = self.stores[loc]
        limit = PURCHASING_POLICY["store_manager_limit_fen"]
        role = Role.STORE_MANAGER if store.kind == LocationKind.STORE and total <= limit else Role.HQ_ADMIN
        two = total > PURCHASING_POLICY["second_approval_above_fen"]
        submitted = ordered + dt.timedelta(minutes=5)
        first_at = submitted + dt.timedelta(minutes=10) if two else None
        decided, sent = submitted + dt.timedelta(minutes=25), submitted + dt.timedelta(minutes=30)
        staff = self.staff
        buyer, receiver = staff.buyer, staff.manager[loc]
        approver = staff.manager[loc] if role == Role.STORE_MANAGER else staff.hq[0]
        first_by = staff.hq[1] if two else None
        w.add(PurchaseOrder, {
            "id": po_id, "po_no": po_no, "supplier_id": supplier_id, "location_id": loc, "status": POStatus.RECEIVED,
            "net_fen": net, "vat_fen": vat, "total_fen": total, "approver_role": role.value,
            "approvals_required": 2 if two else 1, "expected_date": ordered.date() + dt.timedelta(days=3),
            "created_at": ordered, "created_by_id": buyer[0], "decided_by_id": approver[0],
            "first_approved_by_id": first_by[0] if first_by else None,
            "submitted_at": submitted, "first_approved_at": first_at, "decided_at": decided, "sent_at": sent,
            "updated_at": received})
        w.add(Receipt, {"id": rid, "receipt_no": receipt_no, "po_id": po_id, "on_time": True, "net_fen": net,
                        "vat_fen": vat, "received_on": day, "received_by_id": receiver[0], "created_at": received})
        # the audit trail of create_po, submit_po, decide_po (twice above the second-approval line), send_po, receive
        code = self.stores[loc].code
        w.audit(buyer, "purchase_order.create", "purchase_order", po_no, ordered,
                after={"supplier": self.codes_of[supplier_id], "location": code, "total_fen": total})
        w.audit(buyer, "purchase_order.submit", "purchase_order", po_no, submitted,
                after={"total_fen": total, "approver_role": role.value, "approvals_required": 2 if two else 1})
        submitted_ = {"status": POStatus.SUBMITTED.value}
        approved = {"status": POStatus.APPROVED.value, "total_fen": total}
        if first_by is not None and first_at is not None:
            w.audit(first_by, "purchase_order.first_approve", "purchase_order", po_no, first_at, before=submitted_,
                    after={**submitted_, "total_fen": total, "approvals": 1, "approvals_required": 2})
            approved.update(approvals=2, first_approved_by_id=first_by[0])
        w.audit(approver, "purchase_order.approve", "purchase_order", po_no, decided, before=submitted_,
                after=approved)
        w.audit(buyer, "purchase_order.send", "purchase_order", po_no, sent,
                before={"status": POStatus.APPROVED.value}, after={"status": POStatus.SENT.value})
        w.audit(receiver, "purchase_order.receive", "purchase_order", po_no, received,
                before={"status": POStatus.SENT.value},
                after={"status": POStatus.RECEIVED.value, "receipt_no": receipt_no, "net_fen": net, "vat_fen": vat,
                       "lines": [{"sku_code": self.sku_code[sku], "qty": qty, "rejected_qty": 0}
                                 for sku, qty in lines]})
        name = self.names[supplier_id]
        w.entry(day, f"采购入库 {po_no} {receipt_no}", "purchase_receipt", receipt_no, received,
                purchase_receipt_lines(supplier=name, location_id=loc, lines=posting), self.codes)
        terms = self.terms[supplier_id]
        self.open_invoices.append({
            "id": inv_id, "supplier_id": supplier_id, "invoice_no": f"FP{inv_id:010d}", "po_id": po_id,
            "invoice_date": day, "due_date": day + dt.timedelta(days=terms), "lines": invoice_lines, "net_fen": net,
            "vat_fen": vat, "total_fen": total, "expected_fen": total, "status": InvoiceStatus.MATCHED,
            "hold_reasons": [], "created_by_id": staff.finance[0][0],
            "created_at": dt.datetime.combine(day, dt.time(15), tzinfo=CHINA)})
        w.audit(staff.finance[0], "finance.invoice_enter", "supplier_invoice", inv_id,
                dt.datetime.combine(day, dt.time(15), tzinfo=CHINA), via="admin", after={
                    "invoice_no": f"FP{inv_id:010d}", "po_no": po_no, "total_fen": total, "expected_fen": total,
                    "status": InvoiceStatus.MATCHED.value, "hold_reasons": []})
        self.orders += 1

    def _pay(self, day: dt.date) -> None:
        due = [i for i in self.open_invoices if i["due_date"] <= day]
        if not due:
            return
        self.open_invoices = [i for i in self.open_invoices if i["due_date"] > day]
        run_id = self.ids.take("payment_runs")
        proposed = dt.datetime.combine(day, dt.time(10), tzinfo=CHINA)
        approved = dt.datetime.combine(day, dt.time(16), tzinfo=CHINA)
        total = sum(i["total_fen"] for i in due)
        proposer, payer = self.staff.finance
        self.w.add(PaymentRun, {"id": run_id, "pay_date": day, "total_fen": total, "status": PaymentRunStatus.PAID,
                                "created_by_id": proposer[0], "approved_by_id": payer[0], "approved_at": approved,
                                "created_at": proposed})
        self.w.audit(proposer, "finance.payment_run_create", "payment_run", run_id, proposed, via="admin",
                     after={"pay_date": day.isoformat(), "invoices": [i["id"] for i in due], "total_fen": total})
        per_supplier: dict[str, int] = defaultdict(int)
        for inv in due:
            per_supplier[self.names[inv["supplier_id"]]] += inv["total_fen"]
            self.w.add(SupplierInvoice, {**inv, "status": InvoiceStatus.PAID, "payment_run_id": run_id})
        entry_no = self.w.entry(day, f"供应商付款批次 #{run_id}", "payment_run", str(run_id), approved,
                                supplier_payment_lines(dict(per_supplier)), self.codes)
        self.w.audit(payer, "finance.payment_run_pay", "payment_run", run_id, approved, via="admin",
                     after={"total_fen": total, "entry_no": entry_no, "suppliers": dict(per_supplier)})
        self.runs += 1

    def unpaid(self) -> None:
        """The invoices not yet due at the end stay matched, waiting for a payment run."""
        for inv in self.open_invoices:
            self.w.add(SupplierInvoice, inv)
        self.open_invoices = []
