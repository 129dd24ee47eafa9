"""Staff phone numbers, sealed at rest like members' (backend.fieldcrypt: AES-GCM under
CRADLE_FIELD_KEY). Staff are never looked up by phone, so there is no blind index.

Shown in full only to HQ and to the staff member themself; masked (138****8000) to anyone else who may read the
profile (a store manager of a shared store). Rows written before phones were sealed are sealed by
`python -m backend.manage migrate` (seal_plain_phones); until then they read as they are.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.fieldcrypt import FieldDecryptError, is_sealed, mask_phone, seal, unseal
from backend.org.models import Role, User

FULL_VIEW_ROLES = frozenset({Role.HQ_ADMIN})


def seal_phone(phone: str | None) -> str | None:
    phone = (phone or "").strip()
    return seal(phone) if phone else None


def phone_of(user: User) -> str:
    if not user.phone:
        return ""
    if not is_sealed(user.phone):
        return user.phone  # written before phones were sealed; the next migrate seals it
    try:
        return unseal(user.phone)
    except FieldDecryptError:
        return ""


def phone_for(viewer: object, user: User) -> str:
    """The phone as this viewer may see it: in full for HQ and the person themself, else masked."""
    plain = phone_of(user)
    if getattr(viewer, "role", None) in FULL_VIEW_ROLES or getattr(viewer, "id", None) == user.id:
        return plain
    return mask_phone(plain)


async def seal_plain_phones(conn: BaseDBAsyncClient | None = None) -> int:
    """Seal every staff phone still stored in plain text. Each row is written only if it still holds the plain
    value read (a concurrent run seals it once). Returns the rows sealed."""
    sealed = 0
    for user_id, phone in await User.filter(phone__not_isnull=True).using_db(conn).values_list("id", "phone"):
        if not phone or is_sealed(phone):
            continue
        sealed += await User.filter(id=user_id, phone=phone).using_db(conn).update(phone=seal_phone(phone))
    return sealed
