"""Backup and restore of the whole database (``python -m backend.manage backup|restore <file>``).

PostgreSQL: ``pg_dump --format=custom`` (compressed, restorable table by table, independent of the server's
version within the same major line) and ``pg_restore --single-transaction``: a restore either lands whole or
leaves the target as it was. SQLite: the online backup API (a consistent copy even while the app writes).
A restore refuses a target that already holds Cradle tables unless ``force`` (then it replaces them).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

from backend.db import dialect, normalise_db_url


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
    out = _run([_tool("psql"), "-At", "-c",
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", *args], env)
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
