"""The bot's "并行对账": today's status of the parallel run of the sender's store, from the same service the
admin API uses; a clerk is refused, a manager of another store hears there is none."""

from __future__ import annotations

from typing import Any

from backend.imports.tests.parallel_world import build, upload_all
from backend.org.models import Role
from bots.commands import ParallelRunStatus, parse_command
from bots.dispatch import handle_command
from tests.factories import auth, make_user


def test_parse_parallel_run_status() -> None:
    for text in ("并行对账", "并行对账！", "今天并行对账情况", "查 并行对账", "双系统对账进度"):
        assert parse_command(text) == ParallelRunStatus(), text


async def test_bot_reports_todays_status(db: None, client: Any) -> None:
    w = await build()
    h = auth(w.hq)
    _, resp = await client.post("/admin/api/v1/parallel-runs", headers=h, json={"location_code": "PR1"})
    run_id = resp.json["id"]

    text = (await handle_command(w.manager, ParallelRunStatus())).text or ""
    assert "【并行测试店（PR1）】连续通过 0/3 天" in text and "今日：旧系统日结数据尚未上传" in text

    await upload_all(client, h, run_id, w)
    text = (await handle_command(w.manager, ParallelRunStatus())).text or ""
    assert "连续通过 1/3 天" in text and "今日：两边数据一致" in text
    assert f"待说明差异：{w.days[1]:%m月%d日} 2 处" in text and "暂不能签核" in text

    _, resp = await client.get(f"/admin/api/v1/parallel-runs/{run_id}/days/{w.days[1].isoformat()}", headers=h)
    for item in resp.json["items"]:
        await client.post(f"/admin/api/v1/parallel-runs/{run_id}/differences/{item['id']}/explain", headers=h,
                          json={"reason": "已核实"})
    text = (await handle_command(w.hq, ParallelRunStatus())).text or ""
    assert "连续通过 3/3 天" in text and "待说明差异" not in text and "已满足签核条件" in text

    clerk = await make_user(Role.CLERK, locations=[w.store])
    assert "只有店长和总部" in ((await handle_command(clerk, ParallelRunStatus())).text or "")
    other = await make_user(Role.STORE_MANAGER, locations=[w.other_store])
    assert (await handle_command(other, ParallelRunStatus())).text == "你的门店目前没有进行中的并行运行。"
