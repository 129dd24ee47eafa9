"""PIPL: every time a route shows staff a member's phone number or address unmasked, who read whose data, which
fields, through which route and why is written to the audit log (action "member.pii_read", one row per member,
written before the answer is sent, so a read is never shown without its row).

    await record_reads(actor, [member_id, ...], ("phone",), route="GET /admin/api/v1/members/<member_id>",
                       reason="回访")

The staff routes that show unmasked member data call it: the back office's member list and member detail (HQ
sees the phone in full, every other role masked, and masked answers are not audited). Reading one's own data as
a member (GET /members/me/export) is not a staff read and is not recorded here.
"""

from __future__ import annotations

from collections.abc import Iterable

from backend.audit.models import AuditLog
from backend.observability.context import current_client_ip
from backend.security.actor import Actor

ACTION = "member.pii_read"


async def record_reads(actor: Actor, member_ids: Iterable[int], fields: Iterable[str], *, route: str,
                       reason: str = "") -> int:
    """One audit row per member whose data the answer shows unmasked. Returns how many were written."""
    ids = sorted(set(member_ids))
    if not ids or actor.user is None:
        return 0
    names = sorted(set(fields))
    ip = current_client_ip()
    rows = [AuditLog(user_id=actor.user.id, username=actor.user.username, action=ACTION, entity_type="member",
                     entity_id=str(i), before=None, after={"fields": names, "route": route, "reason": reason[:100]},
                     via="admin" if route.startswith(("GET /admin/", "POST /admin/")) else "api", ip=ip)
            for i in ids]
    await AuditLog.bulk_create(rows)
    return len(rows)
