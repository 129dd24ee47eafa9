"""The alert scanners: conditions found in the data, raised through the alert channel (backend.ops.alerts).

    the "ops.alerts" job (backend.tasks.schedule, every ``alert_scan_interval_s``) ──scan_all()──>
        low stock     sellable (on hand - reserved, unexpired batches) at or under the SKU's reorder point
                      (``skus.low_stock_threshold``, the figure of the stock digest), per SKU x location:
                      a store -> its store managers; a warehouse -> the purchasers
        near expiry   batches with stock left expiring within ``alert_near_expiry_days`` (today included):
                      a store -> its store managers; a warehouse -> HQ admins
        dead letters  open (or replaying) marketplace push dead letters, per shop -> HQ admins
        refunds       refunds the provider refused or whose retries ran out (failed), and WeChat Pay / Alipay
                      refunds pending longer than ``alert_refund_stuck_s`` -> finance
        e-invoices    invoices the e-invoice platform refused (failed) -> finance

Each condition has a key (``ST-001:SKU-1001``, ``ST-001:SKU-1001:B1``, ``shop:taobao``, ``refund:R...``) and is
raised at most once a China day (``ops_alerts`` is unique per kind, key and day); the conditions of one location
(or shop, or all refunds) found in one pass go out as one WeCom text. A condition that still holds tomorrow
alerts again tomorrow; a healthy system raises nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from backend.channels.models import ChannelAccount, DeadLetter, DeadLetterStatus
from backend.invoicing.models import INVOICE_KIND_ZH, EInvoice, InvoiceStatus
from backend.money import yuan
from backend.ops import alerts
from backend.ops.alerts import Condition
from backend.orders.models import Refund, RefundStatus
from backend.org.models import Location, LocationKind, Role
from backend.settings import get_settings
from backend.stock import alerts as stock_alerts
from backend.timestamps import CHINA, business_today

log = logging.getLogger("cradle.ops.scanners")

GATEWAYS_ZH = {"wechat": "微信支付", "alipay": "支付宝"}


def _by_location(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in items:
        out[i["location_code"]].append(i)
    return out


async def scan_low_stock(on: dt.date | None = None) -> int:
    """One alert per SKU x location at or under its reorder point; returns how many were raised now."""
    on = on or business_today()
    found = _by_location((await stock_alerts.low_stock(on=on))["items"])
    locs = {loc.code: loc for loc in await Location.filter(code__in=list(found))}
    raised = 0
    for code, items in sorted(found.items()):
        loc = locs[code]
        conditions = [Condition(f"{code}:{i['sku_code']}",
                                f"{loc.name}（{code}）{i['name']}（{i['sku_code']}）可售 {i['sellable']}，"
                                f"补货点 {i['threshold']}，缺 {i['shortage']}") for i in items]
        if loc.kind == LocationKind.WAREHOUSE:
            rows = await alerts.raise_alerts(alerts.LOW_STOCK, conditions, heading=f"{loc.name}（{code}）库存不足，请补货",
                                             location_id=loc.id, on=on, role=Role.PURCHASER)
        else:
            rows = await alerts.raise_alerts(alerts.LOW_STOCK, conditions, heading=f"{loc.name}（{code}）库存不足",
                                             location_id=loc.id, on=on)
        raised += len(rows)
    return raised


async def scan_near_expiry(on: dt.date | None = None, *, days: int | None = None) -> int:
    """One alert per batch with stock left expiring within the window, per location."""
    on = on or business_today()
    window = get_settings().alert_near_expiry_days if days is None else days
    found = _by_location((await stock_alerts.near_expiry(days=window, on=on))["items"])
    locs = {loc.code: loc for loc in await Location.filter(code__in=list(found))}
    raised = 0
    for code, items in sorted(found.items()):
        loc = locs[code]
        conditions = [Condition(f"{code}:{i['sku_code']}:{i['batch_no']}"[:96],
                                f"{loc.name}（{code}）{i['name']}（{i['sku_code']}）批次 {i['batch_no']} "
                                f"{i['expiry_date']} 到期（剩 {i['days_to_expiry']} 天），库存 {i['on_hand']}")
                      for i in items]
        role = Role.HQ_ADMIN if loc.kind == LocationKind.WAREHOUSE else None
        rows = await alerts.raise_alerts(alerts.NEAR_EXPIRY, conditions, heading=f"{loc.name}（{code}）临期商品",
                                         location_id=loc.id, on=on, role=role)
        raised += len(rows)
    return raised


async def scan_dead_letters(on: dt.date | None = None) -> int:
    """One alert per marketplace shop with open push dead letters (the count and the newest errors)."""
    on = on or business_today()
    letters = await DeadLetter.filter(status__in=[DeadLetterStatus.OPEN, DeadLetterStatus.REPLAYING]) \
        .order_by("-id").values("account_id", "kind", "error")
    per_shop: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for d in letters:
        per_shop[int(d["account_id"])].append(d)
    shops = {a.id: a for a in await ChannelAccount.filter(id__in=list(per_shop))}
    raised = 0
    for account_id, rows in sorted(per_shop.items()):
        shop = shops[account_id]
        kinds = {"stock": 0, "shipment": 0}
        for d in rows:
            kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
        what = "，".join(f"{'库存' if k == 'stock' else '发货'} {n} 条" for k, n in kinds.items() if n)
        text = (f"{shop.name or shop.platform}（{shop.platform}）有 {len(rows)} 条推送死信（{what}），"
                f"最近错误：{(rows[0]['error'] or '无')[:80]}。请在后台「渠道·死信」处理后重放")
        raised += len(await alerts.raise_alerts(alerts.DEAD_LETTER, [Condition(f"shop:{shop.platform}", text)],
                                                on=on))
    return raised


async def scan_refunds(now: datetime | None = None, on: dt.date | None = None) -> int:
    """One alert per failed refund and per gateway refund pending longer than ``alert_refund_stuck_s``."""
    now = now or datetime.now(UTC)
    on = on or now.astimezone(CHINA).date()
    stuck_before = now - timedelta(seconds=get_settings().alert_refund_stuck_s)
    rows = await Refund.filter(
        Q(status=RefundStatus.FAILED)
        | Q(status=RefundStatus.PENDING, gateway__in=list(GATEWAYS_ZH), created_at__lt=stuck_before)
    ).order_by("id").select_related("order")
    conditions = []
    for r in rows:
        via = GATEWAYS_ZH.get(r.gateway, r.method or r.gateway)
        if r.status == RefundStatus.FAILED:
            text = (f"订单 {r.order.order_no} 的{via}退款 {yuan(r.amount_fen)}（退款单 {r.refund_no}）失败："
                    f"{(r.last_error or '无应答')[:80]}")
        else:
            hours = int((now - r.created_at).total_seconds() // 3600)
            text = (f"订单 {r.order.order_no} 的{via}退款 {yuan(r.amount_fen)}（退款单 {r.refund_no}）"
                    f"已 {hours} 小时未到账")
        conditions.append(Condition(f"refund:{r.refund_no}", text))
    if not conditions:
        return 0
    return len(await alerts.raise_alerts(alerts.REFUND_FAILED, conditions,
                                         heading="退款未完成，请在后台「退款」核对后重试或线下处理", on=on))


async def scan_einvoices(on: dt.date | None = None) -> int:
    """One alert per e-invoice the platform refused (failed), to finance: fix the buyer's details and retry."""
    on = on or business_today()
    rows = await EInvoice.filter(status=InvoiceStatus.FAILED).order_by("id").select_related("order")
    conditions = [Condition(f"einvoice:{i.serial_no}",
                            f"订单 {i.order.order_no} 的{INVOICE_KIND_ZH[i.kind]} {yuan(i.total_fen)}"
                            f"（{i.buyer_name}）开具失败：{i.error[:80] or '平台拒绝'}") for i in rows]
    if not conditions:
        return 0
    return len(await alerts.raise_alerts(alerts.EINVOICE_FAILED, conditions,
                                         heading="电子发票开具失败，请在后台「电子发票」核对后重试", on=on))


async def scan_all() -> str:
    """The "ops.alerts" job: every scanner; one failing scanner does not stop the others."""
    counts: dict[str, int | str] = {}
    for name, scan in (("low_stock", scan_low_stock), ("near_expiry", scan_near_expiry),
                       ("dead_letter", scan_dead_letters), ("refund_failed", scan_refunds),
                       ("einvoice_failed", scan_einvoices)):
        try:
            counts[name] = await scan()
        except Exception:  # logged; the next pass tries again
            log.exception("alert scanner %s failed", name)
            counts[name] = "error"
    return "alerts raised: " + ", ".join(f"{k} {v}" for k, v in counts.items())
