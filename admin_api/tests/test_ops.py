"""Admin operations routes: HQ reads the backup runs and the alerts; other back-office roles are refused."""

from __future__ import annotations

import dataclasses
from typing import Any

from backend.ops import alerts, backups
from backend.org.models import Role
from backend.settings import use_settings
from tests.factories import auth, make_user


async def test_backup_runs_and_alerts_for_hq_only(db: None, client: Any, settings: Any, tmp_path: Any) -> None:
    use_settings(dataclasses.replace(settings, backup_dir=str(tmp_path)))
    try:
        run = await backups.run_backup_check()
    finally:
        use_settings(settings)
    await alerts.raise_alert(alerts.BACKUP_FAILED, "backup", "测试")
    hq = auth(await make_user(Role.HQ_ADMIN, username="hq1"))
    fin = auth(await make_user(Role.FINANCE, username="fin1"))
    _, r = await client.get("/admin/api/v1/backups", headers=hq)
    assert r.status == 200, r.text
    assert r.json["total"] == 1 and r.json["items"][0]["id"] == run.id and r.json["items"][0]["status"] == "ok"
    assert r.json["items"][0]["counts"]["users"] == [0, 0]
    _, r = await client.get("/admin/api/v1/backups?status=failed", headers=hq)
    assert r.status == 200 and r.json["total"] == 0
    _, r = await client.get("/admin/api/v1/backups?status=nope", headers=hq)
    assert r.status == 400 and r.json["error"]["code"]
    _, r = await client.get("/admin/api/v1/alerts?kind=backup_failed", headers=hq)
    assert r.status == 200 and [a["message"] for a in r.json["items"]] == ["【备份失败】测试"]
    for url in ("/admin/api/v1/backups", "/admin/api/v1/alerts"):
        _, r = await client.get(url, headers=fin)
        assert r.status == 403
