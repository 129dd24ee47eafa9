"""The legacy import: dry run (clean + validate every row, reasons in Chinese, nothing written to the business
tables), the import in batches with progress, and a rollback that removes exactly what one import added.

    job = await dry_run(kind, file_bytes, filename, user=...)      # ImportJob(status=checked) + ImportRows
    await run_import(job.id, user=...)                              # batches of job.batch_size rows
    await rollback(job.id, user=...)                                # refused if later activity depends on it

Stock enters through backend.stock.management.put_away (a movement per row) with its value posted to the
ledger (Dr Inventory / Cr Equity) and added to the moving-average valuation; rollback takes back exactly those
movements (retract_movement), ledger entries and valuation amounts. Members get their legacy points through
backend.members.points.credit. Every import and rollback is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Brand, Category, Product, Sku
from backend.catalog.products import valid_barcode
from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.imports import cleaning, mapping
from backend.imports.cleaning import CellError
from backend.imports.models import ImportJob, ImportKind, ImportRecord, ImportRow, ImportStatus

MAX_ROWS = 50_000
BATCH_SIZE = 200


# ------------------------------------------------------------------------------------------------ cleaning rows


def _clean_product(v: dict[str, Any]) -> dict[str, Any]:
    code = cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码")
    barcode = cleaning.text(v.get("barcode"), max_len=32, label="条码") or None
    if barcode and not valid_barcode(barcode):
        raise CellError(f"条码「{barcode}」校验位不正确")
    category = cleaning.text(v.get("category"), max_len=200, required=True, label="分类")
    return {
        "sku_code": code, "name": cleaning.text(v.get("name"), max_len=128, required=True, label="商品名称"),
        "barcode": barcode, "price_fen": cleaning.money_fen(v.get("price"), label="售价"),
        "category": [c.strip() for c in category.replace(">", "/").split("/") if c.strip()],
        "brand": cleaning.text(v.get("brand"), max_len=64, label="品牌") or None,
        "spec": cleaning.text(v.get("spec"), max_len=64, label="规格"),
        "unit": cleaning.text(v.get("unit"), max_len=8, label="单位") or "件",
    }


def _clean_stock(v: dict[str, Any]) -> dict[str, Any]:
    production = cleaning.date(v.get("production_date"), label="生产日期")
    expiry = cleaning.date(v.get("expiry_date"), label="有效期")
    if production and expiry and expiry <= production:
        raise CellError("有效期必须晚于生产日期")
    batch_no = cleaning.text(v.get("batch_no"), max_len=48, label="批号")
    if not batch_no:
        batch_no = f"EXP{expiry:%Y%m%d}" if expiry else "-"
    return {
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "batch_no": batch_no, "production_date": production.isoformat() if production else None,
        "expiry_date": expiry.isoformat() if expiry else None,
        "qty": cleaning.integer(v.get("qty"), label="数量", minimum=1),
        "unit_cost_fen": cleaning.money_fen(v.get("unit_cost"), label="成本价"),
    }


def _clean_member(v: dict[str, Any]) -> dict[str, Any]:
    points_raw = cleaning.text(v.get("points"), label="积分")
    return {
        "member_code": cleaning.text(v.get("member_code"), max_len=16, label="会员号") or None,
        "name": cleaning.text(v.get("name"), max_len=64, label="姓名"),
        "phone": cleaning.phone(v.get("phone"), required=True),
        "points": cleaning.integer(points_raw, label="积分") if points_raw else 0,
        "level": cleaning.text(v.get("level"), max_len=16, label="等级") or "normal",
    }


_CLEANERS: dict[ImportKind, Callable[[dict[str, Any]], dict[str, Any]]] = {
    ImportKind.PRODUCTS: _clean_product, ImportKind.STOCK: _clean_stock, ImportKind.MEMBERS: _clean_member,
}
_DUP_KEY = {ImportKind.PRODUCTS: "sku_code", ImportKind.STOCK: "_stock_key", ImportKind.MEMBERS: "phone"}


async def _check_products(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    codes = [r["sku_code"] for r in rows]
    existing = set(await Sku.filter(code__in=codes).values_list("code", flat=True))
    existing_products = set(await Product.filter(code__in=[f"P{c}"[:32] for c in codes]).values_list("code", flat=True))
    barcodes = [r["barcode"] for r in rows if r["barcode"]]
    taken = set(await Sku.filter(barcode__in=barcodes).values_list("barcode", flat=True))
    seen_barcodes: dict[str, int] = {}
    for r in rows:
        if r["sku_code"] in existing or f"P{r['sku_code']}"[:32] in existing_products:
            reject(r, f"商品编码 {r['sku_code']} 已存在")
        elif r["barcode"] and r["barcode"] in taken:
            reject(r, f"条码 {r['barcode']} 已被其他商品使用")
        elif r["barcode"] and r["barcode"] in seen_barcodes:
            reject(r, f"条码 {r['barcode']} 与第 {seen_barcodes[r['barcode']]} 行重复")
        elif r["barcode"]:
            seen_barcodes[r["barcode"]] = r["_row"]


async def _check_stock(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    from backend.stock.models import Batch, Location

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


async def _check_members(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    from backend.members.models import Member
    from backend.security.fieldcrypt import blind_index

    hashes = {r["_row"]: blind_index(r["phone"], purpose="phone") for r in rows}
    taken_hashes = set(await Member.filter(phone_hash__in=list(hashes.values())).values_list("phone_hash", flat=True))
    codes = [r["member_code"] for r in rows if r["member_code"]]
    taken_codes = set(await Member.filter(member_code__in=codes).values_list("member_code", flat=True))
    for r in rows:
        if hashes[r["_row"]] in taken_hashes:
            reject(r, f"手机号 {r['phone'][:3]}****{r['phone'][-4:]} 已是会员")
        elif r["member_code"] and r["member_code"] in taken_codes:
            reject(r, f"会员号 {r['member_code']} 已存在")


_CHECKS = {ImportKind.PRODUCTS: _check_products, ImportKind.STOCK: _check_stock, ImportKind.MEMBERS: _check_members}


def _raw_json(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in raw.items()}


async def dry_run(kind: ImportKind | str, data: bytes, filename: str, *, user: Any, mapping_name: str | None = None,
                  columns: dict[str, str] | None = None, batch_size: int = BATCH_SIZE) -> ImportJob:
    """Read, clean and validate every row; store the verdicts. Nothing outside the import tables changes."""
    kind = ImportKind(kind)
    headers, raw_rows, encoding = cleaning.read_table(data, filename)
    if len(raw_rows) > MAX_ROWS:
        raise ValidationError(f"一次最多导入 {MAX_ROWS} 行")
    saved = dict(columns or {})
    if mapping_name:
        saved = {**await mapping.load_mapping(kind, mapping_name), **saved}
    cols = mapping.resolve(kind, headers, saved)
    good: list[dict[str, Any]] = []
    verdicts: dict[int, tuple[bool, str, dict[str, Any]]] = {}
    for i, raw_row in enumerate(raw_rows):
        row_no = i + 2
        raw = mapping.pick(raw_row, cols)
        try:
            clean = _CLEANERS[kind](raw)
        except CellError as exc:
            verdicts[row_no] = (False, str(exc), _raw_json(raw))
            continue
        clean["_row"] = row_no
        clean["_updated"] = cleaning.datetime_or_none(raw.get("updated_at"))
        if kind == ImportKind.STOCK:
            clean["_stock_key"] = (clean["sku_code"], clean["location_code"], clean["batch_no"])
        good.append(clean)
        verdicts[row_no] = (True, "", clean)

    def reject(r: dict[str, Any], reason: str) -> None:
        verdicts[r["_row"]] = (False, reason, verdicts[r["_row"]][2])

    dropped = cleaning.newest_of_duplicates(good, _DUP_KEY[kind])
    for r in good:
        if r["_row"] in dropped:
            reject(r, f"与第 {dropped[r['_row']]} 行重复，已保留较新的一行")
    kept = [r for r in good if r["_row"] not in dropped]
    await _CHECKS[kind](kept, reject)

    async with in_transaction() as conn:
        job = await ImportJob.create(
            kind=kind, filename=filename[:255], encoding=encoding, mapping={f: headers[i] for f, i in cols.items()},
            total_rows=len(verdicts), ok_rows=sum(1 for v in verdicts.values() if v[0]),
            rejected_rows=sum(1 for v in verdicts.values() if not v[0]), batch_size=max(1, min(batch_size, 5000)),
            created_by_id=getattr(user, "id", None), using_db=conn,
        )
        await ImportRow.bulk_create([
            ImportRow(job_id=job.id, row_no=n, ok=ok_, reason=reason[:255],
                      data={k: v for k, v in d.items() if not k.startswith("_")})
            for n, (ok_, reason, d) in sorted(verdicts.items())
        ], batch_size=1000, using_db=conn)
        await record_audit(user, "import.check", "import", job.id, via="admin", using_db=conn,
                           after={"kind": kind.value, "filename": filename, "encoding": encoding,
                                  "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows})
    return job


# ------------------------------------------------------------------------------------------------ importing


async def _record(job: ImportJob, row_no: int, entity_type: str, entity_id: int, conn: BaseDBAsyncClient,
                  **extra: Any) -> None:
    await ImportRecord.create(job_id=job.id, row_no=row_no, entity_type=entity_type, entity_id=entity_id,
                              extra=extra, using_db=conn)


async def _import_product(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient) -> None:
    d = row.data
    parent: Category | None = None
    for name in d["category"]:
        cat = await Category.get_or_none(name=name, parent_id=parent.id if parent else None).using_db(conn)
        if cat is None:
            cat = await Category.create(name=name[:64], parent_id=parent.id if parent else None, using_db=conn)
            await _record(job, row.row_no, "category", cat.id, conn)
        parent = cat
    assert parent is not None
    brand = None
    if d.get("brand"):
        brand = await Brand.get_or_none(name=d["brand"]).using_db(conn)
        if brand is None:
            brand = await Brand.create(name=d["brand"], using_db=conn)
            await _record(job, row.row_no, "brand", brand.id, conn)
    product = await Product.create(code=f"P{d['sku_code']}"[:32], name=d["name"], brand_id=brand.id if brand else None,
                                   category_id=parent.id, using_db=conn)
    await _record(job, row.row_no, "product", product.id, conn)
    sku = Sku(code=d["sku_code"], product_id=product.id, name=d["name"], spec=d["spec"], barcode=d["barcode"],
              unit=d["unit"], price_fen=d["price_fen"])
    await sku.save(using_db=conn)
    await _record(job, row.row_no, "sku", sku.id, conn)


async def _import_stock(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    from backend.finance import accounts
    from backend.finance.costing import add_value
    from backend.finance.ledger import Line, post_entry
    from backend.finance.models import InventoryValuation
    from backend.stock.management import Ref, put_away
    from backend.stock.models import Batch, Location, MovementKind, Stock, StockMovement

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
        await _record(job, row.row_no, "batch", batch.id, conn)
    had_row = await Stock.filter(sku_id=sku.id, location_id=loc.id, batch_id=batch.id).using_db(conn).exists()
    had_valuation = await InventoryValuation.filter(sku_id=sku.id).using_db(conn).exists()
    ref = Ref("import", str(job.id))
    stock_id = await put_away(sku_id=sku.id, location_id=loc.id, batch_id=batch.id, qty=d["qty"],
                              kind=MovementKind.IMPORT, ref=ref, user_id=user_id, note=f"旧系统导入第 {row.row_no} 行",
                              conn=conn)
    if not had_row:
        await _record(job, row.row_no, "stock", stock_id, conn)
    movement = await StockMovement.filter(stock_id=stock_id, ref_type=ref.type, ref_id=ref.id).using_db(conn) \
        .order_by("-id").first()
    assert movement is not None
    await _record(job, row.row_no, "movement", movement.id, conn)
    value = d["qty"] * d["unit_cost_fen"]
    await add_value(sku.id, d["qty"], value, conn)
    await _record(job, row.row_no, "valuation", sku.id, conn, qty=d["qty"], value_fen=value, created=not had_valuation)
    entry = await post_entry(
        date=dt.date.today(), memo=f"旧系统期初库存导入 {sku.code} {d['batch_no']}", source_type="import_stock",
        source_id=f"{job.id}:{row.row_no}", conn=conn, user_id=user_id,
        lines=[Line(accounts.INVENTORY, debit_fen=value, sku_id=sku.id, location_id=loc.id),
               Line(accounts.EQUITY, credit_fen=value)],
    )
    if entry is not None:
        await _record(job, row.row_no, "journal_entry", entry.id, conn)


async def _import_member(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    from backend.members import points
    from backend.members.models import Member, PointsKind
    from backend.security.fieldcrypt import blind_index, seal

    d = row.data
    code = d["member_code"] or f"L{job.id:05d}{row.row_no:06d}"
    member = await Member.create(member_code=code, nickname=d["name"], phone=seal(d["phone"]),
                                 phone_hash=blind_index(d["phone"], purpose="phone"), level=d["level"],
                                 source="import", using_db=conn)
    await _record(job, row.row_no, "member", member.id, conn)
    if d["points"] > 0:
        entry = await points.credit(member.id, d["points"], PointsKind.ADJUST, conn, reason="旧系统积分迁入",
                                    ref=f"import:{job.id}", user_id=user_id)
        if entry is not None:
            await _record(job, row.row_no, "points_entry", entry.id, conn)


async def _load_job(job_id: int, conn: BaseDBAsyncClient | None = None) -> ImportJob:
    job = await ImportJob.get_or_none(id=job_id).using_db(conn)
    if job is None:
        raise NotFound("导入任务不存在")
    return job


async def run_import(job_id: int, *, user: Any) -> ImportJob:
    """Import the accepted rows in batches (one transaction each; progress in job.imported_rows). A batch that
    fails stops the job (status failed, reason kept); the batches before it stay and rollback removes them."""
    job = await _load_job(job_id)
    # Guarded: of two concurrent runs of one job exactly one starts it.
    if not await ImportJob.filter(id=job.id, status=ImportStatus.CHECKED).update(status=ImportStatus.RUNNING):
        raise InvalidState("只有完成预检的导入任务可以执行")
    job.status = ImportStatus.RUNNING
    user_id = getattr(user, "id", None)
    try:
        while True:
            async with in_transaction() as conn:
                rows = await ImportRow.filter(job_id=job.id, ok=True, imported=False).using_db(conn) \
                    .order_by("row_no").limit(job.batch_size)
                if not rows:
                    break
                for row in rows:
                    if job.kind == ImportKind.PRODUCTS:
                        await _import_product(job, row, conn)
                    elif job.kind == ImportKind.STOCK:
                        await _import_stock(job, row, conn, user_id)
                    else:
                        await _import_member(job, row, conn, user_id)
                await ImportRow.filter(id__in=[r.id for r in rows]).using_db(conn).update(imported=True)
                job.imported_rows += len(rows)
                await job.save(update_fields=["imported_rows"], using_db=conn)
    except (IntegrityError, Conflict, ValidationError, InvalidState) as exc:
        job.status = ImportStatus.FAILED
        job.error = (getattr(exc, "message", None) or "数据冲突，导入中止")[:255]
        job.finished_at = datetime.now(UTC)
        await job.save(update_fields=["status", "error", "finished_at"])
        await record_audit(user, "import.fail", "import", job.id, after={"error": job.error,
                                                                         "imported_rows": job.imported_rows})
        return job
    job.status = ImportStatus.DONE
    job.finished_at = datetime.now(UTC)
    await job.save(update_fields=["status", "finished_at"])
    await record_audit(user, "import.run", "import", job.id, via="admin",
                       after={"kind": job.kind.value, "imported_rows": job.imported_rows})
    return job


# ------------------------------------------------------------------------------------------------ rollback


async def _blockers(job: ImportJob, records: list[ImportRecord], conn: BaseDBAsyncClient) -> list[str]:
    """Later activity that depends on what this import created: then rollback is refused."""
    from backend.finance.models import JournalEntry, Period
    from backend.members.models import BalanceEntry, Coupon, Member, PointsEntry
    from backend.orders.models import Order, OrderItem
    from backend.stock.models import StockMovement

    out: list[str] = []
    ids = {t: [r.entity_id for r in records if r.entity_type == t] for t in
           ("sku", "movement", "member", "points_entry", "journal_entry")}
    mine_movements = set(ids["movement"])
    if ids["sku"]:
        if await OrderItem.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有订单")
        if await StockMovement.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有库存变动")
    if mine_movements:
        first = min(mine_movements)
        sku_ids = set(await StockMovement.filter(id__in=list(mine_movements)).using_db(conn)
                      .values_list("sku_id", flat=True))
        later = await StockMovement.filter(sku_id__in=list(sku_ids), id__gt=first).using_db(conn) \
            .exclude(id__in=list(mine_movements)).count()
        if later:
            out.append(f"导入的库存之后已有 {later} 笔库存变动（销售、调拨、盘点等）")
    if ids["journal_entry"]:
        months = {e.strftime("%Y-%m") for e in await JournalEntry.filter(id__in=ids["journal_entry"])
                  .using_db(conn).values_list("date", flat=True)}
        if await Period.filter(month__in=list(months)).using_db(conn).exists():
            out.append("导入记账所在月份已结账")
    if ids["member"]:
        if await Order.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有订单")
        others = await PointsEntry.filter(member_id__in=ids["member"]).using_db(conn) \
            .exclude(id__in=ids["points_entry"] or [0]).count()
        if others:
            out.append("导入的会员积分已有后续变动")
        if await BalanceEntry.filter(member_id__in=ids["member"]).using_db(conn).exists() or \
                await Coupon.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有储值或优惠券")
        if await Member.filter(merged_into_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已合并其他账户")
    return out


async def _undo(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    from backend.dbutil import execute, fetch
    from backend.finance.models import InventoryValuation, JournalEntry, JournalLine
    from backend.members.models import Member, PointsEntry
    from backend.stock.management import retract_movement
    from backend.stock.models import Batch, Stock

    t, eid = rec.entity_type, rec.entity_id
    if t == "movement":
        await retract_movement(eid, conn=conn)
    elif t == "stock":
        await Stock.filter(id=eid, on_hand=0, reserved=0).using_db(conn).delete()
    elif t == "batch":
        await Batch.filter(id=eid).using_db(conn).delete()
    elif t == "valuation":
        qty, value = int(rec.extra["qty"]), int(rec.extra["value_fen"])
        await execute(conn, "UPDATE inventory_valuations SET qty = qty - $1, value_fen = value_fen - $2 "
                            "WHERE sku_id = $3", [qty, value, eid])
        if rec.extra.get("created"):
            await InventoryValuation.filter(sku_id=eid, qty=0, value_fen=0).using_db(conn).delete()
    elif t == "journal_entry":
        await JournalLine.filter(entry_id=eid).using_db(conn).delete()
        await JournalEntry.filter(id=eid).using_db(conn).delete()
    elif t == "points_entry":
        entry = await PointsEntry.get_or_none(id=eid).using_db(conn)
        if entry is not None:
            rows = await fetch(conn, "UPDATE members SET points = points - $1 WHERE id = $2 AND points >= $1 "
                                     "RETURNING points", [entry.delta, entry.member_id])
            if not rows:
                raise Conflict("导入的会员积分已被使用，不能撤回")
            await entry.delete(using_db=conn)
    elif t == "member":
        await Member.filter(id=eid).using_db(conn).delete()
    elif t == "sku":
        await Sku.filter(id=eid).using_db(conn).delete()
    elif t == "product":
        await Product.filter(id=eid).using_db(conn).delete()
    elif t == "brand":
        if not await Product.filter(brand_id=eid).using_db(conn).exists():
            await Brand.filter(id=eid).using_db(conn).delete()
    elif t == "category":
        if not await Product.filter(category_id=eid).using_db(conn).exists() and \
                not await Category.filter(parent_id=eid).using_db(conn).exists():
            await Category.filter(id=eid).using_db(conn).delete()


async def rollback(job_id: int, *, user: Any) -> ImportJob:
    """Remove exactly what this import added, newest first, in one transaction; refused (409, with the
    reasons) when later activity depends on it."""
    async with in_transaction() as conn:
        job = await _load_job(job_id, conn)
        # Guarded (and on PostgreSQL the row stays locked until commit): one rollback per import.
        claimed = await ImportJob.filter(id=job.id, status__in=[ImportStatus.DONE, ImportStatus.FAILED]) \
            .using_db(conn).update(status=ImportStatus.ROLLED_BACK)
        if not claimed:
            raise InvalidState("只有已执行（或执行失败）的导入任务可以撤回")
        records = await ImportRecord.filter(job_id=job.id).using_db(conn).order_by("-id")
        blockers = await _blockers(job, records, conn)
        if blockers:
            raise Conflict("不能撤回：" + "；".join(blockers), details=blockers)
        try:
            for rec in records:
                await _undo(rec, conn)
        except IntegrityError as exc:
            raise Conflict("不能撤回：导入的数据已被其他业务引用") from exc
        await ImportRecord.filter(job_id=job.id).using_db(conn).delete()
        await ImportRow.filter(job_id=job.id).using_db(conn).update(imported=False)
        job.status = ImportStatus.ROLLED_BACK
        job.rolled_back_at = datetime.now(UTC)
        removed = job.imported_rows
        job.imported_rows = 0
        await job.save(update_fields=["status", "rolled_back_at", "imported_rows"], using_db=conn)
        await record_audit(user, "import.rollback", "import", job.id, via="admin", using_db=conn,
                           before={"imported_rows": removed, "records": len(records)}, after={"status": "rolled_back"})
    return job


# ------------------------------------------------------------------------------------------------ views


def job_dict(job: ImportJob) -> dict[str, Any]:
    from backend.imports.models import KIND_NAMES_ZH

    return {
        "id": job.id, "kind": job.kind.value, "kind_name": KIND_NAMES_ZH[job.kind], "filename": job.filename,
        "encoding": job.encoding, "status": job.status.value, "mapping": job.mapping, "total_rows": job.total_rows,
        "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows, "imported_rows": job.imported_rows,
        "progress_pct": (job.imported_rows * 100 // job.ok_rows) if job.ok_rows else 100,
        "batch_size": job.batch_size, "error": job.error,
        "created_at": job.created_at.isoformat() if job.created_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
        "rolled_back_at": job.rolled_back_at.isoformat() if job.rolled_back_at else None,
    }


async def rejected_rows(job_id: int) -> list[dict[str, Any]]:
    rows = await ImportRow.filter(job_id=job_id, ok=False).order_by("row_no")
    return [{"row": r.row_no, "reason": r.reason, "data": r.data} for r in rows]
