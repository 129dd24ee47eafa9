"""The core's composition: what one domain plugs into another, registered in one place at start-up.

A lower domain that must react to a higher one declares a hook list or a pricing-step registry; the higher one
provides a plain function; this module connects the two. Nothing registers itself when it is imported, so what
runs never depends on which modules happen to be loaded. ``wire()`` is called by every composition root:

- ``backend.app.create_app`` (the API, the WeCom bot's callback and admin_api are faces of that app),
- the Celery worker (``backend.tasks.celery_app``, on worker start),
- ``python -m backend.manage demo`` (the demo places orders without an app),
- the tests' session fixture (tests/fixtures.py).

It is idempotent: calling it again adds nothing.

    pricing steps (backend.orders.pricing, by stage):  promotions 10 -> coupons 20 -> points 30
                                                       -> platform / legacy / offline-counter prices 1000
                                                          (replace all)
    order hooks: PAID / REFUND / CANCEL (backend.orders) <- members.checkout (points earned, given back; coupons)
                 SHIPPED (backend.orders.fulfilment)     <- channels.shipments (the marketplace's shipment push)
                 PLACED / PAID / SHIPPED, RELAYED (channels.sync) <- partners.webhooks (the partners' webhook outbox)
    ports: the staff messenger (backend.messaging.messenger) <- integrations.wecom.WeComMessenger
           the shoppers' account model (backend.security.actor) <- backend.members.models.Member
           the payment gateways (backend.orders.gateways) <- integrations.wechat.pay, integrations.alipay.barcode
           the mini-program platform (backend.members.wechat) <- integrations.wechat.miniprogram
           stored value (backend.orders.stored_value) <- members.balance (ledger), members.paycode (one-time code)
           the counter's payment-code sale (backend.orders.code_sale) <- backend.codepay.counter.sell
           purchase costs (backend.stock.cost_check) <- purchasing.receiving (last cost), purchasing.policy (band)
           the partner gate (backend.security.authorization) <- partners.access.admit (token, rate limit, scope)
           SMS and e-mail (backend.crm.senders) <- integrations.aliyun.sms, integrations.smtp.mailer
    SHIPPED (backend.orders.fulfilment) <- crm.transactional (the member's "parcel shipped" SMS, no consent needed)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from backend.channels import ingestion, shipments, sync
from backend.codepay import counter
from backend.crm import senders, transactional
from backend.imports import open_orders
from backend.invoicing import provider as einvoice_port
from backend.invoicing import service as einvoices
from backend.members import balance, checkout, paycode, wechat
from backend.members.models import Member
from backend.messaging import messenger
from backend.orders import (
    code_sale,
    fulfilment,
    gateways,
    offline,
    payments,
    placement,
    pricing,
    refunds,
    returns,
    review,
    stored_value,
)
from backend.partners import access, webhooks
from backend.promotions import engine
from backend.purchasing import policy, receiving
from backend.security import actor, authorization
from backend.stock import cost_check
from integrations.alipay import barcode
from integrations.aliyun import sms
from integrations.baiwang import einvoice
from integrations.smtp import mailer
from integrations.wechat import miniprogram, pay
from integrations.wecom.messenger import WeComMessenger

_wired = False


def _hook(hooks: list[Any], fn: Callable[..., Any]) -> None:
    if fn not in hooks:
        hooks.append(fn)


def wire() -> None:
    """Register every pricing step and order hook (once per process)."""
    global _wired
    if _wired:
        return
    pricing.register_step(engine.apply_promotions, stage=pricing.STAGE_PROMOTIONS)
    pricing.register_step(checkout.coupon_step, stage=pricing.STAGE_COUPONS)
    pricing.register_step(checkout.points_step, stage=pricing.STAGE_POINTS)
    pricing.register_step(ingestion.platform_pricing, stage=pricing.STAGE_AS_SOLD)
    pricing.register_step(open_orders.legacy_pricing, stage=pricing.STAGE_AS_SOLD)
    pricing.register_step(offline.offline_pricing, stage=pricing.STAGE_AS_SOLD)

    _hook(payments.PAID_HOOKS, checkout.on_paid)
    _hook(refunds.REFUND_HOOKS, checkout.on_refund)
    _hook(refunds.REFUND_HOOKS, einvoices.on_refund)  # a refund of an invoiced order: its red invoice
    _hook(returns.CANCEL_HOOKS, checkout.on_cancel)
    _hook(returns.CANCEL_HOOKS, review.on_cancel)
    _hook(fulfilment.SHIPPED_HOOKS, shipments.on_shipped)
    _hook(placement.PLACED_HOOKS, webhooks.on_placed)
    _hook(payments.PAID_HOOKS, webhooks.on_paid)
    _hook(fulfilment.SHIPPED_HOOKS, webhooks.on_shipped)
    _hook(sync.RELAYED_HOOKS, webhooks.on_stock_relayed)
    authorization.install_partner_gate(access.admit)
    _hook(fulfilment.SHIPPED_HOOKS, transactional.on_shipped)

    messenger.install(WeComMessenger())
    actor.use_member_model(Member)
    gateways.install("wechat", pay.provider)
    gateways.install("alipay", barcode.provider)
    einvoice_port.install(einvoice.provider)
    wechat.install(miniprogram.WeChatMiniProgram())
    stored_value.install(change=balance.order_balance_hook, consume=paycode.consume, owner=paycode.member_of)
    code_sale.install(counter.sell)
    senders.install(sms=sms.provider, email=mailer.provider)
    cost_check.install(cost_check.PurchaseCosts(last_cost=receiving.last_purchase_cost,
                                                band_bp=policy.adjustment_cost_band_bp))
    _wired = True
