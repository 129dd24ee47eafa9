"""Double-entry ledger: chart of accounts, journal entries whose lines always balance, inventory valuation."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class AccountType(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    REVENUE = "revenue"
    EXPENSE = "expense"


class Account(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=64)
    type = fields.CharEnumField(AccountType, max_length=16)
    # A sub-account (code = the parent's code + 2 digits, backend.finance.chart) has its parent's type.
    parent = fields.ForeignKeyField("models.Account", related_name="children", null=True, on_delete=fields.RESTRICT)
    is_active = fields.BooleanField(default=True)  # an inactive account takes no new manual entry or expense

    children: fields.ReverseRelation[Account]

    class Meta:
        table = "accounts"


class JournalEntry(Model):
    id = fields.BigIntField(primary_key=True)
    entry_no = fields.CharField(max_length=32, unique=True)
    date = fields.DateField(db_index=True)
    memo = fields.CharField(max_length=255, default="")
    # What caused it, e.g. ("order_shipment", "12"); unique so a retried operation never posts twice.
    source_type = fields.CharField(max_length=32)
    source_id = fields.CharField(max_length=64)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    lines: fields.ReverseRelation[JournalLine]

    class Meta:
        table = "journal_entries"
        unique_together = (("source_type", "source_id"),)


class JournalLine(Model):
    """A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel."""

    id = fields.BigIntField(primary_key=True)
    entry = fields.ForeignKeyField("models.JournalEntry", related_name="lines", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("models.Account", related_name="lines", on_delete=fields.RESTRICT)
    debit_fen = fields.BigIntField(default=0)
    credit_fen = fields.BigIntField(default=0)
    date = fields.DateField(db_index=True)  # copy of the entry's date for fast period sums
    sku = fields.ForeignKeyField("models.Sku", related_name=False, null=True, on_delete=fields.RESTRICT)
    category = fields.ForeignKeyField("models.Category", related_name=False, null=True, on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name=False, null=True, on_delete=fields.RESTRICT)
    channel = fields.CharField(max_length=16, null=True)
    partner = fields.CharField(max_length=64, null=True)  # supplier / platform for AR and AP
    memo = fields.CharField(max_length=255, default="")  # a manual entry's line note

    class Meta:
        table = "journal_lines"


class LedgerDay(Model):
    """Daily totals of the journal lines per account, store, channel and partner (0 / "" where a line has none),
    kept by post_entry in the posting's transaction (backend.finance.summaries). P&L, trial balance, balance
    sheet, sales trend, VAT, ageing and account history read these instead of every line."""

    id = fields.BigIntField(primary_key=True)
    date = fields.DateField()
    account_id = fields.IntField()
    location_id = fields.IntField(default=0)
    channel = fields.CharField(max_length=16, default="")
    partner = fields.CharField(max_length=64, default="")
    debit_fen = fields.BigIntField(default=0)
    credit_fen = fields.BigIntField(default=0)

    class Meta:
        table = "ledger_days"
        unique_together = (("date", "account_id", "location_id", "channel", "partner"),)
        indexes = (("account_id", "date"),)  # one account's days: stock valuation, ageing, account history


class LedgerTotal(Model):
    """The journal lines' totals to date per account, store, channel and partner (LedgerDay without the date):
    a balance with no date bound (stock valuation's ledger balance; trial balance and balance sheet as of today,
    less the days after) reads these few rows instead of every day. Maintained like LedgerDay."""

    id = fields.BigIntField(primary_key=True)
    account_id = fields.IntField()
    location_id = fields.IntField(default=0)
    channel = fields.CharField(max_length=16, default="")
    partner = fields.CharField(max_length=64, default="")
    debit_fen = fields.BigIntField(default=0)
    credit_fen = fields.BigIntField(default=0)

    class Meta:
        table = "ledger_totals"
        unique_together = (("account_id", "location_id", "channel", "partner"),)


class LedgerSkuDay(Model):
    """Daily totals of the sales and cost-of-sales lines per SKU, category, store and channel: gross margin by
    SKU and by category read these. Maintained like LedgerDay."""

    id = fields.BigIntField(primary_key=True)
    date = fields.DateField()
    account_id = fields.IntField()
    sku_id = fields.IntField(default=0)
    category_id = fields.IntField(default=0)
    location_id = fields.IntField(default=0)
    channel = fields.CharField(max_length=16, default="")
    debit_fen = fields.BigIntField(default=0)
    credit_fen = fields.BigIntField(default=0)

    class Meta:
        table = "ledger_sku_days"
        unique_together = (("date", "account_id", "sku_id", "category_id", "location_id", "channel"),)


class LedgerSkuMonth(Model):
    """Monthly totals of the sales and cost-of-sales lines per SKU and category (month = its first day), every
    store and channel together: gross margin by SKU / category over whole months reads these (a year is 12 rows
    per SKU and account) and ledger_sku_days only for the partial months at the edges. Maintained like LedgerDay."""

    id = fields.BigIntField(primary_key=True)
    month = fields.DateField()
    account_id = fields.IntField()
    sku_id = fields.IntField(default=0)
    category_id = fields.IntField(default=0)
    debit_fen = fields.BigIntField(default=0)
    credit_fen = fields.BigIntField(default=0)

    class Meta:
        table = "ledger_sku_months"
        unique_together = (("month", "account_id", "sku_id", "category_id"),)


class InventoryValuation(Model):
    """Moving-average cost per SKU across the chain: value_fen / qty is the unit cost."""

    id = fields.IntField(primary_key=True)
    sku = fields.OneToOneField("models.Sku", related_name="valuation", on_delete=fields.RESTRICT)
    qty = fields.IntField(default=0)
    value_fen = fields.BigIntField(default=0)

    class Meta:
        table = "inventory_valuations"


class Period(Model):
    """A closed month: no entry may be dated inside it."""

    id = fields.IntField(primary_key=True)
    month = fields.CharField(max_length=7, unique=True)  # YYYY-MM
    closed_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    closed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "closed_periods"


class ManualEntryStatus(StrEnum):
    PENDING = "pending"  # waits for a second finance user's approval
    POSTED = "posted"
    REJECTED = "rejected"


class ManualEntry(Model):
    """An adjusting entry keyed by finance (backend.finance.manual_entries): drafted by one user, posted to the
    ledger only when another finance user approves it (maker-checker)."""

    id = fields.IntField(primary_key=True)
    date = fields.DateField()
    memo = fields.CharField(max_length=255)
    lines = fields.JSONField()  # [{"account", "debit_fen", "credit_fen", "memo"}]
    total_fen = fields.BigIntField()
    status = fields.CharEnumField(ManualEntryStatus, max_length=16, default=ManualEntryStatus.PENDING, db_index=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "finance_manual_entries"


class SettlementRun(Model):
    """One platform settlement file reconciled against our orders."""

    id = fields.IntField(primary_key=True)
    channel = fields.CharField(max_length=16, db_index=True)
    filename = fields.CharField(max_length=255, default="")
    date_from = fields.DateField(null=True)
    date_to = fields.DateField(null=True)
    lines_total = fields.IntField(default=0)
    matched = fields.IntField(default=0)
    differences = fields.IntField(default=0)
    settled_fen = fields.BigIntField(default=0)  # what the platform pays out (after fees)
    fees_fen = fields.BigIntField(default=0)
    expected_fen = fields.BigIntField(default=0)  # our matched orders' amounts net of refunds
    # The posting of the matched lines (backend.channels.settlement.post_run): set once.
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    posted_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "settlement_runs"


class SettlementLine(Model):
    """A line of the file or an order the file left out, with what was found."""

    id = fields.BigIntField(primary_key=True)
    run = fields.ForeignKeyField("models.SettlementRun", related_name="lines", on_delete=fields.CASCADE)
    row_no = fields.IntField(default=0)  # 0: one of our orders missing from the file
    external_id = fields.CharField(max_length=64, default="")
    order_id = fields.IntField(null=True)
    platform_amount_fen = fields.BigIntField(default=0)
    fee_fen = fields.BigIntField(default=0)
    settled_fen = fields.BigIntField(default=0)
    our_amount_fen = fields.BigIntField(default=0)
    status = fields.CharField(max_length=24)  # matched, amount_mismatch, unknown_order, missing_in_file, duplicate, bad_row
    note = fields.CharField(max_length=255, default="")

    class Meta:
        table = "settlement_lines"


class SettledOrder(Model):
    """An order whose platform receivable a settlement run cleared: unique, so no order is settled twice
    (two files naming the same order, two runs posted at once)."""

    order_id = fields.IntField(primary_key=True, generated=False)
    run = fields.ForeignKeyField("models.SettlementRun", related_name=False, on_delete=fields.RESTRICT)
    amount_fen = fields.BigIntField()  # the receivable cleared
    fee_fen = fields.BigIntField()  # what the platform kept (commission, fees, other deductions)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "settled_orders"


class ExpenseStatus(StrEnum):
    PENDING = "pending"  # waits for a second finance user's approval
    POSTED = "posted"
    REJECTED = "rejected"


class Expense(Model):
    """An operating expense of a store (rent, wages, utilities...), keyed with its receipts attached and posted
    when another finance user approves it (backend.finance.expenses)."""

    id = fields.IntField(primary_key=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    account_code = fields.CharField(max_length=16)  # an active expense account without sub-accounts
    date = fields.DateField(db_index=True)
    amount_fen = fields.BigIntField()
    pay_method = fields.CharField(max_length=12)  # bank | cash | accrued (wages payable)
    payee = fields.CharField(max_length=64, default="")
    memo = fields.CharField(max_length=255, default="")
    status = fields.CharEnumField(ExpenseStatus, max_length=12, default=ExpenseStatus.PENDING, db_index=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "finance_expenses"


class ExpenseAttachment(Model):
    """A scanned receipt or invoice of an expense (PDF, JPEG or PNG), kept in the database with its hash."""

    id = fields.IntField(primary_key=True)
    expense = fields.ForeignKeyField("models.Expense", related_name="attachments", on_delete=fields.CASCADE)
    filename = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=64)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    data = fields.BinaryField()
    uploaded_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "finance_expense_attachments"


class Budget(Model):
    """What a store may spend on an account in a month (backend.finance.budgets)."""

    id = fields.IntField(primary_key=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    account_code = fields.CharField(max_length=16)
    month = fields.CharField(max_length=7)  # YYYY-MM
    amount_fen = fields.BigIntField()
    updated_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "finance_budgets"
        unique_together = (("location", "account_code", "month"),)


class ArCustomer(Model):
    """A customer buying on account (企业团购、批发、机构客户): its invoices are receivables (backend.finance.receivables).
    Its name is the partner of its receivable lines, as a supplier's name is on payables."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64, unique=True)
    payment_terms_days = fields.IntField(default=30)
    credit_limit_fen = fields.BigIntField(default=0)  # 0: no limit
    contact = fields.CharField(max_length=64, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ar_customers"


class ArInvoiceStatus(StrEnum):
    OPEN = "open"  # something is still owed
    SETTLED = "settled"  # received and / or written off in full


class ArInvoice(Model):
    """A sale on account (应收单): Dr 1122 (partner = the customer) / Cr revenue and output VAT when entered."""

    id = fields.IntField(primary_key=True)
    invoice_no = fields.CharField(max_length=32, unique=True)
    customer = fields.ForeignKeyField("models.ArCustomer", related_name="invoices", on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name=False, null=True, on_delete=fields.RESTRICT)
    date = fields.DateField(db_index=True)
    due_date = fields.DateField(db_index=True)
    revenue_account = fields.CharField(max_length=16)
    tax_rate_bp = fields.IntField()
    net_fen = fields.BigIntField()
    vat_fen = fields.BigIntField()
    total_fen = fields.BigIntField()
    received_fen = fields.BigIntField(default=0)
    written_off_fen = fields.BigIntField(default=0)
    status = fields.CharEnumField(ArInvoiceStatus, max_length=12, default=ArInvoiceStatus.OPEN, db_index=True)
    memo = fields.CharField(max_length=255, default="")
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ar_invoices"


class ArReceipt(Model):
    """Money received from a customer (Dr the bank or cash account / Cr 1122). What is not applied to its
    invoices is unapplied cash, applied later to invoices of the same customer."""

    id = fields.IntField(primary_key=True)
    receipt_no = fields.CharField(max_length=32, unique=True)
    customer = fields.ForeignKeyField("models.ArCustomer", related_name="receipts", on_delete=fields.RESTRICT)
    date = fields.DateField(db_index=True)
    amount_fen = fields.BigIntField()
    applied_fen = fields.BigIntField(default=0)
    account_code = fields.CharField(max_length=16)  # 1001 / 1002 or one of their sub-accounts
    reference = fields.CharField(max_length=64, default="")  # the bank's serial number, a cheque number...
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ar_receipts"


class ArAllocation(Model):
    """Part of a receipt applied to an invoice."""

    id = fields.IntField(primary_key=True)
    receipt = fields.ForeignKeyField("models.ArReceipt", related_name="allocations", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("models.ArInvoice", related_name="allocations", on_delete=fields.RESTRICT)
    amount_fen = fields.BigIntField()
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ar_allocations"


class ArWriteOffStatus(StrEnum):
    PENDING = "pending"  # waits for a second finance user's approval
    POSTED = "posted"
    REJECTED = "rejected"


class ArWriteOff(Model):
    """A bad debt written off an invoice (坏账核销): Dr bad-debt expense / Cr 1122 once another user approves."""

    id = fields.IntField(primary_key=True)
    invoice = fields.ForeignKeyField("models.ArInvoice", related_name="write_offs", on_delete=fields.RESTRICT)
    amount_fen = fields.BigIntField()
    date = fields.DateField()
    reason = fields.CharField(max_length=255)
    status = fields.CharEnumField(ArWriteOffStatus, max_length=12, default=ArWriteOffStatus.PENDING, db_index=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    entry = fields.ForeignKeyField("models.JournalEntry", related_name=False, null=True, on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ar_write_offs"


class BankStatement(Model):
    """One imported bank statement file (backend.finance.bank_statements) for a bank or cash ledger account."""

    id = fields.IntField(primary_key=True)
    account_code = fields.CharField(max_length=16, db_index=True)
    bank = fields.CharField(max_length=8)  # icbc | ccb | cmb (the layout detected from the headers)
    filename = fields.CharField(max_length=255, default="")
    sha256 = fields.CharField(max_length=64)
    bank_account_no = fields.CharField(max_length=40, default="")  # from the lines above the header, if any
    date_from = fields.DateField(null=True)
    date_to = fields.DateField(null=True)
    lines_total = fields.IntField(default=0)
    lines_new = fields.IntField(default=0)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "bank_statements"


class BankStatementLine(Model):
    """A transaction of a statement. `fingerprint` (the bank's serial number, else a hash of the line) is unique
    per account, so importing the same statement again adds nothing. Matched to at most one journal line of
    the account and a journal line to at most one statement line."""

    id = fields.BigIntField(primary_key=True)
    statement = fields.ForeignKeyField("models.BankStatement", related_name="lines", on_delete=fields.RESTRICT)
    account_code = fields.CharField(max_length=16)
    fingerprint = fields.CharField(max_length=80)
    row_no = fields.IntField()
    txn_date = fields.DateField(db_index=True)
    amount_fen = fields.BigIntField()  # money in > 0, money out < 0
    balance_fen = fields.BigIntField(null=True)  # the bank's balance after the line
    counterparty = fields.CharField(max_length=128, default="")
    summary = fields.CharField(max_length=255, default="")
    reference = fields.CharField(max_length=64, default="")
    matched_line_id = fields.BigIntField(null=True, unique=True)  # a JournalLine of the account
    matched_auto = fields.BooleanField(default=False)
    matched_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    matched_at = fields.DatetimeField(null=True)

    class Meta:
        table = "bank_statement_lines"
        unique_together = (("account_code", "fingerprint"),)
