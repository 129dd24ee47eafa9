"""A messy legacy migration (GBK files, duplicates, bad dates, unknown SKUs): every bad row reported with a
Chinese reason, the good rows imported, and rollback leaves the database exactly as it was."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook
from tortoise import Tortoise

from backend.catalog.models import Sku
from backend.catalog.products import ean13_check_digit
from backend.fieldcrypt import unseal
from backend.finance.accounts import ensure_chart
from backend.finance.models import InventoryValuation, JournalLine
from backend.imports import importer
from backend.imports.models import ImportRow
from backend.members.models import Member
from backend.org.models import Location, LocationKind, Role
from backend.stock.models import Stock, StockMovement
from tests.factories import auth, make_location, make_sku, make_user, stock_in

# The import's own records, the audit log and the channel outbox (a rollback must tell the platforms the
# restored quantities, which adds events) are history, not business data.
BOOKKEEPING = {"import_jobs", "import_rows", "import_records", "import_column_mappings", "audit_logs",
               "channel_outbox"}


def ean(first12: str) -> str:
    return first12 + str(ean13_check_digit(first12))


async def snapshot() -> dict[str, Any]:
    """Row counts of every table (but the import's own bookkeeping and the audit log), every stock number,
    valuations, member points and the ledger totals."""
    counts = {}
    for app in Tortoise.apps.values():
        for model in app.values():
            table = model._meta.db_table
            if table not in BOOKKEEPING:
                counts[table] = await model.all().count()
    stock = sorted(await Stock.all().values_list("sku_id", "location_id", "batch_id", "on_hand", "reserved"))
    valuations = sorted(await InventoryValuation.all().values_list("sku_id", "qty", "value_fen"))
    points = sorted(await Member.all().values_list("member_code", "points"))
    debit = sum(await JournalLine.all().values_list("debit_fen", flat=True))
    movements = sorted(await StockMovement.all().values_list("id", "stock_id", "on_hand_delta"))
    return {"counts": counts, "stock": stock, "valuations": valuations, "points": points, "debit": debit,
            "movements": movements}


PRODUCTS = "\n".join([
    "商品编码,商品名称,条码,售价,分类,品牌,规格,更新时间",
    f"  A001 ,爱他美 金装1段 800g,{ean('690000000001')},\"￥328.00\",奶粉/一段,爱他美,800g,2023-05-01",
    f"A002,花王 纸尿裤 M 64片,{ean('690000000002')},159,纸尿裤,花王,M,2023-05-01",
    f"A001,爱他美 金装1段 800g（旧）,{ean('690000000001')},300,奶粉/一段,爱他美,800g,2022-01-01",  # older dup
    "A003,湿巾 80抽,,12.5,湿巾,,,2023/6/1",
    "A004,价格坏了,,十二元,湿巾,,,",  # bad price
    "OLD1,已存在的商品,,10,湿巾,,,",  # exists already
    "A005,条码校验位错,6900000000059,10,湿巾,,,",  # bad check digit
]) + "\n"

STOCK = "\n".join([
    "商品编码,门店编码,批号,生产日期,有效期至,数量,成本价,更新时间",
    "A001,SA,L2301,2023-01-05,2025年1月4日,12,180.00,2023-06-01",
    "A001,WH,L2301,2023/1/5,2025-01-04,100,180,2023-06-01",
    "A002,SA,,2023-02-01,20250201,30,80.5,2023-06-01",
    "A001,SA,L2301,2023-01-05,2025-01-04,10,180,2023-05-01",  # older duplicate of line 2
    "OLD1,SA,B1,,2030-01-01,5,70,",  # adds to an existing stock row
    "NOPE9,SA,X1,,2026-01-01,5,10,",  # unknown SKU
    "A003,SA,W1,2023-02-30,2025-01-01,5,5,",  # bad production date
    "A003,SX,W1,,2025-01-01,5,5,",  # unknown store
    "A003,SA,W2,,,5,5,",  # batch-tracked, no expiry
    "A003,SA,W3,,2025-01-01,-2,5,",  # negative qty
]) + "\n"

MEMBERS = "\n".join([
    "会员卡号,姓名,手机号,积分,等级,最近消费时间",
    "V001,王小丫妈妈, 138 0013 8000 ,1200,gold,2023-05-01",
    "V002,李四,+86 139-0013-9000,0,,2023-05-01",
    "V003,李四（新）,13900139000,50,,2023-07-01",  # same phone, newer card: kept, card V002 merged into it
    "V004,手机坏了,12345,10,,",
    "V005,张三,13700137000,abc,,",
]) + "\n"


async def _upload(client: Any, h: dict[str, str], kind: str, text: str, filename: str = "legacy.csv") -> dict[str, Any]:
    _, resp = await client.post(f"/admin/api/v1/imports?kind={kind}&filename={filename}&batch_size=2",
                                headers=h, content=text.encode("gbk"))
    assert resp.status == 201, resp.text
    assert resp.json["job"]["encoding"] == "gbk"
    return resp.json


async def _run(client: Any, h: dict[str, str], job_id: int) -> dict[str, Any]:
    _, resp = await client.post(f"/admin/api/v1/imports/{job_id}/run", headers=h)
    assert resp.status == 200, resp.text
    assert resp.json["job"]["status"] == "done" and resp.json["job"]["progress_pct"] == 100
    return resp.json["job"]


async def test_messy_gbk_migration_reports_imports_and_rolls_back_exactly(db: None, client: Any) -> None:
    await make_location("SA")
    await make_location("WH", kind=LocationKind.WAREHOUSE)
    old = await make_sku("OLD1", category="湿巾")
    await stock_in(old, await make_location("SB"), 3, unit_cost_fen=6000, expiry=dt.date(2030, 1, 1))
    await stock_in(old, await Location.get(code="SA"), 4, unit_cost_fen=6000, batch_no="B1",
                   expiry=dt.date(2030, 1, 1))
    h = auth(await make_user(Role.HQ_ADMIN))
    before = await snapshot()

    # products: dry run reports each bad row, nothing written yet
    rep = await _upload(client, h, "products", PRODUCTS)
    assert {r["row"]: r["reason"] for r in rep["rejected"]} == {
        4: "与第 2 行重复，已保留较新的一行",
        6: "售价「十二元」不是有效金额",
        7: "商品编码 OLD1 已存在",
        8: "条码「6900000000059」校验位不正确",
    }
    assert rep["job"]["ok_rows"] == 3 and rep["job"]["status"] == "checked"
    assert await snapshot() == before
    await _run(client, h, rep["job"]["id"])
    a001 = await Sku.get(code="A001").prefetch_related("product__category")
    assert (a001.name, a001.price_fen, a001.product.category.name) == ("爱他美 金装1段 800g", 32800, "一段")
    assert (await Sku.get(code="A003")).price_fen == 1250

    # stock with batches
    rep = await _upload(client, h, "stock", STOCK)
    assert {r["row"]: r["reason"] for r in rep["rejected"]} == {
        5: "与第 2 行重复，已保留较新的一行",
        7: "商品编码 NOPE9 不存在",
        8: "生产日期「2023-02-30」不是有效日期",
        9: "门店或仓库 SX 不存在",
        10: "商品 A003 按批次管理，缺少有效期",
        11: "数量不能小于 1",
    }
    stock_job = await _run(client, h, rep["job"]["id"])
    assert stock_job["imported_rows"] == 4
    by = {(s.sku.code, s.location.code, s.batch.batch_no): s.on_hand
          for s in await Stock.all().select_related("sku", "location", "batch")}
    assert by[("A001", "SA", "L2301")] == 12 and by[("A001", "WH", "L2301")] == 100
    assert by[("A002", "SA", "EXP20250201")] == 30 and by[("OLD1", "SA", "B1")] == 4 + 5
    val = await InventoryValuation.get(sku_id=old.id)
    assert (val.qty, val.value_fen) == (3 + 4 + 5, 7 * 6000 + 5 * 7000)

    # members with points; phones normalised and sealed
    rep = await _upload(client, h, "members", MEMBERS)
    assert {r["row"]: r["reason"] for r in rep["rejected"]} == {
        5: "手机号「12345」格式不正确",
        6: "积分「abc」不是整数",
    }
    members_job = await _run(client, h, rep["job"]["id"])
    v1 = await Member.get(member_code="V001")
    assert v1.points == 1200 and unseal(v1.phone or "") == "13800138000" and "138" not in (v1.phone or "")
    assert (await Member.get(member_code="V003")).nickname == "李四（新）"

    # products cannot be rolled back while the stock import uses them
    _, resp = await client.post(f"/admin/api/v1/imports/{rep['job']['id'] - 2}/rollback", headers=h)
    assert resp.status == 409 and "库存变动" in resp.json["error"]["message"]

    # roll back newest first: the database is exactly as before
    for job_id in (members_job["id"], stock_job["id"], stock_job["id"] - 1):
        _, resp = await client.post(f"/admin/api/v1/imports/{job_id}/rollback", headers=h)
        assert resp.status == 200, resp.text
        assert resp.json["job"]["status"] == "rolled_back"
    after = await snapshot()
    assert {t: (n, after["counts"][t]) for t, n in before["counts"].items() if after["counts"][t] != n} == {}
    assert after == before
    _, resp = await client.post(f"/admin/api/v1/imports/{stock_job['id']}/rollback", headers=h)
    assert resp.status == 409 and resp.json["error"]["code"] == "invalid_state"


async def test_rollback_refused_after_later_activity(db: None, client: Any) -> None:
    await make_location("SA")
    hq = await make_user(Role.HQ_ADMIN)
    h = auth(hq)
    sku = await make_sku("A001", price_fen=1000)
    csv_text = "商品编码,门店编码,批号,有效期至,数量,成本价\nA001,SA,L1,2030-01-01,10,5\n"
    rep = await _upload(client, h, "stock", csv_text)
    await _run(client, h, rep["job"]["id"])
    _, resp = await client.post("/api/v1/stock/adjustments", headers=h, json={
        "location_code": "SA", "sku_code": sku.code, "qty_delta": -1, "reason": "damage"})
    assert resp.status == 201, resp.text
    after_sale = await snapshot()
    _, resp = await client.post(f"/admin/api/v1/imports/{rep['job']['id']}/rollback", headers=h)
    assert resp.status == 409 and "库存变动" in resp.json["error"]["message"]
    assert await snapshot() == after_sale


async def test_xlsx_utf8_and_saved_mapping(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.put("/admin/api/v1/imports/mappings", headers=h, json={
        "kind": "members", "name": "老收银系统", "columns": {"客户电话": "phone", "客户名": "name", "余分": "points"}})
    assert resp.status == 201, resp.text
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["客户名", "客户电话", "余分"])
    ws.append(["赵六", 13600136000, 88])
    ws.append([None, None, None])
    ws.append(["钱七", "1360013", 1])
    buf = io.BytesIO()
    wb.save(buf)
    _, resp = await client.post("/admin/api/v1/imports?kind=members&mapping=老收银系统&filename=m.xlsx",
                                headers=h, content=buf.getvalue())
    assert resp.status == 201, resp.text
    assert resp.json["job"]["encoding"] == "xlsx" and resp.json["job"]["ok_rows"] == 1
    assert [r["row"] for r in resp.json["rejected"]] == [3]
    # without the mapping the file lacks a phone column
    _, resp = await client.post("/admin/api/v1/imports?kind=members&filename=m.xlsx", headers=h,
                                content=buf.getvalue())
    assert resp.status == 400 and "手机号" in resp.json["error"]["message"]
    # UTF-8 with BOM
    _, resp = await client.post("/admin/api/v1/imports?kind=members&filename=m.csv", headers=h,
                                content="\ufeff手机号,姓名\n13500135000,孙八\n".encode())
    assert resp.status == 201 and resp.json["job"]["encoding"] == "utf-8" and resp.json["job"]["ok_rows"] == 1


async def test_concurrent_runs_and_rollbacks_happen_once(db: None, client: Any) -> None:
    import asyncio

    from backend.errors import InvalidState
    from backend.imports import importer

    await make_location("SA")
    hq = await make_user(Role.HQ_ADMIN)
    await make_sku("A001", price_fen=1000)
    await ensure_chart()  # the chart of accounts is reference data the first posting would create
    before = await snapshot()
    rep = await _upload(client, auth(hq), "stock", "商品编码,门店编码,批号,有效期至,数量,成本价\nA001,SA,L1,2030-01-01,10,5\n")
    job_id = rep["job"]["id"]
    runs = await asyncio.gather(*(importer.run_import(job_id, user=hq) for _ in range(3)), return_exceptions=True)
    assert sum(1 for r in runs if isinstance(r, InvalidState)) == 2
    assert (await Stock.get(sku__code="A001")).on_hand == 10
    backs = await asyncio.gather(*(importer.rollback(job_id, user=hq) for _ in range(3)), return_exceptions=True)
    assert sum(1 for r in backs if isinstance(r, InvalidState)) == 2, backs
    after = await snapshot()
    assert {t: (n, after["counts"][t]) for t, n in before["counts"].items() if after["counts"][t] != n} == {}
    assert after == before


async def test_products_checked_a_chunk_at_a_time_give_the_whole_file_verdicts(db: None, monkeypatch: Any) -> None:
    """Checked in chunks of two rows, a barcode a later chunk repeats is refused as the file's duplicate, and
    one an earlier row only names while being refused itself (code taken) stays free: as one pass over the
    whole file would judge them."""
    await make_sku(code="TAKEN1", barcode=ean("690000000001"))
    shared, other = ean("690000000002"), ean("690000000003")
    lines = [f"TAKEN1,已有,9.90,用品,{shared}", f"CK1,一,9.90,用品,{shared}", "CK2,二,abc,用品,",
             f"CK3,三,9.90,用品,{shared}", f"CK4,四,9.90,用品,{ean('690000000001')}", f"CK5,五,9.90,用品,{other}",
             f"CK6,六,9.90,用品,{other}"]
    data = ("商品编码,商品名称,售价,分类,条码\n" + "\n".join(lines) + "\n").encode()

    async def report() -> list[tuple[int, bool, str]]:
        job = await importer.dry_run("products", data, "chunks.csv", user=None)
        return [(r.row_no, r.ok, r.reason) for r in await ImportRow.filter(job_id=job.id).order_by("row_no")]

    whole = await report()
    assert whole == [(2, False, "商品编码 TAKEN1 已存在"), (3, True, ""), (4, False, "售价「abc」不是有效金额"),
                     (5, False, "条码 " + shared + " 与第 3 行重复"),
                     (6, False, f"条码 {ean('690000000001')} 已被其他商品使用"), (7, True, ""),
                     (8, False, f"条码 {other} 与第 7 行重复")], whole
    monkeypatch.setattr(importer, "CHECK_CHUNK", 2)
    assert await report() == whole
