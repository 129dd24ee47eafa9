"""The back office API under /admin/api/v1: one blueprint group of thin handlers over the domain services.

Every route needs a staff token in a back-office role: its row in the authorization table
(backend.security.authorization) admits only those, which the table checks when the app starts; services
check store scope."""

from __future__ import annotations

from sanic import Blueprint

from admin_api import (
    analytics,
    audit,
    banking,
    catalog,
    channels,
    chart,
    coupons,
    crm,
    einvoices,
    expenses,
    finance,
    hr,
    hr_recruiting,
    imports,
    locations,
    members,
    notifications,
    open_clients,
    ops,
    order_reviews,
    orders,
    parallel_runs,
    payables,
    printing,
    promotions,
    receivables,
    refunds,
    roles,
    security,
    stock,
    suppliers,
    users,
)
from admin_api.common import PREFIX

bp = Blueprint.group(
    locations.bp, catalog.bp, users.bp, members.bp, orders.bp, stock.bp, audit.bp, finance.bp,
    promotions.bp, imports.bp, security.bp, analytics.bp, suppliers.bp, notifications.bp, coupons.bp,
    refunds.bp, order_reviews.bp, roles.bp, channels.bp, chart.bp, payables.bp, expenses.bp, ops.bp, crm.bp, hr.bp, hr_recruiting.bp,
    open_clients.bp, printing.bp,
    parallel_runs.bp,
    einvoices.bp,
    receivables.bp, banking.bp,
    url_prefix=PREFIX,
)
