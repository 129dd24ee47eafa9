"""Backup and restore through the operator command: a restore into a fresh database gives the same row count
in every table and the same stock, row by row."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse

import asyncpg
from tortoise import Tortoise

from backend import backup
from backend.demo import load_demo
from backend.settings import ROOT, Settings
from tests.fixtures import TEST_PG, _pg_admin, _with_db

STOCK_SQL = ("SELECT sku_id, location_id, batch_id, on_hand, reserved FROM stocks "
             "ORDER BY sku_id, location_id, batch_id")


def _manage(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRADLE_DB_URL": db_url}
    return subprocess.run([sys.executable, "-m", "backend.manage", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


async def _snapshot(db_url: str) -> tuple[dict[str, int], list[tuple[int, ...]]]:
    tables = backup.table_names(db_url)
    if db_url.startswith("sqlite://"):
        with sqlite3.connect(db_url[len("sqlite://"):]) as conn:
            counts = {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
            return counts, [tuple(r) for r in conn.execute(STOCK_SQL)]
    conn = await asyncpg.connect(db_url)
    try:
        counts = {t: await conn.fetchval(f'SELECT COUNT(*) FROM "{t}"') for t in tables}
        return counts, [tuple(r) for r in await conn.fetch(STOCK_SQL)]
    finally:
        await conn.close()


async def test_restore_into_a_fresh_database_gives_identical_rows_and_stock(db, settings: Settings,
                                                                         tmp_path: Path) -> None:
    await load_demo("small")
    before = await _snapshot(settings.db_url)
    counts, stock = before
    assert counts["stocks"] > 0 and counts["orders"] > 0 and counts["journal_lines"] > 0
    assert any(row[4] > 0 for row in stock) or any(row[3] > 0 for row in stock)

    dump = tmp_path / "cradle.dump"
    out = _manage(settings.db_url, "backup", str(dump))
    assert out.returncode == 0, out.stderr
    assert dump.stat().st_size > 0

    if TEST_PG:
        name = f"cradle_r_{uuid.uuid4().hex[:10]}"
        await _pg_admin(TEST_PG, f'CREATE DATABASE "{name}"')
        target = _with_db(settings.db_url, name)
    else:
        target = f"sqlite://{tmp_path / 'restored.sqlite3'}"
    try:
        out = _manage(target, "restore", str(dump))
        assert out.returncode == 0, out.stderr
        after = await _snapshot(target)
        assert after[0] == counts  # every table, same row count
        assert after[1] == stock  # every stock row: same sku, location, batch, on hand and reserved
        # A second restore into the now non-empty database is refused and changes nothing.
        again = _manage(target, "restore", str(dump))
        assert again.returncode != 0 and "fresh database" in again.stderr
        assert await _snapshot(target) == after
    finally:
        if TEST_PG:
            await _pg_admin(TEST_PG, f'DROP DATABASE IF EXISTS "{urlparse(target).path.lstrip("/")}" WITH (FORCE)')
    assert Tortoise.get_connection("default")  # the session database is untouched
    assert await _snapshot(settings.db_url) == before
