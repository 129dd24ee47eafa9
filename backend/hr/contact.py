"""Contact details of employees and candidates, sealed at rest (backend.fieldcrypt, AES-GCM under
CRADLE_FIELD_KEY). The phone also gets a blind index (purpose "hr_phone") for equality matches. Answers show the
phone masked (138****8000) and no address unless the caller asks to reveal them, which is audited."""

from __future__ import annotations

from backend.fieldcrypt import FieldDecryptError, blind_index, mask_phone, normalise_phone, seal, unseal


def seal_phone(phone: str | None) -> tuple[str | None, str | None]:
    """(sealed phone, blind index) of a mainland mobile number; (None, None) for none. Bad numbers: 400."""
    if not (phone or "").strip():
        return None, None
    digits = normalise_phone(phone or "")
    return seal(digits), blind_index(digits, purpose="hr_phone")


def phone_index(phone: str) -> str:
    return blind_index(normalise_phone(phone), purpose="hr_phone")


def seal_text(text: str | None) -> str | None:
    text = (text or "").strip()
    return seal(text) if text else None


def open_value(stored: str | None) -> str:
    if not stored:
        return ""
    try:
        return unseal(stored)
    except FieldDecryptError:
        return ""


def contact(phone: str | None, address: str | None, *, reveal: bool) -> dict[str, str]:
    plain = open_value(phone)
    if reveal:
        return {"phone": plain, "address": open_value(address)}
    return {"phone": mask_phone(plain), "address": "******" if address else ""}
