"""Backup and restore of the whole database (``python -m backend.manage backup|restore <file>``).

PostgreSQL: ``pg_dump --format=custom`` (compressed, restorable table by table, independent of the server's
version within the same major line) and ``pg_restore --single-transaction``: a restore either lands whole or
leaves the target as it was. SQLite: the online backup API (a consistent copy even while the app writes).
A restore refuses a target that already holds Cradle tables unless ``force`` (then it replaces them).

``counted_backup`` writes a backup and counts the rows of every table in the very snapshot it dumped
(PostgreSQL: ``pg_export_snapshot`` in a repeatable-read transaction, ``pg_dump --snapshot``; SQLite: the copy
is taken on the connection whose read transaction counted), so a verification that restores the file and
counts again (backend.ops.backups) compares like with like while the application keeps writing.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import asyncpg

from backend.db import dialect, normalise_db_url

TABLES_SQL = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"


class BackupError(RuntimeError):
    pass


def _sqlite_path(url: str) -> Path:
    return Path(url[len("sqlite://"):])


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore/psql, with the password in the environment, not argv."""
    p = urlparse(normalise_db_url(url))
    env = dict(os.environ)
    if p.password:
        env["PGPASSWORD"] = unquote(p.password)
    args = ["-h", p.hostname or "127.0.0.1", "-p", str(p.port or 5432), "-U", unquote(p.username or "postgres"),
            "-d", (p.path or "/postgres").lstrip("/")]
    return args, env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} not found: install the PostgreSQL client (apt-get install postgresql-client)")
    return found


def _run(cmd: list[str], env: dict[str, str]) -> str:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BackupError(f"{Path(cmd[0]).name} failed ({proc.returncode}): {proc.stderr.strip()[:2000]}")
    return proc.stdout


def backup(db_url: str, target: str | Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if dialect(db_url) == "sqlite":
        src = sqlite3.connect(_sqlite_path(db_url))
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return target
    args, env = _libpq(db_url)
    _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl", "--file", str(target), *args], env)
    return target


def table_names(db_url: str) -> list[str]:
    if dialect(db_url) == "sqlite":
        path = _sqlite_path(db_url)
        if not path.exists():
            return []
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
            return sorted(r[0] for r in rows)
    args, env = _libpq(db_url)
    out = _run([_tool("psql"), "-At", "-c", TABLES_SQL, *args], env)
    return [line for line in out.splitlines() if line]


def restore(db_url: str, source: str | Path, *, force: bool = False) -> None:
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    existing = table_names(db_url)
    if existing and not force:
        raise BackupError(f"the target database already holds {len(existing)} tables; restore into a fresh "
                          "database, or pass --force to replace them")
    if dialect(db_url) == "sqlite":
        path = _sqlite_path(db_url)
        path.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(source)
        dst = sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return
    args, env = _libpq(db_url)
    cmd = [_tool("pg_restore"), "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"]
    if force:
        cmd += ["--clean", "--if-exists"]
    _run([*cmd, *args, str(source)], env)


def _sqlite_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")]
    return {t: int(conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in names}


async def _pg_counts(conn: asyncpg.Connection) -> dict[str, int]:
    names = [r[0] for r in await conn.fetch(TABLES_SQL)]
    return {t: int(await conn.fetchval(f'SELECT COUNT(*) FROM "{t}"')) for t in names}


def _sqlite_counted_backup(db_url: str, target: Path) -> dict[str, int]:
    src = sqlite3.connect(_sqlite_path(db_url), isolation_level=None)
    dst = sqlite3.connect(target)
    try:
        src.execute("BEGIN")  # one read transaction: the counts and the copy see the same database
        counts = _sqlite_counts(src)
        src.backup(dst)
        src.execute("COMMIT")
        return counts
    finally:
        dst.close()
        src.close()


async def counted_backup(db_url: str, target: str | Path) -> dict[str, int]:
    """Write a backup to ``target`` and return the row count of every table in the snapshot that was dumped."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if dialect(db_url) == "sqlite":
        return await asyncio.to_thread(_sqlite_counted_backup, db_url, target)
    args, env = _libpq(db_url)
    conn = await asyncpg.connect(normalise_db_url(db_url))
    try:
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            snapshot = await conn.fetchval("SELECT pg_export_snapshot()")
            counts = await _pg_counts(conn)
            await asyncio.to_thread(_run, [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl",
                                           f"--snapshot={snapshot}", "--file", str(target), *args], env)
        return counts
    finally:
        await conn.close()


async def row_counts(db_url: str) -> dict[str, int]:
    """The row count of every table of a database (a restored scratch copy)."""
    if dialect(db_url) == "sqlite":
        def count() -> dict[str, int]:
            with sqlite3.connect(_sqlite_path(db_url)) as conn:
                return _sqlite_counts(conn)
        return await asyncio.to_thread(count)
    conn = await asyncpg.connect(normalise_db_url(db_url))
    try:
        return await _pg_counts(conn)
    finally:
        await conn.close()
