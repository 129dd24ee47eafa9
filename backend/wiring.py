"""The core's composition: what one domain plugs into another, registered in one place at start-up.

A lower domain that must react to a higher one declares a hook list or a pricing-step registry; the higher one
provides a plain function; this module connects the two. Nothing registers itself when it is imported, so what
runs never depends on which modules happen to be loaded. ``wire()`` is called by every composition root:

- ``backend.app.create_app`` (the API, the WeCom bot's callback and admin_api are faces of that app),
- the Celery worker (on worker start: ``compose_worker`` below, applied by ``backend.tasks.worker``, the
  ``celery -A`` target, which also names the task modules, installs beat's schedule and closes what the
  worker opened when its process ends),
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
           purchase costs (backend.stock.cost_check) <- purchasing.receiving (last cost), purchasing.settings_store (band)
           the partner gate (backend.security.authorization) <- partners.access.admit (token, rate limit, scope)
           SMS and e-mail (backend.crm.senders) <- integrations.aliyun.sms, integrations.smtp.mailer
    SHIPPED (backend.orders.fulfilment) <- crm.transactional (the member's "parcel shipped" SMS, no consent needed)
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from typing import Any

from celery import Celery
from celery.signals import beat_init, worker_init, worker_process_shutdown

from backend.channels import ingestion, shipments, sync
from backend.channels.accounts import close_adapters
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
from backend.production_guard import ProductionConfigError, check_startup
from backend.promotions import engine
from backend.purchasing import receiving, settings_store
from backend.security import actor, authorization
from backend.settings import Settings
from backend.stock import cost_check
from backend.tasks import runtime, schedule
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
                                                band_bp=settings_store.adjustment_cost_band_bp))
    _wired = True


# ---------------------------------------------------------------- the Celery worker and beat

TASK_MODULES = ("backend.channels.tasks", "backend.tasks.periodic")


def compose_worker(app: Celery) -> None:
    """Make the Celery app a worker's and beat's: its task modules, beat's schedule (backend.tasks.schedule), and
    on start the production guard and wire(), on process end the marketplace clients closed."""
    app.conf.update(include=list(TASK_MODULES), beat_schedule=schedule.beat_schedule())
    worker_init.connect(_production_guard)
    beat_init.connect(_production_guard)
    worker_init.connect(_wire_worker)
    worker_process_shutdown.connect(_close_worker)
    runtime.on_close(close_adapters)


def _production_guard(**_: object) -> None:
    """CRADLE_ENV=production: the worker and beat refuse demo/placeholder secrets, fake API bases and shops on
    fakes, like the API (backend.production_guard); exit status 2 with every problem listed."""
    try:
        asyncio.run(check_startup(Settings.from_env(), fakes_env=os.environ.get("CRADLE_FAKES")))
    except (ProductionConfigError, ValueError) as exc:  # ValueError: CRADLE_ENV misspelt
        print(exc, file=sys.stderr, flush=True)
        os._exit(2)  # SystemExit raised in a signal handler would only end Celery's start-up half way


def _wire_worker(**_: object) -> None:
    wire()


def _close_worker(**_: object) -> None:
    runtime.shutdown()
