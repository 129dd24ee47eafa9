"""Printing: the counter receipt (小票: ESC/POS for 58/80 mm printers, HTML for anything else), barcode and
price labels for SKUs and batches, and A4 PDFs with the chain's header (finance reports, purchase orders).

Every document is built from one plain data object read by a service here (`receipts.load_receipt`,
`labels.sku_label` / `labels.batch_label`, the finance reports and `purchasing.orders.po_json`), then rendered;
nothing here writes to the database."""
