"""Does the database's schema hold every table and column of the models?

``python -m backend.schema_check``: exit 0 when it does, 1 listing what is missing (the migrations are behind
the models: ``make migrations``). ``--create`` builds the schema straight from the models into an empty
database instead (what the tests do), for a smoke run while the migrations are being regenerated.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from tortoise import Tortoise

from backend.db import tortoise_config
from backend.raw_sql import fetch
from backend.settings import get_settings


async def missing(db_url: str) -> list[str]:
    await Tortoise.init(config=tortoise_config(db_url, with_aerich=False))
    try:
        conn = Tortoise.get_connection("default")
        postgres = not db_url.startswith("sqlite")
        gaps: list[str] = []
        for app in Tortoise.apps.values():
            for model in app.values():
                table = model._meta.db_table
                if postgres:
                    rows = await fetch(conn, "SELECT column_name AS name FROM information_schema.columns "
                                             "WHERE table_schema = 'public' AND table_name = $1", [table])
                else:
                    rows = await conn.execute_query_dict(f'PRAGMA table_info("{table}")')
                have = {r["name"] for r in rows}
                if not have:
                    gaps.append(table)
                    continue
                for field in model._meta.fields_db_projection.values():
                    if field not in have:
                        gaps.append(f"{table}.{field}")
        return gaps
    finally:
        await Tortoise.close_connections()


async def create(db_url: str) -> None:
    await Tortoise.init(config=tortoise_config(db_url))
    try:
        await Tortoise.generate_schemas(safe=True)
    finally:
        await Tortoise.close_connections()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m backend.schema_check")
    parser.add_argument("--create", action="store_true", help="create the schema from the models")
    args = parser.parse_args()
    url = get_settings().db_url
    if args.create:
        asyncio.run(create(url))
        print("schema created from the models")
        return
    gaps = asyncio.run(missing(url))
    if gaps:
        print("schema behind the models (run make migrations): " + ", ".join(gaps[:40]))
        sys.exit(1)
    print("schema matches the models")


if __name__ == "__main__":
    main()
