"""E-invoices (电子发票, 数电票) on sales: blue invoices on request for completed orders, red-letter (红字) invoices on
refunds, through the provider installed in the port backend.invoicing.provider (docs/finance.md#e-invoices)."""
