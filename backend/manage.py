"""Operator commands: python -m backend.manage {migrate,makemigrations,demo,serve,backup,restore,authz-table,
purge-retention}."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backend.settings import Settings, get_settings


async def _migrate(settings: Settings) -> None:
    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.db import migrate
    from backend.staff.phones import seal_plain_phones

    # staff phones stored before they were sealed (a no-op once done)
    applied = await migrate(settings, then=[seal_plain_phones])
    print(f"migrations applied: {len(applied)}" + (f" ({', '.join(applied)})" if applied else ""))


async def _makemigrations(name: str, pg_url: str) -> None:
    """Regenerate the aerich migration of each dialect from the models (SQL differs per dialect)."""
    import asyncpg
    from aerich import Command
    from tortoise import Tortoise

    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.db import migrations_location, tortoise_config

    async def generate(url: str) -> None:
        location = migrations_location(url)
        command = Command(tortoise_config=tortoise_config(url), app="models", location=location)
        if not (Path(location) / "models").exists():
            await command.init_migrations(safe=True)
            print(f"{location}: initial migration written")
        else:
            await command.init()
            await command.upgrade(run_in_transaction=True)
            print(f"{location}: {await command.migrate(name) or 'no changes'}")
        await Tortoise.close_connections()

    tmp = Path(tempfile.mkdtemp())
    try:
        await generate(f"sqlite://{tmp / 'gen.sqlite3'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    dbname = f"cradle_gen_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(pg_url)
    await admin.execute(f'CREATE DATABASE "{dbname}"')
    try:
        await generate(pg_url.rsplit("/", 1)[0] + "/" + dbname)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        await admin.close()


async def _demo(settings: Settings, size: str, days: int | None) -> None:
    from tortoise import Tortoise

    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.db import init_db
    from backend.demo import load_demo
    from backend.wiring import wire

    wire()  # the demo places orders: pricing steps and order hooks as in the app
    await init_db(settings)
    try:
        for line in await load_demo(size, days=days):
            print(f"demo {line}")
    finally:
        await Tortoise.close_connections()


async def _demo_scale(settings: Settings, args: argparse.Namespace) -> None:
    from tortoise import Tortoise

    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.db import init_db
    from backend.demo.scale import ScaleSpec, generate

    await init_db(settings)
    try:
        spec = ScaleSpec(stores=args.stores or 5, skus=args.skus or 200, members=args.members or 1000,
                         days=args.days if args.days is not None else 30,
                         orders_per_store_day=args.orders_per_store_day, seed=args.seed)
        print(f"demo scale {await generate(spec)}")
    finally:
        await Tortoise.close_connections()


# The development composition (make run, the tests' servers): the local fakes on the app's own port, under
# /_fakes/ (fakes/mount.py; CRADLE_FAKES=0 or a broker leaves them out). Named by "module:function" the way
# backend.app.BLUEPRINTS names the faces, so the core never imports fakes/; production never loads them.
DEV_MOUNTS = ("fakes.mount:mount_fakes",)


def dev_mounts(settings: Settings) -> list[Callable[[Any], None]]:
    """What ``serve`` adds to the app: the development mounts, none in production."""
    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.production_guard import is_production

    if is_production(settings):
        return []
    targets = [t.partition(":") for t in DEV_MOUNTS]
    return [getattr(importlib.import_module(module), attr) for module, _, attr in targets]


def _worker_app(settings: Settings) -> Any:
    """The app of one spawned Sanic worker process, logging JSON like the main process."""
    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.app import create_app
    from backend.observability import configure_logging

    app = create_app(settings, name="cradle", mounts=dev_mounts(settings))
    configure_logging()  # after Sanic's own logging setup, which create_app ran
    return app


def _guard(settings: Settings) -> None:
    """Production mode: refuse to start (exit status 2, every problem listed) on demo or placeholder secrets,
    fakes or fake API bases (backend.production_guard). Development mode: nothing."""
    import os
    import sys

    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.production_guard import ProductionConfigError, check_startup

    try:
        asyncio.run(check_startup(settings, fakes_env=os.environ.get("CRADLE_FAKES")))
    except ProductionConfigError as exc:
        print(exc, file=sys.stderr, flush=True)
        raise SystemExit(2) from None


def serve(settings: Settings, workers: int, factory: Callable[[Settings], Any] = _worker_app) -> None:
    """Run the server: ``factory(settings)`` builds each worker's app (a module-level function, so the spawned
    workers can import it). The benchmark (bench/serve.py) passes its own, which adds its reference routes."""
    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.production_guard import mode_banner

    _guard(settings)
    print(mode_banner(settings), flush=True)
    print(f"Cradle serving on http://{settings.host}:{settings.port}  (db: {_without_password(settings.db_url)})",
          flush=True)
    if workers == 1:
        factory(settings).run(host=settings.host, port=settings.port, single_process=True,
                            access_log=False, motd=False)
        return
    # Several worker processes: each builds its own app through the loader (Sanic spawns them).
    from functools import partial

    from sanic import Sanic
    from sanic.worker.loader import AppLoader

    loader = AppLoader(factory=partial(factory, settings))
    app = loader.load()
    app.config.WORKER_ACK_TIMEOUT = 180.0  # a busy host may take longer than Sanic's 30 s to start every worker
    app.prepare(host=settings.host, port=settings.port, workers=workers, access_log=False, motd=False)
    Sanic.serve(primary=app, app_loader=loader)


def _without_password(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


async def _purge_retention(settings: Settings) -> None:
    """The retention job once (backend.audit.retention): audit rows and log files older than their retention."""
    from tortoise import Tortoise

    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.audit.retention import purge
    from backend.db import init_db

    await init_db(settings)
    try:
        r = await purge()
        print(f"audit rows removed: {r['audit_rows']} (before {r['audit_before']}); "
              f"log files removed: {r['log_files']} (before {r['logs_before']})")
    finally:
        await Tortoise.close_connections()


def _authz_table(settings: Settings) -> None:
    """Write the authorization table (backend.security.authorization) into docs/security.md."""
    # the CLI loads what a subcommand needs only when it runs (start-up cost)
    from backend.app import create_app
    from backend.security import authz_doc

    app = create_app(settings, manage_resources=False, name="cradle_authz_doc")
    changed = authz_doc.write(app)
    print(f"{authz_doc.DOC}: {'authorization table written' if changed else 'up to date'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m backend.manage")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("migrate", help="apply pending migrations")
    mk = sub.add_parser("makemigrations", help="write new migrations for model changes (both dialects)")
    mk.add_argument("name", nargs="?", default="update")
    mk.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/test", help="a PostgreSQL to diff against")
    dm = sub.add_parser("demo", help="load the demo data set (each section once)")
    dm.add_argument("--size", choices=("full", "small"), default="full")
    dm.add_argument("--days", type=int, default=None, help="days of trading history (demo: 90; scale: 30)")
    dm.add_argument("--stores", type=int, default=None, help="scale generator (PostgreSQL): number of stores")
    dm.add_argument("--skus", type=int, default=None, help="scale generator: number of SKUs")
    dm.add_argument("--members", type=int, default=None, help="scale generator: number of members")
    dm.add_argument("--orders-per-store-day", type=int, default=40, help="scale generator: counter sales per store "
                                                                          "on an ordinary weekday")
    dm.add_argument("--seed", type=int, default=21, help="scale generator: seed")
    sv = sub.add_parser("serve", help="serve the API")
    sv.add_argument("--workers", type=int, default=1)
    bk = sub.add_parser("backup", help="dump the database to a file (pg_dump custom format; SQLite copy)")
    bk.add_argument("file")
    rs = sub.add_parser("restore", help="restore a backup file into CRADLE_DB_URL (a fresh database)")
    rs.add_argument("file")
    rs.add_argument("--force", action="store_true", help="replace the tables of a non-empty database")
    sub.add_parser("authz-table", help="write the authorization table into docs/security.md")
    sub.add_parser("purge-retention", help="remove audit rows and log files older than their retention")
    args = parser.parse_args(argv)
    try:
        settings = get_settings()
    except ValueError as exc:  # CRADLE_ENV misspelt
        raise SystemExit(f"error: {exc}") from None
    if args.cmd == "migrate":
        asyncio.run(_migrate(settings))
    elif args.cmd == "makemigrations":
        asyncio.run(_makemigrations(args.name, args.pg))
    elif args.cmd == "demo":
        if args.stores or args.skus or args.members:
            asyncio.run(_demo_scale(settings, args))
        else:
            asyncio.run(_demo(settings, args.size, args.days))
    elif args.cmd == "authz-table":
        _authz_table(settings)
    elif args.cmd == "purge-retention":
        asyncio.run(_purge_retention(settings))
    elif args.cmd == "serve":
        serve(settings, args.workers)
    elif args.cmd in ("backup", "restore"):
        # the CLI loads what a subcommand needs only when it runs (start-up cost)
        from backend import backup

        try:
            if args.cmd == "backup":
                print(f"backup written: {backup.backup(settings.db_url, args.file)}")
            else:
                backup.restore(settings.db_url, args.file, force=args.force)
                print(f"restored {args.file} into {settings.db_url.rsplit('@', 1)[-1]}")
        except backup.BackupError as exc:
            raise SystemExit(f"error: {exc}") from exc


if __name__ == "__main__":
    main()
