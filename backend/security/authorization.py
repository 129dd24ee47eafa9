"""The one authorization table: every route (by Sanic route name, "<blueprint>.<handler>") with the roles it
admits, the store scope that applies to it and, for money-moving and sensitive actions, the permission it is.

Enforced in one place: `authorize_request`, a request middleware the app factory installs, looks the matched
route up in ROUTES before any handler runs. It authenticates the caller (bearer token) for every non-public
route, refuses a role the row does not admit (403, message ROLE_REFUSED) and sets `request.ctx.actor`. A route
that is not in the table is refused for everyone (fail closed) and tests/test_authorization.py names it.

`@requires(...)` on a handler (backend.security.actor) only declares the roles; a test checks the declaration
equals the table row, so the two cannot drift, and the handler reads the actor the gate set.

Store scope (which store's data a store-bound role may touch) depends on the data, so services enforce it
(`actor.require_location`); the `scope` column says where it applies. Likewise permissions that depend on the
data (cancelling an order that is already paid needs orders.refund) are checked by the service with
`await require_permission(actor, "orders.refund", ...)`, the one function for that. Every refusal of a
permission to a staff member, at the gate or in a service, is written to the audit log (action
"permission.denied"); every use is audited by the service that performs it.

`python -m backend.manage authz-table` writes the table into docs/security.md (a test fails when it is stale).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sanic import Request, Sanic

from backend.audit import record_refusal
from backend.errors import Forbidden
from backend.org.models import Role
from backend.security.actor import actor_from_token, bearer_token, deferred_shopper

log = logging.getLogger("cradle.authz")


class Scope(StrEnum):
    NONE = "-"  # no store scope: chain-wide data, or data that belongs to nobody's store
    STORES = "stores"  # store-bound staff (clerk, store_manager, live_seller) only for their own locations
    OWN = "own"  # the caller's own data only (a shopper's member, a staff member's account)
    STORES_OWN = "stores+own"  # staff: their locations; shoppers: their own orders


class Auth(StrEnum):
    TOKEN = "token"  # a bearer access token (staff or shopper)
    PUBLIC = "public"  # anyone (health, docs, login, the public shop)
    SIGNED = "signed"  # an outside party signs each request (webhooks, payment notifies, WeCom callback)
    PARTNER = "partner"  # a partner application's OAuth 2.0 access token with the row's scope (/open/v1)


SHOPPER, CLERK, MANAGER = Role.SHOPPER, Role.CLERK, Role.STORE_MANAGER
PURCHASER, FINANCE, LIVE, HQ = Role.PURCHASER, Role.FINANCE, Role.LIVE_SELLER, Role.HQ_ADMIN
STAFF = frozenset(Role) - {SHOPPER}
ANYONE = frozenset(Role)  # any logged-in caller, shoppers included
BACK_OFFICE = frozenset({HQ, FINANCE, MANAGER, PURCHASER})  # the only roles any /admin/ route may admit
ADMIN_PREFIX = "admin/"

ROLE_REFUSED = "您的角色无权使用此接口"
ADMIN_REFUSED = "后台管理接口仅限总部、财务、采购和店长使用"  # the same refusal on an /admin/ route
NOT_LISTED = "该接口未登记在权限表中，已拒绝访问"


@dataclass(frozen=True)
class Permission:
    roles: frozenset[Role]
    description: str


def _roles(*groups: Role | Iterable[Role]) -> frozenset[Role]:
    out: set[Role] = set()
    for g in groups:
        out |= {g} if isinstance(g, Role) else set(g)
    return frozenset(out)


# Money-moving and sensitive actions. A route that IS one of them names it (its roles are the permission's);
# a service checks the ones that depend on the data with require_permission().
PERMISSIONS: dict[str, Permission] = {
    "orders.refund": Permission(_roles(MANAGER, FINANCE, HQ),
                                "refund an order, and cancel an order that is paid or allocated (which refunds it)"),
    "orders.cancel": Permission(_roles(SHOPPER, CLERK, MANAGER, FINANCE, LIVE, HQ),
                                "cancel an unpaid order (shoppers their own pending ones; a live seller only "
                                "live-channel orders)"),
    "orders.refund_request": Permission(_roles(MANAGER, HQ),
                                        "agree to or refuse a shopper's refund request (agreeing cancels and refunds "
                                        "the order); a store manager only for orders of their stores"),
    "orders.review": Permission(_roles(MANAGER, HQ),
                                "release or cancel an order held for review (订单审核), merge held orders; a store "
                                "manager only for orders of their stores"),
    "refunds.retry": Permission(_roles(FINANCE, HQ), "send a failed WeChat Pay / Alipay refund again"),
    "stored_value.spend": Permission(_roles(CLERK, MANAGER, HQ),
                                     "record a member's stored-value (balance) payment for an order"),
    "stored_value.topup": Permission(_roles(CLERK, MANAGER, HQ), "top up a member's stored value at the counter"),
    "stock.adjust": Permission(_roles(MANAGER, HQ),
                               "adjust stock (and the unit cost of stock added), posting the difference to the books"),
    "stock.cost_change": Permission(_roles(HQ), "approve or reject an adjustment's unit cost outside the cost band"),
    "po.approve": Permission(_roles(MANAGER, HQ), "approve or reject a purchase order"),
    "promotion.approve": Permission(_roles(HQ), "approve or reject a promotion (live flash prices included)"),
    "crm.campaign_approve": Permission(_roles(HQ), "approve or reject a marketing campaign (SMS / e-mail) to a "
                                                   "segment (another user's)"),
    "finance.period_close": Permission(_roles(FINANCE, HQ), "close or reopen an accounting period"),
    "finance.settlement": Permission(_roles(FINANCE, HQ),
                                     "reconcile a platform settlement against the books, and post it"),
    "finance.journal_approve": Permission(_roles(FINANCE, HQ),
                                          "approve or reject a manual adjusting journal entry (another user's)"),
    "finance.chart_edit": Permission(_roles(FINANCE, HQ),
                                     "add, rename or deactivate a sub-account in the chart of accounts"),
    "finance.invoice_release": Permission(_roles(FINANCE, HQ),
                                          "release a supplier invoice held by the three-way match (another "
                                          "user's), or cancel a held one"),
    "finance.payment_run": Permission(_roles(FINANCE, HQ),
                                      "approve (pay) or cancel a supplier payment run (another user's)"),
    "finance.expense_approve": Permission(_roles(FINANCE, HQ),
                                          "approve (post) or reject an operating expense (another user's)"),
    "finance.budget": Permission(_roles(FINANCE, HQ), "set a store's monthly budget per expense account"),
    "finance.ar_write_off": Permission(_roles(FINANCE, HQ),
                                       "approve (post) or reject a customer bad-debt write-off (another user's)"),
    "finance.ar_receipt": Permission(_roles(FINANCE, HQ),
                                     "record money received from a customer on account and apply it to invoices"),
    "finance.bank_reconcile": Permission(_roles(FINANCE, HQ),
                                         "import a bank statement and match or unmatch its lines to the books"),
    "staff.read_profile": Permission(_roles(MANAGER, HQ),
                                     "read a staff profile (phone, WeCom id, commission rate); a store manager "
                                     "only of staff sharing one of their stores"),
    "staff.edit_profile": Permission(_roles(HQ), "change a staff profile (commission rate, employee number)"),
    "hr.hire": Permission(_roles(HQ), "hire a candidate: an employee record and a staff account with the posting's "
                                      "role and store"),
}

# Roles bound to a channel: a permission on an order is theirs only for orders of these channels.
CHANNEL_BOUND: dict[Role, frozenset[str]] = {LIVE: frozenset({"live"})}


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]
    scope: Scope = Scope.NONE
    auth: Auth = Auth.TOKEN
    permission: str | None = None  # the route is this action (its roles are the permission's)
    checks: tuple[str, ...] = ()  # permissions the service checks on the data
    note: str = ""
    partner_scope: str = ""  # Auth.PARTNER: the OAuth scope the partner's token must hold

    @property
    def public(self) -> bool:
        return self.auth != Auth.TOKEN

    def admits(self, role: Role) -> bool:
        return self.public or role in self.roles


def allow(*groups: Role | Iterable[Role], scope: Scope = Scope.NONE, checks: tuple[str, ...] = (),
          note: str = "") -> Rule:
    return Rule(_roles(*groups), scope=scope, checks=checks, note=note)


def perm(name: str, *, scope: Scope = Scope.NONE, checks: tuple[str, ...] = (), note: str = "") -> Rule:
    return Rule(PERMISSIONS[name].roles, scope=scope, permission=name, checks=checks, note=note)


def public(note: str) -> Rule:
    return Rule(frozenset(), auth=Auth.PUBLIC, note=note)


def signed(note: str) -> Rule:
    return Rule(frozenset(), auth=Auth.SIGNED, note=note)


def partner(scope: str, note: str = "") -> Rule:
    """A /open/v1 route: no staff or shopper token, a partner's access token holding `scope`."""
    return Rule(frozenset(), auth=Auth.PARTNER, partner_scope=scope, note=note)


# The partner check (backend.partners.access.admit: token, rate limit, scope), installed by backend.wiring.
PartnerGate = Callable[[Request, str], Awaitable[Any]]
_partner_gate: list[PartnerGate] = []


def install_partner_gate(gate: PartnerGate) -> None:
    _partner_gate[:] = [gate]


S, ME, SO = Scope.STORES, Scope.OWN, Scope.STORES_OWN
ANALYSTS = _roles(MANAGER, PURCHASER, FINANCE, HQ)

# Route name (blueprint.handler) -> rule. Add every new route here (tests/test_authorization.py lists the
# missing ones). Keep rows grouped by blueprint.
ROUTES: dict[str, Rule] = {
    # public: health, docs, metrics, logins, the public shop
    "system.health": public("liveness"),
    "system.ready": public("readiness"),
    "metrics.prometheus_metrics": public("Prometheus scrape"),
    "openapi.index": public("API docs"),
    "docs_ui.asset": public("API docs"),
    "openapi.oauth2-redirect": public("API docs"),
    "openapi.spec": public("API docs"),
    "openapi.swagger": public("API docs"),
    "openapi.openapi_config": public("API docs"),
    "console.root": public("HQ web console: redirect to /console/"),
    "console.index": public("HQ web console page (it calls the API with the user's token)"),
    "console.page_or_asset": public("HQ web console static files and client-side routes"),
    "auth.login": public("staff password login"),
    "auth.refresh": public("refresh token in the body"),
    "auth_mfa.verify": public("MFA challenge token in the body"),
    "members.wechat_login": public("WeChat login code"),
    "members.wechat_staff_login": public("WeChat login code of a bound staff member"),
    "members.shop_categories": public("public shop"),
    "members.shop_products": public("public shop"),
    "members.shop_sku": public("public shop"),
    "members.shop_stores": public("public shop"),
    "open_oauth.token": public("OAuth 2.0 token endpoint: the partner's client credentials (Basic or form)"),
    # partner applications (/open/v1): an OAuth 2.0 access token holding the scope (backend.partners.access)
    "open_v1.list_orders": partner("orders:read"),
    "open_v1.get_order": partner("orders:read"),
    "open_v1.get_stock": partner("stock:read"),
    "open_v1.create_adjustment": partner("stock:write", note="Idempotency-Key required; audited as the client"),
    "open_v1.list_skus": partner("skus:read"),
    "open_v1.get_sku": partner("skus:read"),
    "open_v1.list_shipments": partner("shipments:read"),
    # signed by outside parties
    "channel_webhooks.webhook": signed("marketplace signature"),
    "members.wechat_notify": signed("WeChat Pay signature"),
    "orders.wechat_refund_notify": signed("WeChat Pay refund notify, encrypted with the merchant key"),
    "wecom_bot.verify": signed("WeCom msg_signature"),
    "crm.sms_reports": signed("Alibaba Cloud SMS delivery receipts; callback token in the URL"),
    "crm.sms_replies": signed("Alibaba Cloud SMS replies (TD unsubscribes); callback token in the URL"),
    "crm.unsubscribe_page": signed("e-mail unsubscribe link: signed, expiring token"),
    "crm.unsubscribe_confirm": signed("e-mail unsubscribe (and RFC 8058 one-click): signed, expiring token"),
    "wecom_bot.callback": signed("WeCom msg_signature; the sender acts as the bound staff member"),
    # auth
    "auth.me": allow(ANYONE, scope=ME),
    "auth.logout": allow(ANYONE, scope=ME),
    "auth_mfa.mfa_status": allow(STAFF, scope=ME),
    "auth_mfa.confirm": allow(STAFF, scope=ME),
    "auth_mfa.enrol": allow(STAFF, scope=ME),
    "members.wechat_bind": allow(STAFF, scope=ME),
    "members.staff_me": allow(STAFF, scope=ME),
    # catalogue
    "catalog.brands": allow(ANYONE),
    "catalog.categories": allow(ANYONE),
    "catalog.list_skus": allow(STAFF),
    "catalog.sku_detail": allow(STAFF),
    # stock
    "stock.list_locations": allow(STAFF),
    "stock.stock_lookup": allow(STAFF, scope=S),
    "stock.list_adjustments": allow(STAFF, scope=S),
    "stock.create_adjustment": perm("stock.adjust", scope=S),
    "stock.list_cost_requests": allow(MANAGER, HQ, scope=S),
    "stock.approve_cost_request": perm("stock.cost_change"),
    "stock.reject_cost_request": perm("stock.cost_change"),
    "stock.expired_alerts": allow(STAFF, scope=S),
    "stock.low_stock_alerts": allow(STAFF, scope=S),
    "stock.near_expiry_alerts": allow(STAFF, scope=S),
    "stock.stock_batches": allow(STAFF, scope=S),
    "stock.stock_movements": allow(STAFF, scope=S),
    "stock.open_stocktake": allow(CLERK, MANAGER, HQ, scope=S),
    "stock.list_stocktakes": allow(STAFF, scope=S),
    "stock.get_stocktake": allow(STAFF, scope=S),
    "stock.cancel_stocktake": allow(CLERK, MANAGER, HQ, scope=S),
    "stock.record_count": allow(CLERK, MANAGER, HQ, scope=S),
    "stock.post_stocktake": allow(MANAGER, HQ, scope=S),
    "stock.submit_stocktake": allow(CLERK, MANAGER, HQ, scope=S),
    "stock.create_transfer": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S),
    "stock.list_transfers": allow(STAFF, scope=S),
    "stock.get_transfer": allow(STAFF, scope=S),
    "stock.approve_transfer": allow(MANAGER, HQ, scope=S),
    "stock.cancel_transfer": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S),
    "stock.receive_transfer": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S),
    "stock.reject_transfer": allow(MANAGER, HQ, scope=S),
    "stock.ship_transfer": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S),
    # orders
    "orders.create_order": allow(ANYONE, scope=SO, checks=("stored_value.spend",),
                                 note="store-bound staff only at their own locations, on every channel"),
    "orders.sync_offline_sales": allow(CLERK, MANAGER, HQ, scope=S, checks=("stored_value.spend",),
                                       note="counter sales made offline; recorded once per key, never refused "
                                            "for stock (a stock discrepancy instead)"),
    "orders.list_orders": allow(ANYONE, scope=SO),
    "orders.get_order": allow(ANYONE, scope=SO),
    "orders.cancel_order": perm("orders.cancel", scope=SO, checks=("orders.refund",),
                                note="a paid or allocated order needs orders.refund"),
    "orders.complete_order": allow(STAFF, scope=S),
    "orders.deliver_order": allow(STAFF, scope=S),
    "orders.ship_order": allow(STAFF, scope=S),
    "orders.pay_order": allow(STAFF, scope=S, checks=("stored_value.spend",), note="balance payments"),
    "orders.create_refund": perm("orders.refund", scope=S),
    "orders.request_refund": allow(SHOPPER, scope=ME),
    "orders.approve_refund_request": perm("orders.refund_request", scope=S),
    "orders.reject_refund_request": perm("orders.refund_request", scope=S),
    "orders.create_return": allow(ANYONE, scope=SO),
    "orders.approve_return": allow(MANAGER, HQ, scope=S),
    "orders.reject_return": allow(MANAGER, HQ, scope=S),
    "orders.receive_return": allow(STAFF, scope=S),
    "orders.create_exchange": allow(ANYONE, scope=SO),
    "orders.list_exchanges": allow(ANYONE, scope=SO),
    "orders.approve_exchange": allow(MANAGER, HQ, scope=S),
    "orders.reject_exchange": allow(MANAGER, HQ, scope=S),
    "orders.receive_exchange": allow(MANAGER, HQ, scope=S,
                                     note="settles the credit; a cheaper replacement's difference is refunded"),
    "orders.order_messages": allow(SHOPPER, CLERK, MANAGER, HQ, scope=SO),
    "orders.post_order_message": allow(SHOPPER, CLERK, MANAGER, HQ, scope=SO),
    "orders.aftersales_inbox": allow(CLERK, MANAGER, HQ, scope=S),
    # printing: the counter receipt (staff of the order's store, the shopper for their own order), labels
    "printing.order_receipt": allow(SHOPPER, CLERK, MANAGER, HQ, scope=SO),
    "printing.sku_label": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S, note="a store's price only in scope"),
    "printing.batch_label": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S, note="a store's price only in scope"),
    # e-invoices (the shopper's own orders)
    "invoicing.request_invoice": allow(SHOPPER, scope=ME, note="the e-invoice of one's own completed order; audited"),
    "invoicing.order_invoices": allow(SHOPPER, scope=ME),
    # members (shopper's own) and the counter
    "members.me": allow(SHOPPER, scope=ME),
    "members.my_balance": allow(SHOPPER, scope=ME),
    "members.my_pay_code": allow(SHOPPER, scope=ME, note="the member's one-time stored-value code"),
    "members.my_coupons": allow(SHOPPER, scope=ME),
    "members.bind_phone": allow(SHOPPER, scope=ME),
    "members.my_points": allow(SHOPPER, scope=ME),
    "members.my_data_export": allow(SHOPPER, scope=ME, note="PIPL copy of the member's own personal data"),
    "members.my_deletion_preview": allow(SHOPPER, scope=ME, note="PIPL: may the member delete the account now"),
    "members.delete_my_account": allow(SHOPPER, scope=ME,
                                       note="PIPL: anonymise the member's own account (refused with stored value "
                                            "left or orders in progress); audited"),
    "members.record_subscriptions": allow(SHOPPER, scope=ME),
    "members.my_subscriptions": allow(SHOPPER, scope=ME),
    "members.checkout_preview": allow(SHOPPER, scope=ME),
    "members.pay_wechat": allow(SHOPPER, scope=ME),
    "members.pos_members": allow(CLERK, MANAGER, HQ, scope=S),
    "members.pos_preview": allow(CLERK, MANAGER, HQ, scope=S),
    "members.pos_topup": perm("stored_value.topup", scope=S),
    "members.pos_phone_claims": allow(CLERK, MANAGER, HQ, scope=S),
    "members.pos_verify_phone_claim": allow(CLERK, MANAGER, HQ, scope=S),
    "members.my_phone_claims": allow(SHOPPER, scope=ME),
    "members.confirm_phone_claim": allow(SHOPPER, scope=ME),
    "members.refuse_phone_claim": allow(SHOPPER, scope=ME),
    "members.my_children": allow(SHOPPER, scope=ME),
    "members.add_child": allow(SHOPPER, scope=ME),
    "members.update_child": allow(SHOPPER, scope=ME),
    "members.remove_child": allow(SHOPPER, scope=ME),
    "members.coupon_centre": allow(SHOPPER, scope=ME),
    "members.claim_coupon": allow(SHOPPER, scope=ME),
    # live streams
    "live.get_session": allow(ANYONE),
    "live.place_live_order": allow(ANYONE, scope=SO),
    "live.list_sessions": allow(LIVE, HQ, scope=S),
    "live.create_session": allow(LIVE, HQ, scope=S),
    "live.start_session": allow(LIVE, HQ, scope=S),
    "live.end_session": allow(LIVE, HQ, scope=S),
    "live.session_stats": allow(LIVE, HQ, scope=S),
    "live.approve_prices": perm("promotion.approve", note="not the seller nor the session's creator"),
    "live.reject_prices": perm("promotion.approve"),
    # finance
    "finance.chart_of_accounts": allow(FINANCE, HQ),
    "finance.account_history": allow(FINANCE, HQ),
    "finance.balance_sheet": allow(FINANCE, HQ),
    "finance.journal": allow(FINANCE, HQ),
    "finance.payables": allow(FINANCE, HQ),
    "finance.receivables": allow(FINANCE, HQ),
    "finance.trial_balance": allow(FINANCE, HQ),
    "finance.vat_summary": allow(FINANCE, HQ),
    "finance.stock_valuation": allow(FINANCE, HQ),
    "finance.list_periods": allow(FINANCE, HQ),
    "finance.close_period": perm("finance.period_close"),
    "finance.reopen_period": perm("finance.period_close"),
    "finance.gross_margin": allow(MANAGER, FINANCE, HQ, scope=S),
    "finance.profit_and_loss": allow(MANAGER, FINANCE, HQ, scope=S),
    "finance.sales_trend": allow(MANAGER, FINANCE, HQ, scope=S),
    # purchasing
    "purchasing.my_approvals": allow(MANAGER, HQ, scope=S),
    "purchasing.list_orders": allow(MANAGER, PURCHASER, FINANCE, HQ, scope=S),
    "purchasing.create_order": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.get_order": allow(CLERK, MANAGER, PURCHASER, FINANCE, HQ, scope=S),
    "purchasing.approve": perm("po.approve", scope=S),
    "purchasing.reject": perm("po.approve", scope=S),
    "purchasing.submit": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.send": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.confirm": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.cancel": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.close": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.receive": allow(CLERK, MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.get_settings": allow(MANAGER, PURCHASER, FINANCE, HQ),
    "purchasing.put_settings": allow(HQ),
    "purchasing.list_suggestions": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.draft_from_suggestions": allow(MANAGER, PURCHASER, HQ, scope=S),
    "purchasing.list_suppliers": allow(MANAGER, PURCHASER, FINANCE, HQ),
    "purchasing.get_supplier": allow(MANAGER, PURCHASER, FINANCE, HQ),
    "purchasing.supplier_scorecard": allow(MANAGER, PURCHASER, FINANCE, HQ),
    "purchasing.create_supplier": allow(PURCHASER, HQ),
    "purchasing.update_supplier": allow(PURCHASER, HQ),
    "purchasing.set_supplier_product": allow(PURCHASER, HQ),
    # staff work
    "staff_work.clock": allow(STAFF, scope=ME),
    "staff_work.report": allow(MANAGER, HQ, scope=S),
    "staff_work.commissions": allow(MANAGER, FINANCE, HQ, scope=S),
    "staff_work.list_shifts": allow(STAFF, scope=S),
    "staff_work.add_shift": allow(MANAGER, HQ, scope=S),
    "staff_work.unverified": allow(MANAGER, HQ, scope=S),
    "staff_work.confirm_clock": allow(MANAGER, HQ, scope=S),
    "staff_work.get_profile": perm("staff.read_profile", scope=S),
    "staff_work.put_profile": perm("staff.edit_profile"),
    # HR staff directory (backend.hr.api): colleagues of the caller's stores
    "hr.list_colleagues": allow(STAFF, scope=S),
    "hr.get_colleague": allow(STAFF, scope=S),
    # back office (/admin/api/v1): back-office roles only
    "admin_locations.list_locations": allow(ANALYSTS, scope=S),
    "admin_locations.get_location": allow(ANALYSTS, scope=S),
    "admin_locations.create_location": allow(HQ),
    "admin_locations.update_location": allow(HQ),
    "admin_catalog.list_brands": allow(ANALYSTS),
    "admin_catalog.create_brand": allow(HQ),
    "admin_catalog.rename_brand": allow(HQ),
    "admin_catalog.categories": allow(ANALYSTS),
    "admin_catalog.create_category": allow(HQ),
    "admin_catalog.update_category": allow(HQ),
    "admin_catalog.list_price_lists": allow(ANALYSTS),
    "admin_catalog.get_price_list": allow(ANALYSTS),
    "admin_catalog.create_price_list": allow(HQ),
    "admin_catalog.update_price_list": allow(HQ),
    "admin_catalog.set_price_list_items": allow(HQ),
    "admin_catalog.remove_price_list_item": allow(HQ),
    "admin_catalog.get_product": allow(ANALYSTS),
    "admin_catalog.create_product": allow(HQ),
    "admin_catalog.update_product": allow(HQ),
    "admin_catalog.list_skus": allow(ANALYSTS),
    "admin_catalog.create_sku": allow(HQ),
    "admin_catalog.update_sku": allow(HQ),
    "admin_users.list_roles": allow(MANAGER, HQ),
    "admin_users.list_users": allow(MANAGER, HQ, scope=S),
    "admin_users.get_user": allow(MANAGER, HQ, scope=S),
    "admin_users.create_user": allow(HQ),
    "admin_users.update_user": allow(HQ),
    "admin_users.set_user_locations": allow(HQ),
    "admin_users.reset_password": allow(HQ),
    "admin_users.end_user_sessions": allow(HQ),
    "admin_roles.list_permissions": allow(HQ),
    "admin_roles.create_role": allow(HQ),
    "admin_roles.get_role": allow(HQ),
    "admin_roles.update_role": allow(HQ),
    "admin_roles.assign_role": allow(HQ, note="ends the user's sessions, as every role change does"),
    "admin_members.list_members": allow(MANAGER, FINANCE, HQ,
                                       note="phone unmasked for HQ only, each such read audited (member.pii_read)"),
    "admin_members.get_member": allow(MANAGER, FINANCE, HQ,
                                      note="phone unmasked for HQ only, each such read audited (member.pii_read)"),
    "admin_members.member_points": allow(MANAGER, FINANCE, HQ),
    "admin_members.member_balance": allow(MANAGER, FINANCE, HQ),
    "admin_members.member_coupons": allow(MANAGER, FINANCE, HQ),
    "admin_members.member_children": allow(MANAGER, FINANCE, HQ),
    "admin_orders.list_orders": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_orders.get_order": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_orders.awaiting_decision": allow(MANAGER, HQ, scope=S),
    "admin_orders.offline_price_variances": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_orders.review_offline_price_variance": allow(MANAGER, HQ, scope=S),
    "admin_order_reviews.list_reviews": allow(MANAGER, HQ, scope=S),
    "admin_order_reviews.release_order": perm("orders.review", scope=S),
    "admin_order_reviews.cancel_order": perm("orders.review", scope=S, checks=("orders.refund",),
                                             note="the held order is paid: cancelling refunds it"),
    "admin_order_reviews.merge_orders": perm("orders.review", scope=S),
    "admin_order_reviews.list_rules": allow(MANAGER, HQ),
    "admin_order_reviews.put_rule": allow(HQ),
    "admin_stock.stock_levels": allow(ANALYSTS, scope=S),
    "admin_stock.list_stocktakes": allow(ANALYSTS, scope=S),
    "admin_stock.get_stocktake": allow(ANALYSTS, scope=S),
    "admin_stock.list_transfers": allow(ANALYSTS, scope=S),
    "admin_stock.list_discrepancies": allow(MANAGER, HQ, FINANCE, scope=S),
    "admin_stock.resolve_discrepancy": allow(MANAGER, HQ, scope=S),
    "admin_stock.get_transfer": allow(ANALYSTS, scope=S),
    "admin_audit.search": allow(FINANCE, HQ),
    "admin_finance.finance_chart_of_accounts": allow(FINANCE, HQ),
    "admin_finance.finance_account_history": allow(FINANCE, HQ),
    "admin_finance.finance_balance_sheet": allow(FINANCE, HQ),
    "admin_finance.finance_journal": allow(FINANCE, HQ),
    "admin_finance.finance_payables": allow(FINANCE, HQ),
    "admin_finance.finance_receivables": allow(FINANCE, HQ),
    "admin_finance.finance_trial_balance": allow(FINANCE, HQ),
    "admin_finance.finance_vat_summary": allow(FINANCE, HQ),
    "admin_finance.finance_stock_valuation": allow(FINANCE, HQ),
    "admin_finance.finance_list_periods": allow(FINANCE, HQ),
    "admin_finance.finance_close_period": perm("finance.period_close"),
    "admin_finance.finance_reopen_period": perm("finance.period_close"),
    "admin_finance.finance_gross_margin": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_finance.finance_profit_and_loss": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_finance.finance_sales_trend": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_finance.list_runs": allow(FINANCE, HQ),
    "admin_finance.get_run": allow(FINANCE, HQ),
    "admin_finance.reconcile": perm("finance.settlement"),
    "admin_finance.post_run": perm("finance.settlement"),
    "admin_finance.list_entries": allow(FINANCE, HQ),
    "admin_finance.get_entry": allow(FINANCE, HQ),
    "admin_finance.draft_entry": allow(FINANCE, HQ),
    "admin_finance.approve_entry": perm("finance.journal_approve"),
    "admin_finance.reject_entry": perm("finance.journal_approve"),
    "admin_chart.create_account": perm("finance.chart_edit"),
    "admin_chart.update_account": perm("finance.chart_edit"),
    "admin_payables.enter_invoice": allow(FINANCE, HQ),
    "admin_payables.list_invoices": allow(FINANCE, HQ),
    "admin_payables.get_invoice": allow(FINANCE, HQ),
    "admin_payables.release_invoice": perm("finance.invoice_release"),
    "admin_payables.cancel_invoice": perm("finance.invoice_release"),
    "admin_payables.propose_run": allow(FINANCE, HQ),
    "admin_payables.list_runs": allow(FINANCE, HQ),
    "admin_payables.get_run": allow(FINANCE, HQ),
    "admin_payables.approve_run": perm("finance.payment_run"),
    "admin_payables.cancel_run": perm("finance.payment_run"),
    "admin_receivables.create_customer": allow(FINANCE, HQ),
    "admin_receivables.list_customers": allow(FINANCE, HQ),
    "admin_receivables.create_invoice": allow(FINANCE, HQ),
    "admin_receivables.list_invoices": allow(FINANCE, HQ),
    "admin_receivables.get_invoice": allow(FINANCE, HQ),
    "admin_receivables.create_receipt": perm("finance.ar_receipt"),
    "admin_receivables.list_receipts": allow(FINANCE, HQ),
    "admin_receivables.get_receipt": allow(FINANCE, HQ),
    "admin_receivables.apply_receipt": perm("finance.ar_receipt"),
    "admin_receivables.request_write_off": allow(FINANCE, HQ),
    "admin_receivables.list_write_offs": allow(FINANCE, HQ),
    "admin_receivables.approve_write_off": perm("finance.ar_write_off"),
    "admin_receivables.reject_write_off": perm("finance.ar_write_off"),
    "admin_banking.import_statement": perm("finance.bank_reconcile"),
    "admin_banking.list_statements": allow(FINANCE, HQ),
    "admin_banking.list_lines": allow(FINANCE, HQ),
    "admin_banking.auto_match": perm("finance.bank_reconcile"),
    "admin_banking.match_line": perm("finance.bank_reconcile"),
    "admin_banking.unmatch_line": perm("finance.bank_reconcile"),
    "admin_banking.reconciliation_report": allow(FINANCE, HQ),
    "admin_banking.cash_position": allow(FINANCE, HQ),
    "admin_banking.forecast": allow(FINANCE, HQ),
    "admin_expenses.create_expense": allow(FINANCE, HQ),
    "admin_expenses.list_expenses": allow(FINANCE, HQ),
    "admin_expenses.get_expense": allow(FINANCE, HQ),
    "admin_expenses.attach": allow(FINANCE, HQ),
    "admin_expenses.download_attachment": allow(FINANCE, HQ),
    "admin_expenses.approve_expense": perm("finance.expense_approve"),
    "admin_expenses.reject_expense": perm("finance.expense_approve"),
    "admin_expenses.set_budget": perm("finance.budget"),
    "admin_expenses.budget_vs_actual": allow(FINANCE, HQ),
    "admin_printing.pnl_pdf": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_printing.balance_sheet_pdf": allow(FINANCE, HQ),
    "admin_printing.po_pdf_file": allow(MANAGER, PURCHASER, FINANCE, HQ, scope=S),
    "admin_promotions.list_promotions": allow(MANAGER, HQ, scope=S),
    "admin_promotions.get_promotion": allow(MANAGER, HQ, scope=S),
    "admin_promotions.create_promotion": allow(MANAGER, HQ, scope=S),
    "admin_promotions.update_promotion": allow(MANAGER, HQ, scope=S),
    "admin_promotions.submit_promotion": allow(MANAGER, HQ, scope=S),
    "admin_promotions.end_promotion": allow(MANAGER, HQ, scope=S),
    "admin_open_clients.list_clients": allow(HQ),
    "admin_open_clients.create_client": allow(HQ, note="the client secret is answered once, stored hashed; audited"),
    "admin_open_clients.get_client": allow(HQ),
    "admin_open_clients.update_client": allow(HQ, note="audited"),
    "admin_open_clients.rotate_secret": allow(HQ, note="the previous secret works for the grace period; audited"),
    "admin_open_clients.revoke_client": allow(HQ, note="every token refused at once; audited"),
    "admin_open_clients.list_webhooks": allow(HQ),
    "admin_open_clients.create_webhook": allow(HQ, note="audited"),
    "admin_open_clients.delete_webhook": allow(HQ, note="audited"),
    "admin_open_clients.list_deliveries": allow(HQ),
    "admin_open_clients.get_delivery": allow(HQ),
    "admin_open_clients.replay_delivery": allow(HQ, note="audited"),
    "admin_promotions.approve_promotion": perm("promotion.approve"),
    "admin_promotions.reject_promotion": perm("promotion.approve"),
    "admin_crm.list_segments": allow(HQ),
    "admin_crm.create_segment": allow(HQ),
    "admin_crm.update_segment": allow(HQ),
    "admin_crm.preview_segment": allow(HQ, note="count and a sample with masked phones"),
    "admin_crm.preview_rule": allow(HQ, note="count and a sample with masked phones"),
    "admin_crm.list_campaigns": allow(HQ),
    "admin_crm.create_campaign": allow(HQ),
    "admin_crm.get_campaign": allow(HQ),
    "admin_crm.update_campaign": allow(HQ),
    "admin_crm.submit_campaign": allow(HQ),
    "admin_crm.approve_campaign": perm("crm.campaign_approve"),
    "admin_crm.reject_campaign": perm("crm.campaign_approve"),
    "admin_crm.cancel_campaign": allow(HQ),
    "admin_crm.campaign_deliveries": allow(HQ),
    "admin_crm.today": allow(HQ),
    "admin_crm.callback_urls": allow(HQ, note="the SMS console's push URLs with their token"),
    "admin_crm.member_consent": allow(MANAGER, HQ),
    "admin_crm.set_member_consent": allow(MANAGER, HQ, note="the member's consent as said at the counter"),
    "admin_crm.set_member_email": allow(MANAGER, HQ),
    "admin_imports.list_jobs": allow(HQ),
    "admin_imports.upload": allow(HQ),
    "admin_imports.preview": allow(HQ),
    "admin_imports.list_rows": allow(HQ),
    "admin_imports.totals": allow(HQ),
    "admin_imports.get_job": allow(HQ),
    "admin_imports.run": allow(HQ),
    "admin_imports.rollback": allow(HQ),
    "admin_imports.list_mappings": allow(HQ),
    "admin_imports.save_mapping": allow(HQ),
    # the parallel run of a migrated store: HQ (the migration lead) runs it, the store's manager reads it
    "admin_parallel_runs.list_runs": allow(MANAGER, HQ, scope=S),
    "admin_parallel_runs.create_run": allow(HQ),
    "admin_parallel_runs.get_run": allow(MANAGER, HQ, scope=S),
    "admin_parallel_runs.update_run": allow(HQ),
    "admin_parallel_runs.upload_export": allow(HQ),
    "admin_parallel_runs.compare_day": allow(HQ),
    "admin_parallel_runs.get_day": allow(MANAGER, HQ, scope=S),
    "admin_parallel_runs.explain": allow(HQ),
    "admin_parallel_runs.sign_off": allow(HQ),
    "admin_parallel_runs.report": allow(MANAGER, HQ, scope=S),
    "admin_security.get_security": allow(HQ),
    "admin_security.put_security": allow(HQ),
    "admin_security.reset_mfa": allow(HQ),
    "admin_analytics.expiry_risk": allow(ANALYSTS, scope=S),
    "admin_analytics.sku_forecast": allow(ANALYSTS, scope=S),
    "admin_analytics.repurchase": allow(ANALYSTS, scope=S),
    "admin_analytics.sellers": allow(ANALYSTS, scope=S),
    "admin_analytics.turnover": allow(ANALYSTS, scope=S),
    "admin_suppliers.list_suppliers": allow(MANAGER, PURCHASER, HQ),
    "admin_suppliers.get_supplier": allow(MANAGER, PURCHASER, HQ),
    "admin_suppliers.list_supplier_products": allow(MANAGER, PURCHASER, HQ),
    "admin_suppliers.create_supplier": allow(PURCHASER, HQ),
    "admin_suppliers.update_supplier": allow(PURCHASER, HQ),
    "admin_suppliers.set_supplier_product": allow(PURCHASER, HQ),
    "admin_suppliers.remove_supplier_product": allow(PURCHASER, HQ),
    "admin_notifications.list_notifications": allow(HQ),
    "admin_notifications.retry_notification": allow(HQ),
    "admin_ops.list_backups": allow(HQ),
    "admin_ops.list_alerts": allow(HQ),
    # HR (backend.hr): store managers their own stores' records, HQ all; contact reveals audited
    "admin_hr.list_employees": allow(MANAGER, HQ, scope=S),
    "admin_hr.create_employee": allow(MANAGER, HQ, scope=S),
    "admin_hr.get_employee": allow(MANAGER, HQ, scope=S),
    "admin_hr.update_employee": allow(MANAGER, HQ, scope=S),
    "admin_hr.change_position": allow(MANAGER, HQ, scope=S),
    "admin_hr.transfer_employee": allow(HQ),
    "admin_hr.employee_performance": allow(MANAGER, HQ, scope=S),
    "admin_hr.list_certificates": allow(MANAGER, HQ, scope=S),
    "admin_hr.add_certificate": allow(MANAGER, HQ, scope=S),
    "admin_hr.renew_certificate": allow(MANAGER, HQ, scope=S),
    "admin_hr.list_certificate_notices": allow(MANAGER, HQ, scope=S),
    "admin_hr.list_reviews": allow(MANAGER, HQ, scope=S),
    "admin_hr.create_review": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.list_postings": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.create_posting": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.set_posting_status": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.list_candidates": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.add_candidate": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.get_candidate": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.set_candidate_stage": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.schedule_interview": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.record_interview": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.make_offer": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.decide_offer": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.hire_candidate": perm("hr.hire"),
    "admin_hr_recruiting.list_courses": allow(MANAGER, HQ),
    "admin_hr_recruiting.create_course": allow(HQ),
    "admin_hr_recruiting.list_sessions": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.create_session": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.get_session": allow(MANAGER, HQ, scope=S),
    "admin_hr_recruiting.record_training": allow(MANAGER, HQ, scope=S),
    "admin_refunds.list_refunds": allow(FINANCE, HQ),
    "admin_refunds.retry_refund": perm("refunds.retry"),
    "admin_einvoices.list_einvoices": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_einvoices.get_einvoice": allow(MANAGER, FINANCE, HQ, scope=S),
    "admin_einvoices.request_einvoice": allow(MANAGER, FINANCE, HQ, scope=S,
                                              note="the blue e-invoice of a completed order; audited"),
    "admin_einvoices.retry_einvoice": allow(FINANCE, HQ, note="an e-invoice the platform refused, sent again"),
    "admin_coupon_templates.list_templates": allow(MANAGER, HQ),
    "admin_coupon_templates.get_template": allow(MANAGER, HQ),
    "admin_coupon_templates.create_template": allow(HQ),
    "admin_coupon_templates.update_template": allow(HQ),
    "admin_coupon_templates.disable_template": allow(HQ),
    "admin_coupon_templates.enable_template": allow(HQ),
    "admin_coupon_templates.preview_issue": allow(HQ),
    "admin_coupon_templates.issue": allow(HQ),
    "channel_admin.list_accounts": allow(HQ),
    "channel_admin.put_account": allow(HQ),
    "channel_admin.list_mappings": allow(HQ),
    "channel_admin.add_mapping": allow(HQ),
    "channel_admin.delete_mapping": allow(HQ),
    "channel_admin.put_policy": allow(HQ),
    "channel_admin.pull_now": allow(HQ),
    "channel_admin.quantities": allow(HQ),
    "channel_admin.list_dead_letters": allow(HQ),
    "channel_admin.replay": allow(HQ),
    "channel_admin.platform_orders": allow(HQ),
    "channel_admin.list_runs": allow(HQ),
    "channel_admin.run_now": allow(HQ),
    "channel_admin.get_run": allow(HQ),
    "channel_admin.list_shipments": allow(HQ),
    "channel_admin.publish": allow(HQ),
    "channel_admin.list_publications": allow(HQ),
    "channel_admin.product_publications": allow(HQ),
}

# The local fakes of outside services (fakes.mount, `make run` only, never with a broker or in production)
# answer under this path prefix; the benchmark's reference routes (bench/routes.py, mounted only by
# `python -m bench.serve`) under the second. Neither is Cradle's API nor in the table; production refuses both.
FAKES_PREFIX = "_fakes/"
BENCH_PREFIX = "_bench/"


def route_key(route_name: str) -> str:
    """"cradle0.orders.cancel_order" -> "orders.cancel_order" (the app's name is not part of the key)."""
    return route_name.split(".", 1)[1] if "." in route_name else route_name


# ---- permissions ------------------------------------------------------------------------------------------


def route_permission(key: str, rule: Rule | None = None) -> str:
    """The catalogue permission a route is (backend.security.roles): its named permission, else the route itself
    ("admin_orders.list_orders"). A custom role admits a route iff it holds this name."""
    rule = rule or ROUTES[key]
    return rule.permission or key


def admits(actor: Any, key: str, rule: Rule) -> bool:
    """Whether the caller's role (and custom role, when it has one) admits the route."""
    if actor.role not in rule.roles:
        return False
    return actor.permissions is None or route_permission(key, rule) in actor.permissions


def has_permission(actor: Any, name: str, *, channel: str | None = None) -> bool:
    """Whether the caller holds the permission (for an order of `channel`, when the role is channel-bound or
    its custom role limits channels)."""
    granted = PERMISSIONS[name].roles  # KeyError for an unknown name: a typo must not pass silently
    if actor.role not in granted:
        return False
    if getattr(actor, "permissions", None) is not None and name not in actor.permissions:
        return False
    channels = getattr(actor, "channels", None)
    if channels is not None and channel is not None and channel not in channels:
        return False
    bound = CHANNEL_BOUND.get(actor.role)
    return not (bound is not None and channel is not None and channel not in bound)


class PermissionDenied(Forbidden):
    """A permission refused by a service. Carries the audit entry; when raised inside a transaction (which
    rolls back) the app records the entry after the rollback (see install)."""

    def __init__(self, message: str, *, refusal: dict[str, Any] | None, recorded: bool) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.recorded = recorded


async def record_denial(user: Any, permission: str, entity_type: str, entity_id: Any, *, refused: str,
                        via: str = "api", **details: Any) -> None:
    """Audit a refused permission ("permission.denied"; refused: role, scope or permission) in its own
    transaction (call it outside the request's transaction)."""
    await record_refusal(user, "permission.denied", entity_type, entity_id, reason=refused, via=via,
                         permission=permission, **details)


async def require_permission(actor: Any, name: str, *, entity_type: str = "permission", entity_id: Any = "",
                             channel: str | None = None, in_transaction: bool = False, via: str = "api",
                             message: str | None = None, **details: Any) -> None:
    """Refuse (403) a caller without the permission, and audit the refusal when the caller is staff.

    Pass in_transaction=True when called inside the request's transaction: the refusal is then recorded by the
    app after the rollback (an audit row written inside would roll back with it)."""
    if has_permission(actor, name, channel=channel):
        return
    text = message or f"没有权限：{PERMISSIONS[name].description.split('(')[0].strip()}"
    refusal: dict[str, Any] | None = None
    if actor.user is not None:
        refusal = {"user": actor.user, "permission": name, "entity_type": entity_type, "entity_id": entity_id,
                   "via": via, "role": actor.role.value, **({"channel": channel} if channel else {}), **details}
        if not in_transaction:
            await _record(refusal)
    raise PermissionDenied(text, refusal=refusal, recorded=not in_transaction)


async def _record(refusal: dict[str, Any]) -> None:
    data = dict(refusal)
    user, permission = data.pop("user"), data.pop("permission")
    entity_type, entity_id, via = data.pop("entity_type"), data.pop("entity_id"), data.pop("via")
    await record_denial(user, permission, entity_type, entity_id, refused="permission", via=via, **data)


async def record_deferred(exc: BaseException) -> None:
    """Record the refusal a PermissionDenied raised inside a (now rolled back) transaction carries. The app
    calls it for every failed request; a caller outside HTTP that checks inside a transaction calls it after."""
    if isinstance(exc, PermissionDenied) and exc.refusal is not None and not exc.recorded:
        exc.recorded = True
        await _record(exc.refusal)


# ---- the gate ---------------------------------------------------------------------------------------------


async def authorize_request(request: Request) -> None:
    """Request middleware: the table decides who may call the matched route (see the module docstring)."""
    route = request.route
    if route is None:  # no route matched: Sanic answers 404/405 itself
        return
    key = route_key(route.name)
    rule = ROUTES.get(key)
    if rule is None:
        if route.path.startswith((FAKES_PREFIX, BENCH_PREFIX)):
            return
        log.error("route %s (%s) is not in the authorization table: refused", key, route.path)
        raise Forbidden(NOT_LISTED)
    if rule.auth == Auth.PARTNER:
        if not _partner_gate:
            raise Forbidden(NOT_LISTED)
        await _partner_gate[0](request, rule.partner_scope)
        return
    if rule.public:
        return
    token = bearer_token(request)
    deferred = None
    if Role.SHOPPER in rule.roles and getattr(route.handler, "__cradle_identity_in_script__", False):
        deferred = deferred_shopper(token)  # the handler's script checks the identity (actor.with_identity_check)
    if deferred is not None:
        actor, request.ctx.identity_check = deferred
    else:
        actor = await actor_from_token(token, member_row=getattr(route.handler, "__cradle_member_row__", True))
    if not admits(actor, key, rule):
        if rule.permission is not None and actor.user is not None:
            await record_denial(actor.user, rule.permission, "route", key, refused="role", role=actor.role.value,
                                path=request.path, method=request.method)
        raise Forbidden(ADMIN_REFUSED if route.path.startswith(ADMIN_PREFIX) and actor.role not in BACK_OFFICE
                        else ROLE_REFUSED)
    request.ctx.actor = actor


def check_table(routes: dict[str, Rule] | None = None) -> list[str]:
    """Rows that break the table's own rules (checked at app start and by the tests)."""
    problems = []
    for key, rule in (routes or ROUTES).items():
        if rule.permission is not None and rule.permission not in PERMISSIONS:
            problems.append(f"{key}: unknown permission {rule.permission}")
        problems += [f"{key}: unknown permission {c}" for c in rule.checks if c not in PERMISSIONS]
        if not rule.public and not rule.roles:
            problems.append(f"{key}: admits nobody")
    return problems


def check_app_routes(app: Sanic) -> list[str]:
    """App routes that break the table: /admin/ routes admitting a non-back-office role."""
    problems = []
    for route in app.router.routes:
        rule = ROUTES.get(route_key(route.name))
        if rule is not None and route.path.startswith(ADMIN_PREFIX) and not rule.public \
                and not rule.roles <= BACK_OFFICE:
            problems.append(f"{route_key(route.name)}: /admin/ route admits {sorted(rule.roles - BACK_OFFICE)}")
    return problems


def install(app: Sanic) -> None:
    """Install the gate (after the request-id middleware) and the deferred refusal recorder."""
    problems = check_table() + check_app_routes(app)
    if problems:
        raise RuntimeError("authorization table: " + "; ".join(problems))
    app.register_middleware(authorize_request, "request")

    @app.signal("http.lifecycle.exception")
    async def _refusals(request: Request, exception: BaseException) -> None:
        try:
            await record_deferred(exception)
            await record_scope_refusal(request, exception)
        except Exception:  # the refusal still answers 403; a lost audit row is logged, never turned into a 500
            log.exception("could not audit the refusal of %s %s", request.method, request.path)


async def record_scope_refusal(request: Request, exception: BaseException) -> None:
    """A 403 from the service (store scope) on a route that IS a permission: a refused money-moving action too,
    so it is audited like the gate's refusals (the gate's own refusals never reach here with an actor)."""
    if not isinstance(exception, Forbidden) or isinstance(exception, PermissionDenied) or request.route is None \
            or exception.code != Forbidden.code:  # a refusal with its own code (self_approval) is audited by its owner
        return
    actor = getattr(request.ctx, "actor", None)
    key = route_key(request.route.name)
    rule = ROUTES.get(key)
    if actor is None or actor.user is None or rule is None or rule.permission is None:
        return
    await record_denial(actor.user, rule.permission, "route", key, role=actor.role.value, refused="scope",
                        path=request.path, method=request.method, message=exception.message)


@dataclass
class TableRow:
    name: str
    methods: list[str]
    path: str
    rule: Rule


def table_rows(app: Sanic) -> list[TableRow]:
    """Every route of the app with its rule (None-free: routes missing from the table are left out)."""
    rows = []
    for route in app.router.routes:
        key = route_key(route.name)
        rule = ROUTES.get(key)
        if rule is None:
            continue
        methods = sorted(m for m in route.methods if m not in ("HEAD", "OPTIONS"))
        rows.append(TableRow(key, methods, "/" + route.path.lstrip("/"), rule))
    return sorted(rows, key=lambda r: (r.path, r.methods))
