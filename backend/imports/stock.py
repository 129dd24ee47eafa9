"""Import kind "stock": opening stock per SKU, location and batch. It enters through
backend.stock.management.put_away (a movement per row) with its value posted to the ledger (Dr Inventory /
Cr Equity) and added to the moving-average valuation; rollback takes back exactly those movements, ledger
entries and valuation amounts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.catalog.models import Sku
from backend.cleaning import CellError
from backend.errors import Conflict
from backend.finance import accounts
from backend.finance.costing import add_value
from backend.finance.ledger import Line, post_entry
from backend.finance.models import InventoryValuation
from backend.imports.kind import Failed, Ids, Kind, Reject, record, user_id
from backend.imports.models import ImportJob, ImportRecord, ImportRow
from backend.org.models import Location
from backend.raw_sql import execute
from backend.stock.management import Ref, put_away
from backend.stock.models import Batch, MovementKind, Stock, StockMovement
from backend.timestamps import business_today, iso


def clean(v: dict[str, Any]) -> dict[str, Any]:
    production = cleaning.date(v.get("production_date"), label="生产日期")
    expiry = cleaning.date(v.get("expiry_date"), label="有效期")
    if production and expiry and expiry <= production:
        raise CellError("有效期必须晚于生产日期")
    batch_no = cleaning.text(v.get("batch_no"), max_len=48, label="批号")
    if not batch_no:
        batch_no = f"EXP{expiry:%Y%m%d}" if expiry else "-"
    out = {
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "batch_no": batch_no, "production_date": iso(production),
        "expiry_date": iso(expiry),
        "qty": cleaning.integer(v.get("qty"), label="数量", minimum=1),
        "unit_cost_fen": cleaning.money_fen(v.get("unit_cost"), label="成本价"),
    }
    out["_stock_key"] = (out["sku_code"], out["location_code"], out["batch_no"])
    return out


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    skus = {s.code: s for s in await Sku.filter(code__in=[r["sku_code"] for r in rows])}
    locs = {loc.code: loc for loc in await Location.filter(code__in=[r["location_code"] for r in rows])}
    batches = {(b.sku_id, b.batch_no): b for b in await Batch.filter(sku_id__in=[s.id for s in skus.values()])}
    for r in rows:
        sku = skus.get(r["sku_code"])
        loc = locs.get(r["location_code"])
        if sku is None:
            reject(r, f"商品编码 {r['sku_code']} 不存在")
        elif loc is None:
            reject(r, f"门店或仓库 {r['location_code']} 不存在")
        elif not loc.is_active:
            reject(r, f"{loc.name}（{loc.code}）已停用")
        elif sku.batch_tracked and not r["expiry_date"]:
            reject(r, f"商品 {sku.code} 按批次管理，缺少有效期")
        else:
            b = batches.get((sku.id, r["batch_no"]))
            if b is not None and b.expiry_date and r["expiry_date"] and b.expiry_date.isoformat() != r["expiry_date"]:
                reject(r, f"批号 {r['batch_no']} 已存在且有效期为 {b.expiry_date.isoformat()}，与文件不一致")


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    d = row.data
    sku = await Sku.get_or_none(code=d["sku_code"]).using_db(conn)
    loc = await Location.get_or_none(code=d["location_code"]).using_db(conn)
    if sku is None or loc is None:
        raise Conflict(f"第 {row.row_no} 行：商品或门店已不存在")
    batch = await Batch.get_or_none(sku_id=sku.id, batch_no=d["batch_no"]).using_db(conn)
    if batch is None:
        batch = await Batch.create(sku_id=sku.id, batch_no=d["batch_no"],
                                   production_date=dt.date.fromisoformat(d["production_date"])
                                   if d["production_date"] else None,
                                   expiry_date=dt.date.fromisoformat(d["expiry_date"]) if d["expiry_date"] else None,
                                   using_db=conn)
        await record(job, row.row_no, "batch", batch.id, conn)
    had_row = await Stock.filter(sku_id=sku.id, location_id=loc.id, batch_id=batch.id).using_db(conn).exists()
    had_valuation = await InventoryValuation.filter(sku_id=sku.id).using_db(conn).exists()
    ref = Ref("import", str(job.id))
    stock_id = await put_away(sku_id=sku.id, location_id=loc.id, batch_id=batch.id, qty=d["qty"],
                              kind=MovementKind.IMPORT, ref=ref, user_id=user_id(user), note=f"旧系统导入第 {row.row_no} 行",
                              conn=conn)
    if not had_row:
        await record(job, row.row_no, "stock", stock_id, conn)
    movement = await StockMovement.filter(stock_id=stock_id, ref_type=ref.type, ref_id=ref.id).using_db(conn) \
        .order_by("-id").first()
    assert movement is not None
    await record(job, row.row_no, "movement", movement.id, conn)
    value = d["qty"] * d["unit_cost_fen"]
    await add_value(sku.id, d["qty"], value, conn)
    await record(job, row.row_no, "valuation", sku.id, conn, qty=d["qty"], value_fen=value, created=not had_valuation)
    entry = await post_entry(
        date=business_today(), memo=f"旧系统期初库存导入 {sku.code} {d['batch_no']}", source_type="import_stock",
        source_id=f"{job.id}:{row.row_no}", conn=conn, user_id=user_id(user),
        lines=[Line(accounts.INVENTORY, debit_fen=value, sku_id=sku.id, location_id=loc.id),
               Line(accounts.EQUITY, credit_fen=value)],
    )
    if entry is not None:
        await record(job, row.row_no, "journal_entry", entry.id, conn)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    """Stock added value to the SKU's moving average: any later movement of the SKU depends on it."""
    mine_movements = set(ids["movement"])
    if not mine_movements:
        return []
    first = min(mine_movements)
    mine = StockMovement.filter(id__in=list(mine_movements)).using_db(conn)
    later_qs = StockMovement.filter(sku_id__in=list(set(await mine.values_list("sku_id", flat=True))))
    later = await later_qs.filter(id__gt=first).using_db(conn).exclude(id__in=list(mine_movements)).count()
    if later:
        return [f"导入的库存之后已有 {later} 笔库存变动（销售、调拨、盘点等）"]
    return []


async def _undo_stock(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Stock.filter(id=rec.entity_id, on_hand=0, reserved=0).using_db(conn).delete()


async def _undo_batch(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Batch.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_valuation(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    qty, value = int(rec.extra["qty"]), int(rec.extra["value_fen"])
    await execute(conn, "UPDATE inventory_valuations SET qty = qty - $1, value_fen = value_fen - $2 "
                        "WHERE sku_id = $3", [qty, value, rec.entity_id])
    if rec.extra.get("created"):
        await InventoryValuation.filter(sku_id=rec.entity_id, qty=0, value_fen=0).using_db(conn).delete()


KIND = Kind(clean=clean, dup_key="_stock_key", checker=lambda: check, import_row=import_row, blockers=blockers,
            undo={"stock": _undo_stock, "batch": _undo_batch, "valuation": _undo_valuation})
