"""The one-tap e-mail unsubscribe: the link in every marketing e-mail carries a signed, expiring token
(backend.crm.tokens). Opening it shows a confirmation page; confirming (or a mail client's RFC 8058 one-click
POST) withdraws the member's e-mail marketing consent, recorded as an email_link event."""

from __future__ import annotations

from backend.crm.consent import set_consent
from backend.crm.models import Channel, ConsentSource
from backend.crm.tokens import read_token


async def unsubscribe(token: str) -> bool:
    """Withdraw the consent the token names. True when it changed."""
    u = read_token(token)
    detail = f"邮件退订链接（活动 {u.campaign_id}）" if u.campaign_id else "邮件退订链接"
    return await set_consent(u.member_id, Channel(u.channel), False, ConsentSource.EMAIL_LINK, detail=detail)


def check(token: str) -> None:
    read_token(token)
