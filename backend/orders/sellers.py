"""Who sold an order, and so earns its commission (Order.seller, read by backend.staff.performance).

- POS and phone orders: the staff user who rang the sale up or keyed the order, when that user sells for a
  store (clerk or store manager). Head-office roles (HQ admin, finance, purchasing) placing an order do so on
  the chain's behalf, and the system account `channel-sync` is never a seller.
- Live orders: the seller of the live session (set by backend.live.orders).
- Mini-program orders: nobody; the model records no clerk for a shopper's own order.
- Marketplace orders (Taobao, JD, ...): nobody; the platform sold them.
"""

from __future__ import annotations

from backend.org.models import Channel, Role
from backend.security import Actor

SELLING_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER})
STAFF_SOLD_CHANNELS = frozenset({Channel.POS, Channel.PHONE})
SYSTEM_USERNAMES = frozenset({"channel-sync"})


def seller_id(actor: Actor, channel: Channel) -> int | None:
    """The seller of an order `actor` places on `channel` (None: nobody earns commission on it)."""
    user = actor.user
    if user is None or channel not in STAFF_SOLD_CHANNELS:
        return None
    if user.username in SYSTEM_USERNAMES or not user.is_active or Role(user.role) not in SELLING_ROLES:
        return None
    return int(user.id)
