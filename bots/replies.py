"""What the bot says, in WeCom's formats: passive reply XML, template cards, and the incoming messages.

- :class:`Reply` is what the dispatcher answers; :func:`render_passive` turns it into the plaintext passive
  reply XML for the message it answers (text, or ``update_button`` for a card button click).
- :func:`parse_button_key` reads the key of a 同意/驳回 button of an approval card (the card's layout and
  :func:`~integrations.wecom.cards.button_key` are in integrations.wecom.cards).
- :func:`parse_incoming` reads a decrypted callback: text messages, template card button clicks
  (``Event=template_card_event``), anything else.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from backend.xml_safe import UnsafeXML, parse_xml
from bots.commands import Approve, Reject
from integrations.wecom.cards import APPROVE, truncate_utf8

# --------------------------------------------------------------------------------------------------------
# The dispatcher's answer


@dataclass(frozen=True)
class Reply:
    """``text``: passive text reply. ``button_label``: when answering a card button click, replace the clicked
    card's buttons with this grey label (passive ``update_button``). ``cards``: template cards to push to the
    sender through the API after replying (passive replies cannot carry new cards)."""

    text: str | None = None
    button_label: str | None = None
    cards: tuple[dict[str, Any], ...] = field(default=())


# --------------------------------------------------------------------------------------------------------
# Incoming (decrypted) messages


@dataclass(frozen=True)
class IncomingText:
    to_user: str  # corp id
    from_user: str  # WeCom user id of the sender
    content: str
    msg_id: str = ""
    agent_id: str = ""
    create_time: int = 0


@dataclass(frozen=True)
class CardButtonEvent:
    to_user: str
    from_user: str
    event_key: str  # the clicked button's key
    task_id: str
    card_type: str
    response_code: str = ""  # lets update_template_card change this user's card (once, within 72 h)
    agent_id: str = ""
    create_time: int = 0

    @property
    def command(self) -> Approve | Reject | None:
        return parse_button_key(self.event_key)


@dataclass(frozen=True)
class OtherMessage:
    """Any other message or event (image, voice, enter_agent, ...): the bot answers with help or nothing."""

    to_user: str
    from_user: str
    msg_type: str
    event: str = ""
    agent_id: str = ""
    create_time: int = 0


Incoming = IncomingText | CardButtonEvent | OtherMessage


class InvalidMessage(ValueError):
    pass


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def parse_incoming(plain_xml: str | bytes) -> Incoming:
    """Parse a decrypted WeCom callback message; raises :class:`InvalidMessage` if it is not one."""
    try:
        xml = parse_xml(plain_xml)
    except UnsafeXML as exc:
        raise InvalidMessage(f"not a callback message: {exc}") from exc
    to_user, from_user = _text(xml.get("ToUserName")), _text(xml.get("FromUserName"))
    msg_type = _text(xml.get("MsgType"))
    if not from_user or not msg_type:
        raise InvalidMessage("FromUserName and MsgType are required")
    common = {"to_user": to_user, "from_user": from_user, "agent_id": _text(xml.get("AgentID")),
              "create_time": _int(xml.get("CreateTime"))}
    if msg_type == "text":
        return IncomingText(content=_text(xml.get("Content")), msg_id=_text(xml.get("MsgId")), **common)
    event = _text(xml.get("Event"))
    if msg_type == "event" and event == "template_card_event":
        return CardButtonEvent(
            event_key=_text(xml.get("EventKey")), task_id=_text(xml.get("TaskId")),
            card_type=_text(xml.get("CardType")), response_code=_text(xml.get("ResponseCode")), **common,
        )
    return OtherMessage(msg_type=msg_type, event=event, **common)


# --------------------------------------------------------------------------------------------------------
# Passive replies (plaintext XML; the callback encrypts them)


def _cdata(value: str) -> str:
    # "]]>" cannot appear inside CDATA: split it across two sections.
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_reply_xml(to_user: str, from_user: str, content: str, create_time: int | None = None) -> str:
    """Passive text reply: ToUserName is the member's user id, FromUserName the corp id."""
    return (
        "<xml>"
        f"<ToUserName>{_cdata(to_user)}</ToUserName>"
        f"<FromUserName>{_cdata(from_user)}</FromUserName>"
        f"<CreateTime>{int(create_time if create_time is not None else time.time())}</CreateTime>"
        "<MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{_cdata(truncate_utf8(content))}</Content>"
        "</xml>"
    )


def update_button_reply_xml(to_user: str, from_user: str, replace_name: str,
                            create_time: int | None = None) -> str:
    """Passive reply to a template card click: the clicked user's buttons become a grey ``replace_name``."""
    return (
        "<xml>"
        f"<ToUserName>{_cdata(to_user)}</ToUserName>"
        f"<FromUserName>{_cdata(from_user)}</FromUserName>"
        f"<CreateTime>{int(create_time if create_time is not None else time.time())}</CreateTime>"
        "<MsgType><![CDATA[update_button]]></MsgType>"
        f"<Button><ReplaceName>{_cdata(replace_name)}</ReplaceName></Button>"
        "</xml>"
    )


def render_passive(reply: Reply, incoming: Incoming, *, corp_id: str, create_time: int | None = None) -> str | None:
    """The plaintext passive reply for ``incoming``, or None when there is nothing to say passively."""
    if isinstance(incoming, CardButtonEvent) and reply.button_label:
        return update_button_reply_xml(incoming.from_user, corp_id, reply.button_label, create_time)
    if reply.text:
        return text_reply_xml(incoming.from_user, corp_id, reply.text, create_time)
    return None


# --------------------------------------------------------------------------------------------------------
# Template cards

_KEY_RE = re.compile(r"^(approve|reject):(PO[0-9A-Z-]+)$")

LABEL_APPROVED = "已同意"
LABEL_REJECTED = "已驳回"


def parse_button_key(key: str) -> Approve | Reject | None:
    """``"approve:PO…"`` -> Approve, ``"reject:PO…"`` -> Reject (reason filled by the dispatcher), else None."""
    m = _KEY_RE.match((key or "").strip())
    if not m:
        return None
    action, po_no = m.groups()
    return Approve(po_no=po_no) if action == APPROVE else Reject(po_no=po_no, reason="")


# --------------------------------------------------------------------------------------------------------
# Fixed texts

def help_text(*, can_approve: bool = True, can_see_sales: bool = True, can_see_marketing: bool = False,
              hint: str = "") -> str:
    lines = []
    if hint:
        lines.append(f"{hint}。")
    lines.append("我可以帮你：")
    lines.append("· 查库存 爱他美2段 —— 各门店库存和临期批次")
    if can_approve:
        lines.append("· 待审批 —— 等你审批的采购单")
        lines.append("· 同意 PO20261123001")
        lines.append("· 驳回 PO20261123001 价格太高")
    lines.append("· 上班打卡 / 下班打卡")
    if can_see_sales:
        lines.append("· 今日销售 —— 本店今天的销售")
        lines.append("· 并行对账 —— 新旧系统并行运行今天的对账状态")
    if can_see_marketing:
        lines.append("· 今日营销 —— 今天短信、邮件营销的发送结果")
    return "\n".join(lines)


UNBOUND_USER_TEXT = "你的企业微信账号还没有绑定 Cradle 员工账号，请联系管理员绑定后再试。"
INACTIVE_USER_TEXT = "你的员工账号已停用，如有疑问请联系管理员。"


def failure_text(message: str) -> str:
    return f"操作未完成：{message}"

