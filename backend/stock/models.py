"""Stock: batches, quantities per SKU x location x batch, and the movement journal (locations: backend.org.models)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Batch(Model):
    """A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry."""

    id = fields.IntField(primary_key=True)
    sku = fields.ForeignKeyField("models.Sku", related_name="batches", on_delete=fields.RESTRICT)
    batch_no = fields.CharField(max_length=48)
    production_date = fields.DateField(null=True)
    expiry_date = fields.DateField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "batches"
        unique_together = (("sku", "batch_no"),)


class Stock(Model):
    """On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0."""

    id = fields.IntField(primary_key=True)
    sku = fields.ForeignKeyField("models.Sku", related_name="stocks", on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name="stocks", on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name="stocks", on_delete=fields.RESTRICT)
    on_hand = fields.IntField(default=0)
    reserved = fields.IntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "stocks"
        unique_together = (("sku", "location", "batch"),)


class MovementKind(StrEnum):
    RECEIPT = "receipt"  # goods received from a supplier
    SALE = "sale"  # goods left with a customer
    RETURN = "return"  # customer return put back on the shelf
    ADJUSTMENT = "adjustment"
    WRITE_OFF = "write_off"  # damaged, expired, returned unsellable
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    STOCKTAKE = "stocktake"
    RESERVE = "reserve"
    RELEASE = "release"
    IMPORT = "import"


class StockMovement(Model):
    """One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved."""

    id = fields.BigIntField(primary_key=True)
    stock = fields.ForeignKeyField("models.Stock", related_name="movements", on_delete=fields.RESTRICT)
    sku = fields.ForeignKeyField("models.Sku", related_name="movements", on_delete=fields.RESTRICT)
    location = fields.ForeignKeyField("models.Location", related_name="movements", on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name="movements", on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(MovementKind, max_length=16)
    on_hand_delta = fields.IntField(default=0)
    reserved_delta = fields.IntField(default=0)
    reason = fields.CharField(max_length=32, default="")
    note = fields.CharField(max_length=255, default="")
    ref_type = fields.CharField(max_length=32, default="")
    ref_id = fields.CharField(max_length=64, default="")
    user = fields.ForeignKeyField("models.User", related_name="movements", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "stock_movements"
        indexes = (("ref_type", "ref_id"),)


class ReservationStatus(StrEnum):
    ACTIVE = "active"  # holds stock; expires_at set for unpaid orders
    CONSUMED = "consumed"  # turned into a shipment
    RELEASED = "released"  # given back (cancel, timeout)


class Reservation(Model):
    id = fields.BigIntField(primary_key=True)
    stock = fields.ForeignKeyField("models.Stock", related_name="reservations", on_delete=fields.RESTRICT)
    order_item = fields.ForeignKeyField(
        "models.OrderItem", related_name="reservations", null=True, on_delete=fields.RESTRICT
    )
    ref_type = fields.CharField(max_length=32, default="order")
    ref_id = fields.CharField(max_length=64, default="")
    qty = fields.IntField()
    qty_consumed = fields.IntField(default=0)
    status = fields.CharEnumField(ReservationStatus, max_length=16, default=ReservationStatus.ACTIVE)
    expires_at = fields.DatetimeField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reservations"


class AdjustmentReason(StrEnum):
    DAMAGE = "damage"  # 破损
    EXPIRY = "expiry"  # 过期
    LOSS = "loss"  # 丢失
    FOUND = "found"  # 盘盈/找回
    CORRECTION = "correction"  # 录入更正
    SAMPLE = "sample"  # 试用/赠品
    SHORTFALL = "shortfall"  # 调拨短少: shipped by a transfer, not received
    # 离线销售缺货: units a counter sold offline that the books no longer had when the sale synced
    # (backend.stock.discrepancies); always with an open StockDiscrepancy for the store manager.
    OFFLINE_SALE = "offline_sale"
    OTHER = "other"


ADJUSTMENT_REASON_ZH = {
    AdjustmentReason.DAMAGE: "破损",
    AdjustmentReason.EXPIRY: "过期",
    AdjustmentReason.LOSS: "丢失",
    AdjustmentReason.FOUND: "找回",
    AdjustmentReason.CORRECTION: "录入更正",
    AdjustmentReason.SAMPLE: "试用赠品",
    AdjustmentReason.SHORTFALL: "调拨短少",
    AdjustmentReason.OFFLINE_SALE: "离线销售缺货",
    AdjustmentReason.OTHER: "其他",
}


class StockAdjustment(Model):
    """One row per batch touched; the rows of one request share adjustment_no (and one journal entry)."""

    id = fields.IntField(primary_key=True)
    adjustment_no = fields.CharField(max_length=32, default="", db_index=True)
    location = fields.ForeignKeyField("models.Location", related_name="adjustments", on_delete=fields.RESTRICT)
    sku = fields.ForeignKeyField("models.Sku", related_name="adjustments", on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name="adjustments", on_delete=fields.RESTRICT)
    qty_delta = fields.IntField()
    reason = fields.CharEnumField(AdjustmentReason, max_length=16)
    note = fields.CharField(max_length=255, default="")
    value_fen = fields.BigIntField(default=0)  # inventory value moved, posted to the ledger
    # What caused it when it is not a manual adjustment, e.g. ("transfer", "T2026...") for a shortfall.
    ref_type = fields.CharField(max_length=32, default="")
    ref_id = fields.CharField(max_length=64, default="")
    user = fields.ForeignKeyField("models.User", related_name="adjustments", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stock_adjustments"


class CostRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


COST_REQUEST_STATUS_ZH = {CostRequestStatus.PENDING: "待总部审批", CostRequestStatus.APPROVED: "已批准",
                          CostRequestStatus.REJECTED: "已驳回"}


class AdjustmentCostRequest(Model):
    """A stock increase whose unit cost is outside the band around the SKU's last purchase cost: it moves no
    stock and posts nothing until HQ (someone other than its maker) approves it (backend.stock.cost_check)."""

    id = fields.IntField(primary_key=True)
    request_no = fields.CharField(max_length=32, unique=True)
    status = fields.CharEnumField(CostRequestStatus, max_length=16, default=CostRequestStatus.PENDING, db_index=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    qty_delta = fields.IntField()
    reason = fields.CharEnumField(AdjustmentReason, max_length=16)
    note = fields.CharField(max_length=255, default="")
    batch_no = fields.CharField(max_length=48, default="")
    expiry_date = fields.DateField(null=True)
    unit_cost_fen = fields.BigIntField()
    reference_cost_fen = fields.BigIntField(null=True)  # the last purchase cost (or moving average) compared
    requested_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    decided_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=255, default="")
    adjustment_no = fields.CharField(max_length=32, default="")  # the adjustment written when approved
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stock_adjustment_cost_requests"


class TransferStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    SHIPPED = "shipped"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class Transfer(Model):
    id = fields.IntField(primary_key=True)
    transfer_no = fields.CharField(max_length=32, unique=True)
    from_location = fields.ForeignKeyField("models.Location", related_name="transfers_out", on_delete=fields.RESTRICT)
    to_location = fields.ForeignKeyField("models.Location", related_name="transfers_in", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(TransferStatus, max_length=16, default=TransferStatus.REQUESTED)
    note = fields.CharField(max_length=255, default="")
    requested_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    shipped_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    received_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "transfers"


class TransferLine(Model):
    id = fields.IntField(primary_key=True)
    transfer = fields.ForeignKeyField("models.Transfer", related_name="lines", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name=False, null=True, on_delete=fields.RESTRICT)
    qty = fields.IntField()
    qty_received = fields.IntField(default=0)

    class Meta:
        table = "transfer_lines"


class StocktakeStatus(StrEnum):
    OPEN = "open"  # counting
    SUBMITTED = "submitted"  # counts done, waiting for approval
    POSTED = "posted"  # approved and variances written to stock
    CANCELLED = "cancelled"


class Stocktake(Model):
    id = fields.IntField(primary_key=True)
    stocktake_no = fields.CharField(max_length=32, unique=True)
    location = fields.ForeignKeyField("models.Location", related_name="stocktakes", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(StocktakeStatus, max_length=16, default=StocktakeStatus.OPEN)
    # Count only this category (and its sub-categories); null counts everything at the location.
    category = fields.ForeignKeyField("models.Category", related_name=False, null=True, on_delete=fields.RESTRICT)
    note = fields.CharField(max_length=255, default="")
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    approved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    submitted_at = fields.DatetimeField(null=True)
    posted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "stocktakes"


class StocktakeLine(Model):
    id = fields.IntField(primary_key=True)
    stocktake = fields.ForeignKeyField("models.Stocktake", related_name="lines", on_delete=fields.CASCADE)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    batch = fields.ForeignKeyField("models.Batch", related_name=False, on_delete=fields.RESTRICT)
    system_qty = fields.IntField()  # on hand when the count sheet was made (or when the line was first counted)
    counted_qty = fields.IntField(null=True)  # null: not counted
    variance_posted = fields.IntField(default=0)  # counted - system_qty as written to stock at posting
    value_fen = fields.BigIntField(default=0)  # value of that variance (+ gain, - loss)

    class Meta:
        table = "stocktake_lines"
        unique_together = (("stocktake", "sku", "batch"),)


class DiscrepancyStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


DISCREPANCY_STATUS_ZH = {DiscrepancyStatus.OPEN: "待处理", DiscrepancyStatus.RESOLVED: "已处理"}


class StockDiscrepancy(Model):
    """Units sold that the books did not have when the sale was recorded (a counter sale made offline and synced
    after the same units were sold elsewhere). The sale was booked in full; the shortfall was bridged by an
    adjustment (reason offline_sale, adjustment_no) so no stocks row went negative. Open until the store manager
    resolves it after a count or a transfer (backend.stock.discrepancies)."""

    id = fields.IntField(primary_key=True)
    location = fields.ForeignKeyField("models.Location", related_name=False, on_delete=fields.RESTRICT)
    sku = fields.ForeignKeyField("models.Sku", related_name=False, on_delete=fields.RESTRICT)
    qty_sold = fields.IntField()  # units of the SKU the sale took
    qty_available = fields.IntField()  # units the books had free for it when it was recorded
    qty_short = fields.IntField()  # qty_sold - qty_available (> 0)
    value_fen = fields.BigIntField(default=0)  # value of the bridging adjustment (moving average)
    adjustment_no = fields.CharField(max_length=32, default="")
    source_type = fields.CharField(max_length=32)  # "offline_sale"
    source_id = fields.CharField(max_length=128)  # the sale's Idempotency-Key
    order_no = fields.CharField(max_length=32, default="")
    occurred_at = fields.DatetimeField()  # when the sale happened at the counter
    status = fields.CharEnumField(DiscrepancyStatus, max_length=16, default=DiscrepancyStatus.OPEN, db_index=True)
    resolution_note = fields.CharField(max_length=255, default="")
    resolved_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    resolved_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stock_discrepancies"
        unique_together = (("source_type", "source_id", "sku"),)
