"""Import jobs, their rows (accepted or rejected, with the reason), what each job created, and saved column
mappings."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ImportKind(StrEnum):
    PRODUCTS = "products"
    STOCK = "stock"
    MEMBERS = "members"
    SUPPLIERS = "suppliers"
    OPEN_ORDERS = "open_orders"
    SALES_HISTORY = "sales_history"


KIND_NAMES_ZH = {ImportKind.PRODUCTS: "商品", ImportKind.STOCK: "库存（含批次）", ImportKind.MEMBERS: "会员（含积分）",
                 ImportKind.SUPPLIERS: "供应商（含供货商品）", ImportKind.OPEN_ORDERS: "未完结订单",
                 ImportKind.SALES_HISTORY: "历史销售订单"}


class ImportStatus(StrEnum):
    CHECKING = "checking"  # dry run under way in the background (progress in checked_rows)
    CHECK_FAILED = "check_failed"  # the dry run stopped (error kept); nothing to import or roll back
    CHECKED = "checked"  # dry run done: rows validated, nothing written
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    ROLLED_BACK = "rolled_back"


class ImportJob(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(ImportKind, max_length=16)
    filename = fields.CharField(max_length=255, default="")
    encoding = fields.CharField(max_length=16, default="")
    status = fields.CharEnumField(ImportStatus, max_length=16, default=ImportStatus.CHECKED)
    mapping = fields.JSONField(default=dict)  # source column -> field
    total_rows = fields.IntField(default=0)
    ok_rows = fields.IntField(default=0)
    rejected_rows = fields.IntField(default=0)
    checked_rows = fields.IntField(default=0)  # dry run progress (rows cleaned of total_rows)
    imported_rows = fields.IntField(default=0)  # progress while running
    batch_size = fields.IntField(default=200)
    error = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)
    rolled_back_at = fields.DatetimeField(null=True)

    class Meta:
        table = "import_jobs"


class ImportRow(Model):
    id = fields.BigIntField(primary_key=True)
    job = fields.ForeignKeyField("models.ImportJob", related_name="rows", on_delete=fields.CASCADE)
    row_no = fields.IntField()  # line in the file (the header is line 1)
    ok = fields.BooleanField()
    reason = fields.CharField(max_length=255, default="")  # why it was rejected (Chinese)
    data = fields.JSONField(default=dict)  # cleaned values (accepted) or the raw cells (rejected)
    imported = fields.BooleanField(default=False)

    class Meta:
        table = "import_rows"
        unique_together = (("job", "row_no"),)


class ImportRecord(Model):
    """One thing an import created or changed, in creation order; rollback undoes them newest first."""

    id = fields.BigIntField(primary_key=True)
    job = fields.ForeignKeyField("models.ImportJob", related_name="records", on_delete=fields.CASCADE)
    row_no = fields.IntField()
    entity_type = fields.CharField(max_length=32)
    entity_id = fields.BigIntField()
    extra = fields.JSONField(default=dict)

    class Meta:
        table = "import_records"


class ColumnMapping(Model):
    """A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    kind = fields.CharEnumField(ImportKind, max_length=16)
    columns = fields.JSONField(default=dict)  # source header -> field
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "import_column_mappings"
        unique_together = (("kind", "name"),)


# ---- The parallel run (双系统并行运行) after a store's migration: the old system's daily export against Cradle's
# figures for the same store and business day (backend.imports.parallel_run).


class ParallelRunStatus(StrEnum):
    RUNNING = "running"
    SIGNED_OFF = "signed_off"  # enough clear days in a row: the old system may be retired


class ParallelRun(Model):
    """One store's parallel run, with its settings: the tolerances under which a figure counts as agreeing and
    how many consecutive clear days the sign-off needs."""

    id = fields.IntField(primary_key=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    status = fields.CharEnumField(ParallelRunStatus, max_length=16, default=ParallelRunStatus.RUNNING)
    required_days = fields.IntField(default=3)
    sales_tolerance_fen = fields.BigIntField(default=0)
    stock_tolerance_qty = fields.IntField(default=0)
    balance_tolerance_fen = fields.BigIntField(default=0)
    points_tolerance = fields.IntField(default=0)
    note = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    signed_off_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    signed_off_at = fields.DatetimeField(null=True)
    report = fields.JSONField(default=dict)  # the sign-off report as it was signed

    class Meta:
        table = "parallel_runs"


class ParallelDay(Model):
    """One business day of a run: the legacy export's figures per section as uploaded, and when Cradle's
    figures were last compared with them."""

    id = fields.IntField(primary_key=True)
    run = fields.ForeignKeyField("models.ParallelRun", related_name="days", on_delete=fields.CASCADE)
    business_day = fields.DateField()
    legacy = fields.JSONField(default=dict)  # section -> {"filename", "encoding", "rows": [...]}
    compared_at = fields.DatetimeField(null=True)
    figures = fields.JSONField(default=dict)  # section -> number of figures compared at compared_at

    class Meta:
        table = "parallel_days"
        unique_together = (("run", "business_day"),)


class ParallelDifference(Model):
    """A figure of one day on which the two systems disagree beyond the run's tolerance, with its drill-down
    (the orders, the SKU's movements or the member's ledger entries behind Cradle's figure)."""

    id = fields.BigIntField(primary_key=True)
    day = fields.ForeignKeyField("models.ParallelDay", related_name="differences", on_delete=fields.CASCADE)
    section = fields.CharField(max_length=16)  # sales, stock, balance, points
    key = fields.CharField(max_length=64)  # channel/payment, SKU code, member card
    label = fields.CharField(max_length=160, default="")
    legacy_value = fields.BigIntField(null=True)  # None: the old system has no such figure
    cradle_value = fields.BigIntField(null=True)  # None: Cradle has no such figure (unknown SKU or card)
    delta = fields.BigIntField(default=0)  # cradle - legacy
    drill_down = fields.JSONField(default=dict)
    reason = fields.CharField(max_length=255, default="")  # why it differs, once explained
    explained_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    explained_at = fields.DatetimeField(null=True)

    class Meta:
        table = "parallel_differences"
        unique_together = (("day", "section", "key"),)
