"""The morning stock digest (low stock, near expiry, expired on the shelf) sent to staff through WeCom.

Recipients: every active store manager bound to WeCom gets the stores (and any other location) they are bound
to; every active HQ admin bound to WeCom gets the warehouses. Each recipient gets one text message a day, only
when one of their locations has something to report.

The job ("stock.daily_digest" in backend.tasks.schedule) runs every hour, by Celery beat in production and by
the web app's embedded runner under ``make run``; from DIGEST_HOUR (Asia/Shanghai) on it queues the day's
digests in the staff notification outbox (backend.messaging.notifications), whose dedupe key
``stock_digest:<date>:<wecom user id>`` makes it once per day per recipient: later runs of the same day, two
workers at once or a restart add nothing. The outbox delivers them with its retries.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.messaging import notifications
from backend.money import yuan
from backend.org.models import Location, LocationKind, Role, User, UserLocation
from backend.stock import alerts
from backend.timestamps import CHINA

log = logging.getLogger("cradle.stock.digest")

KIND = notifications.KIND_STOCK_DIGEST
DIGEST_HOUR = 8  # local hour from which the day's digest goes out
NEAR_EXPIRY_DAYS = 30
ITEMS_PER_SECTION = 5
MAX_CONTENT_BYTES = 2000  # WeCom text messages take at most 2048 bytes


def dedupe_key(on: dt.date, wecom_userid: str) -> str:
    return f"{KIND}:{on.isoformat()}:{wecom_userid}"


async def recipients() -> dict[str, set[str]]:
    """WeCom user id -> the location codes whose digest that person gets."""
    out: dict[str, set[str]] = defaultdict(set)
    rows = await UserLocation.filter(user__role=Role.STORE_MANAGER, user__is_active=True,
                                     user__wecom_userid__isnull=False, location__is_active=True).values_list(
        "user__wecom_userid", "location__code")
    for userid, code in rows:
        out[str(userid)].add(str(code))
    warehouses = await Location.filter(kind=LocationKind.WAREHOUSE, is_active=True).values_list("code", flat=True)
    if warehouses:
        for userid in await User.filter(role=Role.HQ_ADMIN, is_active=True,
                                        wecom_userid__isnull=False).values_list("wecom_userid", flat=True):
            out[str(userid)].update(str(c) for c in warehouses)
    return dict(out)


def _section(title: str, items: list[dict[str, Any]], line: Any) -> list[str]:
    if not items:
        return []
    lines = [f"【{title}】{len(items)} 项"]
    lines += [line(i) for i in items[:ITEMS_PER_SECTION]]
    if len(items) > ITEMS_PER_SECTION:
        lines.append(f"……另有 {len(items) - ITEMS_PER_SECTION} 项，请在后台查看")
    return lines


def content_for(digest: dict[str, Any], codes: set[str]) -> str | None:
    """The message for one recipient (None: nothing to report at their locations)."""
    low = [i for i in digest["low_stock"]["items"] if i["location_code"] in codes]
    near = [i for i in digest["near_expiry"]["items"] if i["location_code"] in codes]
    gone = [i for i in digest["expired"]["items"] if i["location_code"] in codes]
    if not (low or near or gone):
        return None
    names = sorted({i["location_name"] for i in low + near + gone})
    lines = [f"库存日报 {digest['date']}（{'、'.join(names)}）"]
    lines += _section("低库存", low, lambda i: f"{i['location_name']} {i['name']}（{i['sku_code']}）"
                                             f"可售 {i['sellable']}，预警线 {i['threshold']}")
    lines += _section(f"{NEAR_EXPIRY_DAYS}天内临期", near,
                      lambda i: f"{i['location_name']} {i['name']} 批次{i['batch_no']} {i['on_hand']}件，"
                                f"{i['expiry_date']} 到期（{i['days_to_expiry']}天）")
    if near:
        lines.append(f"临期货值 {yuan(sum(i['value_at_risk_fen'] for i in near))}")
    lines += _section("已过期仍在库", gone,
                      lambda i: f"{i['location_name']} {i['name']} 批次{i['batch_no']} {i['on_hand']}件，"
                                f"{i['expiry_date']} 已过期，请报损下架")
    text = "\n".join(lines)
    while len(text.encode()) > MAX_CONTENT_BYTES:
        text = text[: len(text) - 50]
    return text


async def send_daily_digests(on: dt.date | None = None, *, now: dt.datetime | None = None) -> int:
    """Queue today's digest for every recipient who has not had it (see the module's notes). `on` given: that
    day's digest regardless of the hour (tests, a manual run). Returns how many were queued."""
    if on is None:
        local = (now or dt.datetime.now(CHINA)).astimezone(CHINA)
        if local.hour < DIGEST_HOUR:
            return 0
        on = local.date()
    who = await recipients()
    if not who:
        return 0
    digest = await alerts.daily_digest(days=NEAR_EXPIRY_DAYS, on=on)
    queued = 0
    for userid, codes in sorted(who.items()):
        content = content_for(digest, codes)
        if content is None:
            continue
        try:
            async with in_transaction() as conn:
                row = await notifications.enqueue(conn, kind=KIND, user_ids=[userid],
                                                  payload=notifications.text_payload(content),
                                                  dedupe_key=dedupe_key(on, userid))
        except IntegrityError:  # a concurrent run queued it first
            row = None
        if row is not None:
            queued += 1
    if queued:
        notifications.kick()
    log.info("stock digest %s: %s queued for %s recipients", on, queued, len(who))
    return queued
