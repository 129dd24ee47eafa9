"""Every periodic job, in one list that both Celery beat (``beat_schedule()``, installed by
backend.wiring.compose_worker) and the embedded scheduler of ``make run`` (``backend.tasks.embedded``) read. A job is an async function without arguments,
named "module:function"; add yours here (one line)."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from backend.channels.config import sync_config
from backend.crm.config import crm_config
from backend.settings import get_settings
from backend.tasks.celery_app import PERIODIC_TASK


@dataclass(frozen=True)
class Job:
    name: str
    interval_s: float
    target: str  # "module:async function" called without arguments

    def function(self) -> Callable[[], Awaitable[Any]]:
        module, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module), attr)


def jobs() -> list[Job]:
    cfg = sync_config()
    return [
        Job("channels.relay", cfg.relay_interval_s, "backend.channels.sync:relay"),
        Job("channels.shipments", cfg.relay_interval_s, "backend.channels.shipments:push_due"),
        Job("channels.pull", cfg.pull_interval_s, "backend.channels.ingestion:pull_all"),
        Job("channels.reconcile", cfg.reconcile_interval_s, "backend.channels.reconciliation:reconcile"),
        Job("staff.notifications", 5.0, "backend.messaging.notifications:deliver_due"),
        Job("partners.webhooks", 5.0, "backend.partners.webhooks:deliver_due"),
        Job("partners.prune_tokens", 3600.0, "backend.partners.oauth:prune_tokens"),
        Job("orders.release_expired", 60.0, "backend.orders.expiry:release_expired_reservations"),
        Job("orders.refunds", 10.0, "backend.orders.refunds:work_due"),
        Job("invoicing.send", 30.0, "backend.invoicing.service:work_due"),  # e-invoices to the platform
        Job("codepay.reconcile", 60.0, "backend.codepay.abandoned_charges:reconcile_abandoned_charges"),
        Job("live.housekeeping", 15.0, "backend.live.tasks:housekeeping"),
        Job("members.expire_points", 3600.0, "backend.members.points:expire_points"),
        Job("members.expire_coupons", 3600.0, "backend.members.coupons:expire_coupons"),
        Job("members.care_reminders", 86400.0, "backend.members.reminders:care_reminders_job"),
        # certificates 30 / 7 days before expiry: one WeCom notice per certificate and threshold (docs/hr.md)
        Job("hr.certificate_expiry", 86400.0, "backend.hr.certificates:send_expiry_notices"),
        # hourly, sends once a day per recipient from 08:00 (backend.stock.digest)
        Job("stock.daily_digest", 3600.0, "backend.stock.digest:send_daily_digests"),
        # customer communications: start due campaigns, send due SMS / e-mail, close finished campaigns
        Job("crm.dispatch", crm_config().dispatch_interval_s, "backend.crm.tasks:dispatch_job"),
        Job("security.prune", 3600.0, "backend.security.sessions:prune"),
        Job("audit.retention", 86400.0, "backend.audit.retention:purge"),  # PIPL: audit rows and log files
        # back up, restore into a scratch database, compare row counts; alert HQ on failure (docs/ops.md)
        Job("ops.backup", get_settings().backup_interval_s, "backend.ops.backups:scheduled"),
        # low stock, near expiry, dead letters, failed or stuck refunds: one alert per condition a day (docs/ops.md)
        Job("ops.alerts", get_settings().alert_scan_interval_s, "backend.ops.scanners:scan_all"),
    ]


def beat_schedule() -> dict[str, dict[str, Any]]:
    """Celery beat's schedule: every job as one ``cradle.periodic`` message per interval, expiring unrun."""
    return {j.name: {"task": PERIODIC_TASK, "schedule": j.interval_s, "args": (j.name,),
                     "options": {"expires": max(j.interval_s * 2, 5.0)}}
            for j in jobs()}


def job(name: str) -> Job:
    for j in jobs():
        if j.name == name:
            return j
    raise KeyError(name)
