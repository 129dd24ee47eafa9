"""The checked-in aerich migrations build the schema the models describe, on each dialect.

Runs `manage migrate` then `schema_check` as an operator would, in subprocesses, against a fresh database
(SQLite always; PostgreSQL when CRADLE_TEST_PG is set). Fails when a model changed without `make migrations`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.fixtures import TEST_PG, _pg_admin, _with_db

ROOT = Path(__file__).resolve().parent.parent


def _run(module: str, db_url: str) -> str:
    env = {**os.environ, "CRADLE_DB_URL": db_url}
    out = subprocess.run([sys.executable, "-m", *module.split()], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def _migrate_and_check(db_url: str) -> None:
    assert "migrations applied: 1" in _run("backend.manage migrate", db_url)
    assert "schema matches the models" in _run("backend.schema_check", db_url)
    assert "migrations applied: 0" in _run("backend.manage migrate", db_url)  # a second run changes nothing


def test_sqlite_migrations_match_models(tmp_path: Path) -> None:
    _migrate_and_check(f"sqlite://{tmp_path / 'migrated.sqlite3'}")


@pytest.mark.skipif(not TEST_PG, reason="CRADLE_TEST_PG not set")
async def test_postgres_migrations_match_models() -> None:
    name = f"cradle_mig_{uuid.uuid4().hex[:8]}"
    await _pg_admin(TEST_PG, f'CREATE DATABASE "{name}"')
    try:
        _migrate_and_check(_with_db(TEST_PG.replace("postgresql://", "postgres://"), name))
    finally:
        await _pg_admin(TEST_PG, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
