"""Today's campaign results (the WeCom bot's 今日营销 and GET /admin/api/v1/crm/today): every campaign that sent
or was due today (China time), with its deliveries by status, and today's unsubscribes."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q

from backend.crm.campaigns import delivery_counts
from backend.crm.models import CHANNEL_NAMES_ZH, STATUS_NAMES_ZH, Campaign, CampaignStatus, ConsentEvent
from backend.timestamps import business_today, day_bounds, iso


async def today() -> dict[str, Any]:
    day = business_today()
    start, end = day_bounds(day, day)
    rows = await Campaign.filter(
        Q(started_at__gte=start, started_at__lt=end) | Q(finished_at__gte=start, finished_at__lt=end)
        | Q(status=CampaignStatus.SENDING)
        | Q(status=CampaignStatus.APPROVED, scheduled_at__gte=start, scheduled_at__lt=end)).order_by("id")
    counts = await delivery_counts([c.id for c in rows])
    items = []
    for c in rows:
        n = counts[c.id]
        items.append({
            "id": c.id, "code": c.code, "name": c.name, "channel": c.channel.value,
            "channel_name": CHANNEL_NAMES_ZH[c.channel], "status": c.status.value,
            "status_name": STATUS_NAMES_ZH[c.status], "recipients": c.recipients,
            "sent": n.get("sent", 0) + n.get("delivered", 0) + n.get("undelivered", 0),
            "delivered": n.get("delivered", 0), "failed": n.get("failed", 0) + n.get("undelivered", 0),
            "pending": n.get("pending", 0) + n.get("sending", 0), "skipped": n.get("skipped", 0),
        })
    unsubscribed = await ConsentEvent.filter(granted=False, created_at__gte=start, created_at__lt=end).count()
    return {"date": iso(day), "campaigns": items, "unsubscribed": unsubscribed}
