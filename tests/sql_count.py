"""Count the SQL statements a piece of code sends through Tortoise (every query of the ORM and of
backend.raw_sql goes through a client's execute_* method, which logs it on "tortoise.db_client" at DEBUG).

    with counting_statements() as statements:
        _, resp = await client.get("/api/v1/stock?sku_code=X", headers=auth(clerk))
    assert len(statements) == 1, statements

Transactions' BEGIN/COMMIT are not statements of a client method and are not counted; a read path has none.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

EXECUTE = frozenset({"execute_insert", "execute_many", "execute_query", "execute_query_dict", "execute_script"})


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.funcName in EXECUTE:
            self.statements.append(str(record.args[0]) if record.args else str(record.msg))


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    """Yields the list of statements sent while the block runs (SQL text, one entry per statement)."""
    log = logging.getLogger("tortoise.db_client")
    handler, level = _Collect(), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        yield handler.statements
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
