"""WeCom message formats: template cards (the purchase-order approval card and its button keys) and text limits.

The approval card is a ``button_interaction`` template card with 同意/驳回 buttons whose keys encode the action and
the PO number (:func:`button_key`; the bot reads them back with bots.replies.parse_button_key)."""

from __future__ import annotations

import re
import secrets
from typing import Any

from backend.messaging.messenger import ApprovalCardInfo

TEXT_MAX_BYTES = 2048  # WeCom truncates passive text replies beyond this

APPROVE = "approve"
REJECT = "reject"
_TASK_ID_SAFE = re.compile(r"[^0-9A-Za-z_\-@]")


def truncate_utf8(text: str, max_bytes: int = TEXT_MAX_BYTES) -> str:
    if len(text.encode()) <= max_bytes:
        return text
    budget = max_bytes - len("…".encode())
    out = text.encode()[:budget].decode(errors="ignore")
    return out + "…"


def button_key(action: str, po_no: str) -> str:
    if action not in (APPROVE, REJECT):
        raise ValueError(f"unknown card action {action!r}")
    return f"{action}:{po_no}"


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
