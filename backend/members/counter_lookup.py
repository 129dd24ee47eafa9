"""Finding the member at the counter (GET /pos/members?q=): by the stored-value code they show (the code is not
used by the lookup), by phone, by member code, or by an older card number merged into the member (legacy import)."""

from __future__ import annotations

from backend.fieldcrypt import phone_hash
from backend.members import paycode
from backend.members.models import Member


async def find_at_counter(q: str) -> list[Member]:
    found: list[Member] = []
    if paycode.looks_like(q):  # the member's stored-value code scanned: that member (the code is not used yet)
        by_code = await paycode.member_of(q)
        found = [by_code] if by_code is not None else []
    elif q.isdigit() and len(q) == 11 and q.startswith("1"):
        found = await Member.filter(phone_hash=phone_hash(q), merged_into_id=None, deleted_at=None)
    if not found and not paycode.looks_like(q) and len(q) <= 16:  # member codes are at most 16 characters
        found = await Member.filter(member_code=q.upper(), merged_into_id=None, deleted_at=None)
    if not found:  # an older card number merged into a member (legacy import)
        found = await Member.filter(aliases__card_no=q, merged_into_id=None, deleted_at=None)
    return found
