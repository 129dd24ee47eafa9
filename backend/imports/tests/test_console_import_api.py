"""The routes the console's import page uses: preview (headers, suggested mapping), a mapping made for one file
(validated, persisted on the job), the row-by-row report, and a run in the background with its progress."""

from __future__ import annotations

import dataclasses
import io
import json
from typing import Any

from openpyxl import Workbook

from backend.catalog.models import Sku
from backend.imports import importer
from backend.org.models import Role
from tests.factories import auth, make_user

# an old system's headers that no alias knows: 货品代码 / 货品名 / 零售单价 / 大类
LEGACY = "货品代码,货品名,零售单价,大类,备注\nZX001,测试奶粉,128.00,奶粉/一段,\nZX002,,9.9,用品,\nZX003,湿巾,abc,用品,\n"
MAP = {"货品代码": "sku_code", "货品名": "name", "零售单价": "price", "大类": "category"}


async def test_preview_suggests_then_a_file_mapping_drives_the_dry_run(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.post("/admin/api/v1/imports/preview?kind=products&filename=old.csv", headers=h,
                                content=LEGACY.encode())
    assert resp.status == 200, resp.text
    p = resp.json
    assert p["headers"] == ["货品代码", "货品名", "零售单价", "大类", "备注"] and p["total_rows"] == 3
    assert p["sample"][0][:2] == ["ZX001", "测试奶粉"]
    assert p["columns"]["sku_code"] is None and set(p["missing"]) == {"商品编码", "商品名称", "售价", "分类"}
    assert p["fields"]["sku_code"] == {"required": True, "label": "商品编码"}

    # a mapping with a header the file lacks, a field fed twice and an unknown field: each named
    bad = {"货号": "sku_code", "货品名": "name", "备注": "name", "大类": "colour"}
    _, resp = await client.post("/admin/api/v1/imports?kind=products&filename=old.csv&columns="
                                + json.dumps(bad, ensure_ascii=False), headers=h, content=LEGACY.encode())
    assert resp.status == 400, resp.text
    assert len(resp.json["error"]["details"]) == 3 and "货号" in resp.json["error"]["message"]

    # multipart, as the console sends it: the mapping is persisted on the job (field -> header)
    _, resp = await client.post("/admin/api/v1/imports?kind=products&batch_size=1", headers=h,
                                files={"file": ("old.csv", LEGACY.encode(), "text/csv")},
                                data={"columns": json.dumps(MAP, ensure_ascii=False)})
    assert resp.status == 201, resp.text
    job = resp.json["job"]
    assert job["mapping"] == {v: k for k, v in MAP.items()}
    assert (job["ok_rows"], job["rejected_rows"]) == (1, 2)

    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}/rows", headers=h)
    assert resp.status == 200 and resp.json["total"] == 3
    assert [(r["row"], r["ok"]) for r in resp.json["items"]] == [(2, True), (3, False), (4, False)]
    assert "商品名称" in resp.json["items"][1]["reason"] and resp.json["items"][0]["data"]["sku_code"] == "ZX001"
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}/rows?ok=false&page_size=1", headers=h)
    assert resp.json["total"] == 2 and [r["row"] for r in resp.json["items"]] == [3]

    # run in the background: 202 at once with the job running, then done with its progress
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/run?wait=false", headers=h)
    assert resp.status == 202 and resp.json["job"]["status"] == "running", resp.text
    await importer.drain()
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}", headers=h)
    done = resp.json["job"]
    assert (done["status"], done["imported_rows"], done["progress_pct"]) == ("done", 1, 100)
    assert await Sku.filter(code="ZX001").exists()
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/run?wait=false", headers=h)
    assert resp.status == 409


async def test_preview_reads_xlsx_and_applies_a_saved_mapping(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    _, resp = await client.put("/admin/api/v1/imports/mappings", headers=h, json={
        "kind": "products", "name": "老系统", "columns": MAP})
    assert resp.status == 201
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["货品代码", "货品名", "零售单价", "大类"])
    ws.append(["ZX009", "围兜", 19.9, "用品"])
    buf = io.BytesIO()
    wb.save(buf)
    _, resp = await client.post("/admin/api/v1/imports/preview?kind=products&mapping=老系统", headers=h,
                                files={"file": ("old.xlsx", buf.getvalue(), "application/octet-stream")})
    assert resp.status == 200, resp.text
    assert resp.json["encoding"] == "xlsx" and resp.json["missing"] == [] and resp.json["unused"] == []
    assert resp.json["columns"]["price"] == "零售单价" and resp.json["sample"] == [["ZX009", "围兜", 19.9, "用品"]]


async def test_dry_run_in_the_background_reports_progress_then_the_report(db: None, client: Any,
                                                                         monkeypatch: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    lines = [f"BG{i:03},背景预检{i},{'abc' if i % 4 == 0 else '9.90'},用品" for i in range(1, 13)]
    body = ("货品代码,货品名,零售单价,大类\n" + "\n".join(lines) + "\n").encode()
    cols = json.dumps(MAP, ensure_ascii=False)

    # a mapping naming a header the file lacks is refused at once: no job is created
    bad = json.dumps({"货号": "sku_code"}, ensure_ascii=False)
    _, resp = await client.post(f"/admin/api/v1/imports?kind=products&filename=bg.csv&wait=false&columns={bad}",
                                headers=h, content=body)
    assert resp.status == 400, resp.text
    _, resp = await client.get("/admin/api/v1/imports/", headers=h)
    assert resp.json["total"] == 0

    monkeypatch.setattr(importer, "CHECK_CHUNK", 5)
    seen: list[int] = []
    write_report = importer._write_report

    async def recorded(job: Any, chunk: Any, upto: int) -> None:  # the progress each chunk reports, in order
        await write_report(job, chunk, upto)
        seen.append((await importer.ImportJob.get(id=job.id)).checked_rows)
    monkeypatch.setattr(importer, "_write_report", recorded)
    products = importer.KINDS[importer.ImportKind.PRODUCTS]
    checking: list[tuple[int, list[int]]] = []  # (checked_rows when a chunk is checked, its rows)

    def checker() -> Any:
        check = products.checker()

        async def recorded_check(rows: Any, reject: Any, failed: Any) -> None:
            job = await importer.ImportJob.filter(kind=importer.ImportKind.PRODUCTS).order_by("-id").first()
            checking.append((job.checked_rows, [r["_row"] for r in rows]))
            await check(rows, reject, failed)
        return recorded_check
    monkeypatch.setitem(importer.KINDS, importer.ImportKind.PRODUCTS, dataclasses.replace(products, checker=checker))

    _, resp = await client.post(f"/admin/api/v1/imports?kind=products&filename=bg.csv&wait=false&columns={cols}",
                                headers=h, content=body)
    assert resp.status == 202, resp.text
    job = resp.json["job"]
    assert (job["status"], job["total_rows"], job["checked_rows"], job["check_pct"]) == ("checking", 12, 0, 0)
    await importer.drain()
    assert seen == [5, 10, 12]
    # each chunk's accepted rows are checked against the database after the chunk before it is written
    assert [(n, rows[0], rows[-1]) for n, rows in checking] == [(0, 2, 6), (5, 7, 11), (10, 12, 12)], checking
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}", headers=h)
    done = resp.json["job"]
    assert (done["status"], done["checked_rows"], done["check_pct"]) == ("checked", 12, 100)
    assert (done["ok_rows"], done["rejected_rows"]) == (9, 3)
    assert [r["row"] for r in resp.json["rejected"]] == [5, 9, 13]
    _, resp = await client.get(f"/admin/api/v1/imports/{job['id']}/rows", headers=h)
    assert resp.json["total"] == 12
    assert not await Sku.filter(code="BG001").exists()  # a dry run writes nothing outside the import tables


async def test_a_background_dry_run_that_breaks_is_check_failed_and_cannot_run(db: None, client: Any,
                                                                               monkeypatch: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))

    async def broken(rows: Any, reject: Any, failed: Any) -> None:
        raise RuntimeError("database went away")
    monkeypatch.setitem(importer.KINDS, importer.ImportKind.PRODUCTS,
                        dataclasses.replace(importer.KINDS[importer.ImportKind.PRODUCTS], checker=lambda: broken))
    _, resp = await client.post("/admin/api/v1/imports?kind=products&filename=old.csv&wait=false", headers=h,
                                files={"file": ("old.csv", LEGACY.encode(), "text/csv")},
                                data={"columns": json.dumps(MAP, ensure_ascii=False)})
    assert resp.status == 202, resp.text
    job_id = resp.json["job"]["id"]
    await importer.drain()
    _, resp = await client.get(f"/admin/api/v1/imports/{job_id}", headers=h)
    job = resp.json["job"]
    assert job["status"] == "check_failed" and "预检出错" in job["error"] and resp.json["rejected"] == []
    for action in ("run", "rollback"):
        _, resp = await client.post(f"/admin/api/v1/imports/{job_id}/{action}", headers=h)
        assert resp.status == 409, (action, resp.text)
