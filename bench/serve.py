"""The server the benchmarks drive: ``python -m backend.manage serve`` plus the reference routes of
bench/routes.py (/_bench/const, /_bench/stock), same app, same workers, same settings (CRADLE_* variables).

    CRADLE_DB_URL=postgres://.../db .venv/bin/python -m bench.serve --workers 2

Refuses to start in production mode (CRADLE_ENV=production): the reference routes answer without auth.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sanic.worker.manager import WorkerManager  # noqa: E402

from backend.settings import Settings, get_settings  # noqa: E402


def bench_app(settings: Settings) -> Any:
    """One worker's app: the development composition of `manage serve` and the bench's reference routes."""
    from backend.app import create_app
    from backend.manage import dev_mounts
    from backend.observability import configure_logging
    from bench.routes import mount

    app = create_app(settings, name="cradle", mounts=[*dev_mounts(settings), mount])
    configure_logging()
    return app


def main() -> None:
    from backend.manage import serve
    from backend.production_guard import is_production

    p = argparse.ArgumentParser(prog="python -m bench.serve")
    p.add_argument("--workers", type=int, default=1)
    a = p.parse_args()
    settings = get_settings()
    if is_production(settings):
        raise SystemExit("bench.serve: not in production (its reference routes answer without auth)")
    # Sanic gives every worker 30 s to come up (WorkerManager.THRESHOLD, tenths of a second) whatever the config
    # says; on a host loaded by other runs importing the app takes longer, and the start fails.
    WorkerManager.THRESHOLD = 2400
    serve(settings, a.workers, factory=bench_app)


if __name__ == "__main__":
    main()
