"""What the bot says, in WeCom's formats: passive reply XML, template cards, and the incoming messages.

- :class:`Reply` is what the dispatcher answers; :func:`render_passive` turns it into the plaintext passive
  reply XML for the message it answers (text, or ``update_button`` for a card button click).
- :func:`approval_card` builds a ``button_interaction`` template card for a purchase order with 同意/驳回
  buttons whose keys encode the action and the PO number (:func:`button_key` / :func:`parse_button_key`).
- :func:`parse_incoming` reads a decrypted callback: text messages, template card button clicks
  (``Event=template_card_event``), anything else.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from backend.xml_safe import UnsafeXML, parse_xml
from bots.commands import Approve, Reject

TEXT_MAX_BYTES = 2048  # WeCom truncates passive text replies beyond this

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


def truncate_utf8(text: str, max_bytes: int = TEXT_MAX_BYTES) -> str:
    if len(text.encode()) <= max_bytes:
        return text
    budget = max_bytes - len("…".encode())
    out = text.encode()[:budget].decode(errors="ignore")
    return out + "…"


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

APPROVE = "approve"
REJECT = "reject"
_KEY_RE = re.compile(r"^(approve|reject):(PO[0-9A-Z-]+)$")
_TASK_ID_SAFE = re.compile(r"[^0-9A-Za-z_\-@]")

LABEL_APPROVED = "已同意"
LABEL_REJECTED = "已驳回"


def button_key(action: str, po_no: str) -> str:
    if action not in (APPROVE, REJECT):
        raise ValueError(f"unknown card action {action!r}")
    return f"{action}:{po_no}"


def parse_button_key(key: str) -> Approve | Reject | None:
    """``"approve:PO…"`` -> Approve, ``"reject:PO…"`` -> Reject (reason filled by the dispatcher), else None."""
    m = _KEY_RE.match((key or "").strip())
    if not m:
        return None
    action, po_no = m.groups()
    return Approve(po_no=po_no) if action == APPROVE else Reject(po_no=po_no, reason="")


def new_task_id(po_no: str) -> str:
    """Unique per card (WeCom refuses a task_id reused within the app): digits, letters and ``_-@``, <=128."""
    return (_TASK_ID_SAFE.sub("", f"po-{po_no}") + "-" + secrets.token_hex(6))[:128]


def yuan(fen: int) -> str:
    """Integer fen -> "¥1,234.50" (no floats)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class ApprovalCardInfo:
    po_no: str
    supplier: str
    location: str  # where the goods go
    total_fen: int
    submitted_by: str = ""
    summary: str = ""  # e.g. "爱他美2段 x 24 等 3 种商品"
    url: str = ""  # optional link to the PO in the back office


def approval_card(info: ApprovalCardInfo, *, task_id: str | None = None) -> dict[str, Any]:
    """A ``button_interaction`` template card asking to approve or reject a purchase order."""
    rows = [
        {"keyname": "单号", "value": info.po_no},
        {"keyname": "供应商", "value": _clip(info.supplier, 30)},
        {"keyname": "收货地", "value": _clip(info.location, 30)},
        {"keyname": "金额", "value": yuan(info.total_fen)},
    ]
    if info.submitted_by:
        rows.append({"keyname": "申请人", "value": _clip(info.submitted_by, 30)})
    card: dict[str, Any] = {
        "card_type": "button_interaction",
        "source": {"desc": "Cradle 采购审批", "desc_color": 0},
        "main_title": {"title": "采购单待审批", "desc": f"{info.po_no} · {yuan(info.total_fen)}"},
        "horizontal_content_list": rows,
        "task_id": task_id or new_task_id(info.po_no),
        "button_list": [
            {"text": "同意", "style": 1, "key": button_key(APPROVE, info.po_no)},
            {"text": "驳回", "style": 2, "key": button_key(REJECT, info.po_no)},
        ],
    }
    if info.summary:
        card["sub_title_text"] = _clip(info.summary, 112)
    if info.url:
        card["card_action"] = {"type": 1, "url": info.url}
    return card


def card_message(card: dict[str, Any]) -> dict[str, Any]:
    """The ``msg`` part of ``message/send`` for a template card."""
    return {"msgtype": "template_card", "template_card": card}


# --------------------------------------------------------------------------------------------------------
# Fixed texts

def help_text(*, can_approve: bool = True, can_see_sales: bool = True, hint: str = "") -> str:
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
    return "\n".join(lines)


UNBOUND_USER_TEXT = "你的企业微信账号还没有绑定 Cradle 员工账号，请联系管理员绑定后再试。"
INACTIVE_USER_TEXT = "你的员工账号已停用，如有疑问请联系管理员。"


def failure_text(message: str) -> str:
    return f"操作未完成：{message}"

