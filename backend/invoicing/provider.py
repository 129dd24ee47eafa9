"""The e-invoice platform as the core sees it (a port). The client that speaks to the platform (百望云,
integrations/baiwang) is installed by backend.wiring; the core never imports it.

Every call answers a Result and never raises for the platform's answer:
  issued   the invoice exists: its number, date and (when the platform has made it) the PDF's address
  pending  accepted, not issued yet (a red confirmation waiting for the buyer's confirmation): ask again later
  refused  a definite no (bad buyer tax number, amounts the platform rejects, an original that is not ours)
  error    no trustworthy answer (network, a token or signature problem, the platform's system error): ask again
Amounts are integer fen (negative on a red invoice); the client converts them to the platform's yuan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

State = Literal["issued", "pending", "refused", "error"]


@dataclass(frozen=True)
class Line:
    line_no: int  # 1-based; on a red invoice the line of the original it reverses
    name: str
    goods_code: str  # 税收分类编码 (19 digits)
    qty: int  # negative on a red line
    unit: str
    tax_rate_bp: int
    net_fen: int  # excluding VAT
    tax_fen: int


@dataclass(frozen=True)
class BlueRequest:
    serial_no: str  # ours, unique: the platform issues one invoice per serial number
    buyer_name: str
    buyer_tax_no: str  # "" for an individual
    buyer_email: str
    lines: list[Line]
    remark: str = ""


@dataclass(frozen=True)
class RedRequest:
    serial_no: str  # ours, unique per red confirmation
    original_invoice_no: str
    original_issued_at: dt.datetime
    original_net_fen: int
    original_tax_fen: int
    buyer_name: str
    buyer_tax_no: str
    lines: list[Line]  # negative amounts
    reason: str = "02"  # 红字发票冲红原因: 01 开票有误, 02 销货退回, 03 服务中止, 04 销售折让


@dataclass(frozen=True)
class Result:
    state: State
    invoice_no: str = ""
    issued_at: dt.datetime | None = None
    pdf_url: str = ""
    confirm_uuid: str = ""  # red: the platform's red confirmation (红字确认单)
    confirm_no: str = ""
    confirm_state: str = ""
    code: str = ""
    message: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class Provider(Protocol):
    name: str  # for people: 百望云

    async def issue_blue(self, req: BlueRequest) -> Result: ...

    async def issue_red(self, req: RedRequest) -> Result: ...

    async def red_status(self, confirm_uuid: str) -> Result: ...


_factory: Callable[[], Provider | None] | None = None


def install(factory: Callable[[], Provider | None]) -> None:
    """backend.wiring: a factory called per use (None while the platform is not configured)."""
    global _factory
    _factory = factory


def provider() -> Provider | None:
    return _factory() if _factory is not None else None
