"""The staff messenger: the port through which the core talks to staff on WeCom (企业微信).

The core never imports the WeCom client: backend.messaging.notifications sends its outbox rows and
backend.purchasing.notify lays out approval cards through the messenger that backend.wiring installs
(integrations.wecom.messenger.WeComMessenger; tests may install another).

    core ──messenger().asend_text / asend_template_card / approval_card──> integrations.wecom ──> WeCom API
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class MessengerError(Exception):
    """The messenger's service answered an error (``errcode`` != 0) or could not be reached (``errcode`` None)."""

    def __init__(self, errcode: int | None, errmsg: str) -> None:
        self.errcode = errcode
        self.errmsg = errmsg
        super().__init__(f"WeCom error {errcode}: {errmsg}")


@dataclass(frozen=True)
class ApprovalCardInfo:
    """What an approval card says about a purchase order waiting for its approver."""

    po_no: str
    supplier: str
    location: str  # where the goods go
    total_fen: int
    submitted_by: str = ""
    summary: str = ""  # e.g. "爱他美2段 x 24 等 3 种商品"
    url: str = ""  # optional link to the PO in the back office


class Sent(Protocol):
    invalid_users: tuple[str, ...]  # recipients the service does not know (left, out of the app's range)


Recipients = str | list[str] | tuple[str, ...]


class StaffMessenger(Protocol):
    def approval_card(self, info: ApprovalCardInfo) -> dict[str, Any]: ...

    async def asend_text(self, user_ids: Recipients, content: str) -> Sent: ...

    async def asend_template_card(self, user_ids: Recipients, card: dict[str, Any]) -> Sent: ...


_installed: StaffMessenger | None = None


def install(messenger: StaffMessenger) -> None:
    """Called by backend.wiring (and by tests that need another messenger)."""
    global _installed
    _installed = messenger


def messenger() -> StaffMessenger:
    if _installed is None:
        raise RuntimeError("no staff messenger installed: the composition root calls backend.wiring.wire()")
    return _installed
