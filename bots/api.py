"""The WeCom callback: ``/bots/wecom/callback`` (GET: URL verification, POST: messages and card clicks).

Every request is checked by bots.wecom.crypto before anything else: signature (constant time), timestamp
window, and (timestamp, nonce, signature) seen once in Redis; a forged, stale or replayed request answers 403
and changes nothing. A message WeCom delivers again (same MsgId, new nonce: its retry when we were slow) is
acted on once: later copies answer an empty 200. The sender is the staff member bound to the WeCom user id
(User.wecom_userid); the command runs with their role and stores. Replies are passive encrypted replies
(text, or update_button for a card click); cards (pending approvals) are pushed through the WeCom API after.
"""

from __future__ import annotations

import logging

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, text

from backend.cache import get_redis, key
from backend.messaging.messenger import messenger
from backend.settings import get_settings
from bots.commands import parse_command
from bots.dispatch import handle_command, resolve_user
from bots.replies import (
    INACTIVE_USER_TEXT,
    UNBOUND_USER_TEXT,
    CardButtonEvent,
    IncomingText,
    InvalidMessage,
    Reply,
    parse_incoming,
    render_passive,
)
from bots.wecom.crypto import MalformedCallback, WeComCrypto
from bots.wecom.replay import RedisReplayGuard

log = logging.getLogger("cradle.bot")
bp = Blueprint("wecom_bot", url_prefix="/bots/wecom")
MSG_SEEN_TTL_S = 24 * 3600


def crypto() -> WeComCrypto:
    s = get_settings()
    return WeComCrypto(s.wecom_token, s.wecom_aes_key, s.wecom_corp_id,
                       replay_guard=RedisReplayGuard(get_redis(), prefix=key("wecom", "replay", "")))


@bp.get("/callback")
async def verify(request: Request) -> HTTPResponse:
    a = request.args
    echo = await crypto().verify_url(a.get("msg_signature"), a.get("timestamp"), a.get("nonce"), a.get("echostr"))
    return text(echo)


async def _first_delivery(incoming: IncomingText | CardButtonEvent) -> bool:
    ident = (incoming.msg_id if isinstance(incoming, IncomingText) else
             f"{incoming.task_id}:{incoming.event_key}:{incoming.response_code}") or ""
    if not ident:
        return True
    return bool(await get_redis().set(key("wecom", "msg", incoming.from_user, ident), "1", nx=True,
                                      ex=MSG_SEEN_TTL_S))


async def answer(incoming: object) -> Reply | None:
    """What the bot says to a decrypted, parsed callback (None: nothing)."""
    if not isinstance(incoming, IncomingText | CardButtonEvent):
        return None
    if not await _first_delivery(incoming):
        return None
    user = await resolve_user(incoming.from_user)
    if user is None:
        return Reply(text=UNBOUND_USER_TEXT)
    if not user.is_active:
        return Reply(text=INACTIVE_USER_TEXT)
    if isinstance(incoming, IncomingText):
        return await handle_command(user, parse_command(incoming.content))
    command = incoming.command
    if command is None:
        return Reply(text="无法识别的卡片操作")
    return await handle_command(user, command)


@bp.post("/callback")
async def callback(request: Request) -> HTTPResponse:
    a = request.args
    c = crypto()
    plain = await c.decrypt_message(request.body, a.get("msg_signature"), a.get("timestamp"), a.get("nonce"))
    try:
        incoming = parse_incoming(plain)
    except InvalidMessage:
        raise MalformedCallback() from None
    reply = await answer(incoming)
    if reply is None:
        return text("")
    if reply.cards and isinstance(incoming, IncomingText):
        await _push_cards(incoming.from_user, reply)
    xml = render_passive(reply, incoming, corp_id=c.corp_id)  # type: ignore[arg-type]
    if xml is None:
        return text("")
    return text(c.encrypt_reply(xml, nonce=a.get("nonce")), content_type="application/xml")


async def _push_cards(user_id: str, reply: Reply) -> None:
    for card in reply.cards:
        try:
            await messenger().asend_template_card(user_id, card)
        except Exception as exc:  # the text reply already lists them
            log.warning("approval card to %s not pushed: %s", user_id, exc)
