"""A chain of any size with history, for measuring: `python -m backend.manage demo --stores 50 --skus 5000
--members 200000 --days 365` (PostgreSQL only, an empty database).

Master data (stores, a catalogue, members) goes in through the ORM's bulk insert; the trading history goes in
with COPY, as rows equal to what the services write (docs/ops.md#reports-at-scale-issue-21). Every store sells
at its counter and ships the online orders of the channel mix (mini-program, the six marketplaces with their
order ids, live), every day:

- orders (paid and completed: picked up at the counter, or sent by a carrier with the receiver sealed at rest and
  delivered), order_items (qty shipped, cogs), order_payments (cash / WeChat / Alipay, "platform" for the
  marketplaces), order_events, reservations (consumed), shipments and shipment_lines;
- returns (1 % of counter sales, 4 % of online orders, 2-10 days later, whole or one unit, restocked into the
  batch they left or written off): return_requests and return_lines, the RETURN movement, the refund to the
  tender paid with (refunds row), the order and its lines in their final state (qty_returned, refunded_fen,
  returned when everything came back) and events as returns.* and refunds.refund_order write them;
- purchasing: one supplier per top category (payment terms 7, 15 or 30 days); every week, on its first morning,
  each store receives from each supplier the units it sells that week: the purchase order (received; ordered
  three days before), its receipt and receipt lines, the RECEIPT movement, the supplier's invoice equal to the
  receipt (matched), and every Friday a payment run paying the invoices due by then (see _Purchasing);
- stock_movements: the opening count (import: a few spare units per stock row), the weekly receipts, then per
  line a reserve (+reserved) and a sale (-on hand, -reserved), so the journal replays to the stocks rows and no
  row ever goes below its spare units; inventory_valuations at the moving average;
- the ledger through the services' own line builders (finance.postings payment_lines, shipment_lines,
  return_receipt_lines, refund_lines, purchase_receipt_lines, supplier_payment_lines; opening stock Dr Inventory
  / Cr Equity), every entry balanced; then the summaries rebuilt from the lines;
- member points in the order things happened: an earn entry per paid member order (points_for_payment at the
  member's level, which rises with the spend as members.checkout does), a reverse entry at a refund (the share
  refunded, as far as the member still has them); members.points / total_spent_fen / level equal to their ledger;
- promotions: a week of 10 % off the first top category in every four, created and approved through the
  promotions workflow; the orders of those weeks priced as the engine prices them (discount, application);
- staff: a clerk and a manager per store, HQ's buyer, approvers and finance clerks, named by the orders, POs,
  invoices and payment runs, with the audit rows the services record.

Not written: channel stock pushes. One cost per SKU (the suppliers sell at it), so the moving average never moves.
Seeded: the same chain for the same flags.

One module per kind of history: spec (the flags and the trade's shape), master (stores, staff, catalogue,
suppliers, members), promotions, opening (the opening count), sales (orders, returns, points), purchasing (POs,
receipts, invoices, payment runs), writer (buffered rows, journal entries, audit rows), copy (the COPY plumbing),
chain (the run, in order).
"""

from backend.demo.scale.chain import generate
from backend.demo.scale.spec import CHANNEL_MIX, ScaleSpec

__all__ = ["CHANNEL_MIX", "ScaleSpec", "generate"]
