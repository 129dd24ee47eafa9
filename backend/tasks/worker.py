"""The Celery entry point: ``celery -A backend.tasks.worker worker`` / ``... beat``. The app of
backend.tasks.celery_app, composed by backend.wiring.compose_worker (task modules, beat schedule, start and stop).
"""

from __future__ import annotations

from backend.tasks.celery_app import app
from backend.wiring import compose_worker

compose_worker(app)

__all__ = ["app"]
