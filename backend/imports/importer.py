"""The legacy import's shared core: dry run (clean + validate every row, reasons in Chinese, nothing written to
the business tables), the import in batches with progress, and a rollback that removes exactly what one import
added. What differs per kind lives in its own module (backend/imports/products.py, stock.py, members.py,
suppliers.py, open_orders.py; their contract is backend.imports.kind.Kind).

    job = await dry_run(kind, file_bytes, filename, user=...)      # ImportJob(status=checked) + ImportRows
    job = await start_dry_run(kind, file_bytes, filename, user=...)  # the same in the background (checking)
    await run_import(job.id, user=...)                              # batches of job.batch_size rows
    await rollback(job.id, user=...)                                # refused if later activity depends on it

Every import and rollback is audited.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Coroutine
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend import cleaning
from backend.audit import record_audit
from backend.cleaning import CellError
from backend.errors import AppError, Conflict, InvalidState, NotFound, ValidationError
from backend.finance import summaries
from backend.finance.models import JournalEntry, JournalLine, Period
from backend.imports import mapping, members, open_orders, products, sales_history, stock, suppliers
from backend.imports.kind import Failed, Ids, Kind
from backend.imports.models import KIND_NAMES_ZH, ImportJob, ImportKind, ImportRecord, ImportRow, ImportStatus
from backend.stock.management import retract_movement
from backend.timestamps import iso

log = logging.getLogger(__name__)

MAX_ROWS = 50_000
BATCH_SIZE = 200

KINDS: dict[ImportKind, Kind] = {
    ImportKind.PRODUCTS: products.KIND, ImportKind.STOCK: stock.KIND, ImportKind.MEMBERS: members.KIND,
    ImportKind.SUPPLIERS: suppliers.KIND, ImportKind.OPEN_ORDERS: open_orders.KIND,
    ImportKind.SALES_HISTORY: sales_history.KIND,
}


def _raw_json(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: _cell_json(v) for k, v in raw.items()}


PREVIEW_ROWS = 5


async def preview(kind: ImportKind | str, data: bytes, filename: str, *,
                  mapping_name: str | None = None) -> dict[str, Any]:
    """The file's headers, its first rows and what each of the kind's fields would read (a saved mapping first,
    then the recognised headers), for the mapping step before a dry run. Nothing is stored."""
    kind = ImportKind(kind)
    headers, raw_rows, encoding = cleaning.read_table(data, filename)
    saved = await mapping.load_mapping(kind, mapping_name) if mapping_name else None
    sample = [[_cell_json(c) for c in r[:len(headers)]] for r in raw_rows[:PREVIEW_ROWS]]
    return {"kind": kind.value, "filename": filename, "encoding": encoding, "headers": headers,
            "total_rows": len(raw_rows), "sample": sample, "fields": mapping.fields_dict()[kind.value],
            **mapping.suggest(kind, headers, saved)}


def _cell_json(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return iso(v)
    return v if v is None or isinstance(v, str | int | float | bool) else str(v)


Verdict = tuple[bool, str, dict[str, Any]]  # (accepted, reason, values)
Verdicts = dict[int, Verdict]  # row no -> verdict
Chunk = list[tuple[int, Verdict]]  # consecutive rows' verdicts, in row order

CHECK_CHUNK = 1000  # rows a dry run checks, and a background one writes, at a time (its progress steps)


async def _read(kind: ImportKind, data: bytes, filename: str, mapping_name: str | None,
                columns: dict[str, str] | None) -> tuple[list[str], list[list[Any]], str, dict[str, int]]:
    """The file's headers, rows and encoding, and the column each field reads (a 400 naming what is wrong)."""
    # Parsing a large xlsx is seconds of CPU: in a thread, so the server keeps answering meanwhile.
    headers, raw_rows, encoding = await asyncio.to_thread(cleaning.read_table, data, filename)
    if len(raw_rows) > MAX_ROWS:
        raise ValidationError(f"一次最多导入 {MAX_ROWS} 行")
    if columns:  # a mapping made for this file (the console's mapping step): exactly these columns
        cols = mapping.resolve_exact(kind, headers, columns)
    else:
        saved = await mapping.load_mapping(kind, mapping_name) if mapping_name else None
        cols = mapping.resolve(kind, headers, saved)
    return headers, raw_rows, encoding, cols


def _clean_file(spec: Kind, raw_rows: list[list[Any]],
                cols: dict[str, int]) -> tuple[Verdicts, list[dict[str, Any]], Failed]:
    """The pass over the whole file: clean every row, then of rows sharing the kind's key keep the newest.
    Returns every row's verdict so far, the accepted rows left to check (in row order) and the rows refused
    while cleaning that take their group with them (open orders)."""
    verdicts: Verdicts = {}
    good: list[dict[str, Any]] = []
    failed: Failed = {}
    for i, raw_row in enumerate(raw_rows):
        row_no = i + 2
        raw = mapping.pick(raw_row, cols)
        try:
            clean = spec.clean(raw)
        except CellError as exc:
            verdicts[row_no] = (False, str(exc), _raw_json(raw))
            group = spec.failed_group(raw) if spec.failed_group else ""
            if group:
                failed[row_no] = (group, str(exc))
            continue
        clean["_row"] = row_no
        clean["_updated"] = cleaning.datetime_or_none(raw.get("updated_at"))
        good.append(clean)
        verdicts[row_no] = (True, "", clean)
    dropped = {} if spec.keeps_duplicates else cleaning.newest_of_duplicates(good, spec.dup_key)
    for r in good:
        if r["_row"] in dropped:
            verdicts[r["_row"]] = (False, f"与第 {dropped[r['_row']]} 行重复，已保留较新的一行", r)
    return verdicts, [r for r in good if r["_row"] not in dropped], failed


async def _verdict_chunks(kind: ImportKind, raw_rows: list[list[Any]], cols: dict[str, int]) -> AsyncIterator[Chunk]:
    """Every row's verdict, CHECK_CHUNK rows at a time in row order. The pass over the whole file comes first
    (in a thread: seconds of CPU for a large file); then each chunk's accepted rows are checked against the
    database as the chunk is asked for. A kind whose checks compare rows anywhere in the file (Kind.whole_file)
    is checked whole before the first chunk."""
    spec = KINDS[kind]
    verdicts, kept, failed = await asyncio.to_thread(_clean_file, spec, raw_rows, cols)

    def reject(r: dict[str, Any], reason: str) -> None:
        verdicts[r["_row"]] = (False, reason, verdicts[r["_row"]][2])

    check = spec.checker()
    if spec.whole_file:
        await check(kept, reject, failed)
    at = 0  # kept[at] is the first accepted row not yet checked
    for start in range(0, len(raw_rows), CHECK_CHUNK):
        end_row = min(start + CHECK_CHUNK, len(raw_rows)) + 2  # the next chunk's first row no
        if not spec.whole_file:
            upto = at
            while upto < len(kept) and kept[upto]["_row"] < end_row:
                upto += 1
            if upto > at:
                await check(kept[at:upto], reject, failed)
            at = upto
        yield [(n, verdicts[n]) for n in range(start + 2, end_row)]


def _counts(total: int, ok_rows: int) -> dict[str, int]:
    return {"total_rows": total, "checked_rows": total, "ok_rows": ok_rows, "rejected_rows": total - ok_rows}


def _report_rows(job: ImportJob, verdicts: Chunk) -> list[ImportRow]:
    # an accepted row may carry a note of what its kind will do with it (members: cards merged)
    return [ImportRow(job_id=job.id, row_no=n, ok=ok_, reason=(reason or d.get("_note") or "")[:255],
                      data={k: v for k, v in d.items() if not k.startswith("_")})
            for n, (ok_, reason, d) in verdicts]


async def _audit_check(job: ImportJob, user: Any, conn: BaseDBAsyncClient) -> None:
    await record_audit(user, "import.check", "import", job.id, via="admin", using_db=conn,
                       after={"kind": job.kind.value, "filename": job.filename, "encoding": job.encoding,
                              "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows})


def _job_fields(kind: ImportKind, filename: str, encoding: str, headers: list[str], cols: dict[str, int],
                batch_size: int, user: Any) -> dict[str, Any]:
    return {"kind": kind, "filename": filename[:255], "encoding": encoding,
            "mapping": {f: headers[i] for f, i in cols.items()}, "batch_size": max(1, min(batch_size, 5000)),
            "created_by_id": getattr(user, "id", None)}


async def dry_run(kind: ImportKind | str, data: bytes, filename: str, *, user: Any, mapping_name: str | None = None,
                  columns: dict[str, str] | None = None, batch_size: int = BATCH_SIZE) -> ImportJob:
    """Read, clean and validate every row; store the verdicts. Nothing outside the import tables changes."""
    kind = ImportKind(kind)
    headers, raw_rows, encoding, cols = await _read(kind, data, filename, mapping_name, columns)
    verdicts = [v async for chunk in _verdict_chunks(kind, raw_rows, cols) for v in chunk]
    async with in_transaction() as conn:
        job = await ImportJob.create(**_job_fields(kind, filename, encoding, headers, cols, batch_size, user),
                                     **_counts(len(verdicts), sum(1 for _, v in verdicts if v[0])), using_db=conn)
        await ImportRow.bulk_create(_report_rows(job, verdicts), batch_size=1000, using_db=conn)
        await _audit_check(job, user, conn)
    return job


async def start_dry_run(kind: ImportKind | str, data: bytes, filename: str, *, user: Any,
                        mapping_name: str | None = None, columns: dict[str, str] | None = None,
                        batch_size: int = BATCH_SIZE) -> ImportJob:
    """dry_run without waiting for the verdicts: the file is read and its mapping checked (a bad file or
    mapping is refused here, nothing stored), then the job is created with status checking and its rows are
    cleaned and checked by a task of this process's event loop; GET the job for its progress (checked_rows
    of total_rows) until it is checked (the report is there) or check_failed. The console's dry run uses this."""
    kind = ImportKind(kind)
    headers, raw_rows, encoding, cols = await _read(kind, data, filename, mapping_name, columns)
    job = await ImportJob.create(**_job_fields(kind, filename, encoding, headers, cols, batch_size, user),
                                 status=ImportStatus.CHECKING, total_rows=len(raw_rows))
    _spawn(_check_in_background(job, raw_rows, cols, user), f"import-check:{job.id}")
    return job


async def _check_in_background(job: ImportJob, raw_rows: list[list[Any]], cols: dict[str, int], user: Any) -> None:
    """Clean the whole file, then check it and write the report CHECK_CHUNK rows at a time, one transaction
    each (checked_rows counts the rows whose verdict is written, so the bar moves while the rows are checked);
    the last transaction makes the job checked, with its counts."""
    try:
        total = ok_rows = 0
        async for chunk in _verdict_chunks(job.kind, raw_rows, cols):
            total += len(chunk)
            ok_rows += sum(1 for _, v in chunk if v[0])
            await _write_report(job, chunk, total)
        async with in_transaction() as conn:
            counts = _counts(total, ok_rows)
            if not await ImportJob.filter(id=job.id, status=ImportStatus.CHECKING).using_db(conn).update(
                    status=ImportStatus.CHECKED, **counts):
                return
            for k, v in counts.items():
                setattr(job, k, v)
            await _audit_check(job, user, conn)
    except asyncio.CancelledError:  # the server stops: the file is gone with it, upload it again
        await _check_failed(job, "服务停止，预检中止，请重新上传文件")
        raise
    except Exception:
        log.exception("import %s dry run failed", job.id)
        await _check_failed(job, "预检出错中止，请检查文件后重新上传")


async def _write_report(job: ImportJob, chunk: Chunk, upto: int) -> None:
    async with in_transaction() as conn:
        await ImportRow.bulk_create(_report_rows(job, chunk), batch_size=1000, using_db=conn)
        await ImportJob.filter(id=job.id).using_db(conn).update(checked_rows=upto)


async def _check_failed(job: ImportJob, error: str) -> None:
    """A dry run that stopped keeps no partial report: the job says why, the file is uploaded again."""
    async with in_transaction() as conn:
        await ImportRow.filter(job_id=job.id).using_db(conn).delete()
        await ImportJob.filter(id=job.id, status=ImportStatus.CHECKING).using_db(conn).update(
            status=ImportStatus.CHECK_FAILED, checked_rows=0, error=error[:255], finished_at=datetime.now(UTC))


# ------------------------------------------------------------------------------------------------ importing


async def _load_job(job_id: int, conn: BaseDBAsyncClient | None = None) -> ImportJob:
    job = await ImportJob.get_or_none(id=job_id).using_db(conn)
    if job is None:
        raise NotFound("导入任务不存在")
    return job


async def _claim(job_id: int) -> ImportJob:
    job = await _load_job(job_id)
    # Guarded: of two concurrent runs of one job exactly one starts it.
    if not await ImportJob.filter(id=job.id, status=ImportStatus.CHECKED).update(status=ImportStatus.RUNNING):
        raise InvalidState("只有完成预检的导入任务可以执行")
    job.status = ImportStatus.RUNNING
    return job


async def run_import(job_id: int, *, user: Any) -> ImportJob:
    """Import the accepted rows in batches (one transaction each; progress in job.imported_rows). A batch that
    fails stops the job (status failed, reason kept); the batches before it stay and rollback removes them."""
    return await _run_batches(await _claim(job_id), user)


_running: set[asyncio.Task[Any]] = set()


async def start_import(job_id: int, *, user: Any) -> ImportJob:
    """run_import without waiting: the job is claimed (status running) before this returns, its batches then
    run as a task of this process's event loop; GET the job for its progress (imported_rows of ok_rows) until
    it is done or failed. The console's import uses this, so a large file never outlasts a request timeout."""
    job = await _claim(job_id)
    _spawn(_run_in_background(job, user), f"import:{job.id}")
    return job


def _spawn(work: Coroutine[Any, Any, None], name: str) -> None:
    """Run work as a task of this process's event loop, kept until it is done (drain waits for it)."""
    task = asyncio.get_running_loop().create_task(work, name=name)
    _running.add(task)
    task.add_done_callback(_running.discard)


async def _run_in_background(job: ImportJob, user: Any) -> None:
    try:
        await _run_batches(job, user)
    except asyncio.CancelledError:  # the server stops: the committed batches stay, rollback removes them
        await _fail(job, user, "服务停止，导入中止（已导入的部分可撤回）")
        raise
    except Exception:
        log.exception("import %s failed", job.id)
        await _fail(job, user, "导入出错中止（已导入的部分可撤回）")


async def drain(within_s: float = 30.0) -> None:
    """Wait until this process's background dry runs and imports have finished (tests, shutdown)."""
    if _running:
        await asyncio.wait(set(_running), timeout=within_s)


async def _fail(job: ImportJob, user: Any, error: str) -> ImportJob:
    job.status = ImportStatus.FAILED
    job.error = error[:255]
    job.finished_at = datetime.now(UTC)
    await job.save(update_fields=["status", "error", "finished_at"])
    await record_audit(user, "import.fail", "import", job.id, after={"error": job.error,
                                                                     "imported_rows": job.imported_rows})
    return job


async def _run_batches(job: ImportJob, user: Any) -> ImportJob:
    try:
        while True:
            async with in_transaction() as conn:
                rows = await ImportRow.filter(job_id=job.id, ok=True, imported=False).using_db(conn) \
                    .order_by("row_no").limit(job.batch_size)
                if not rows:
                    break
                for row in rows:
                    await KINDS[job.kind].import_row(job, row, conn, user)
                await ImportRow.filter(id__in=[r.id for r in rows]).using_db(conn).update(imported=True)
                job.imported_rows += len(rows)
                await job.save(update_fields=["imported_rows"], using_db=conn)
    except (IntegrityError, AppError, PydanticValidationError) as exc:  # conflicts, stock gone since the dry run
        return await _fail(job, user, getattr(exc, "message", None) or "数据冲突，导入中止")
    job.status = ImportStatus.DONE
    job.finished_at = datetime.now(UTC)
    await job.save(update_fields=["status", "finished_at"])
    await record_audit(user, "import.run", "import", job.id, via="admin",
                       after={"kind": job.kind.value, "imported_rows": job.imported_rows})
    return job


# ------------------------------------------------------------------------------------------------ rollback


async def _blockers(job: ImportJob, records: list[ImportRecord], conn: BaseDBAsyncClient) -> list[str]:
    """Later activity that depends on what this import created: then rollback is refused."""
    ids: Ids = defaultdict(list)
    for r in records:
        ids[r.entity_type].append(r.entity_id)
    out = await KINDS[job.kind].blockers(job, ids, conn)
    if ids["journal_entry"]:
        months = {e.strftime("%Y-%m") for e in await JournalEntry.filter(id__in=ids["journal_entry"])
                  .using_db(conn).values_list("date", flat=True)}
        if await Period.filter(month__in=list(months)).using_db(conn).exists():
            out.append("导入记账所在月份已结账")
    return out


async def _undo(job: ImportJob, rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    """Undo one record: the kind's own entity types, or the ones every kind may record (stock movements,
    ledger entries)."""
    undo = KINDS[job.kind].undo.get(rec.entity_type)
    if undo is not None:
        await undo(rec, conn)
    elif rec.entity_type == "movement":
        await retract_movement(rec.entity_id, conn=conn)
    elif rec.entity_type == "journal_entry":
        await summaries.remove_entry(rec.entity_id, conn)
        await JournalLine.filter(entry_id=rec.entity_id).using_db(conn).delete()
        await JournalEntry.filter(id=rec.entity_id).using_db(conn).delete()
    else:
        raise AssertionError(f"no undo for {rec.entity_type}")


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
                await _undo(job, rec, conn)
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
    return {
        "id": job.id, "kind": job.kind.value, "kind_name": KIND_NAMES_ZH[job.kind], "filename": job.filename,
        "encoding": job.encoding, "status": job.status.value, "mapping": job.mapping, "total_rows": job.total_rows,
        "checked_rows": job.checked_rows,
        "check_pct": (job.checked_rows * 100 // job.total_rows) if job.total_rows else 100,
        "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows, "imported_rows": job.imported_rows,
        "progress_pct": (job.imported_rows * 100 // job.ok_rows) if job.ok_rows else 100,
        "batch_size": job.batch_size, "error": job.error,
        "created_at": iso(job.created_at),
        "finished_at": iso(job.finished_at),
        "rolled_back_at": iso(job.rolled_back_at),
    }


async def report_rows(job_id: int, *, ok: bool | None, offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """The dry run's row-by-row report, in file order: every row (ok None) or only the accepted / rejected ones;
    each with its verdict, the reason (rejected) or note (accepted), whether it is imported, and its values."""
    q = ImportRow.filter(job_id=job_id)
    if ok is not None:
        q = q.filter(ok=ok)
    total = await q.count()
    rows = await q.order_by("row_no").offset(offset).limit(limit)
    return [{"row": r.row_no, "ok": r.ok, "reason": "" if r.ok else r.reason, "note": r.reason if r.ok else "",
             "imported": r.imported, "data": r.data} for r in rows], total


async def rejected_rows(job_id: int) -> list[dict[str, Any]]:
    rows = await ImportRow.filter(job_id=job_id, ok=False).order_by("row_no")
    return [{"row": r.row_no, "reason": r.reason, "data": r.data} for r in rows]


async def noted_rows(job_id: int) -> list[dict[str, Any]]:
    """Accepted rows with a note of what the import will do beyond the row itself (member cards merged)."""
    rows = await ImportRow.filter(job_id=job_id, ok=True).exclude(reason="").order_by("row_no")
    return [{"row": r.row_no, "note": r.reason, "data": r.data} for r in rows]
