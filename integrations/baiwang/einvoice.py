"""百望云 as the core's e-invoice provider (backend.invoicing.provider), installed by backend.wiring.

    blue  baiwang.output.invoice.issue (invoiceType 0, 数电普票 invoiceTypeCode 02, prices excluding tax)
          -> invoiceNo, invoiceDate; then baiwang.output.format.create -> the PDF's address
    red   baiwang.output.redinvoice.add (红字确认单, seller-entered, autoIssueSwitch Y) -> redConfirmUuid,
          confirmState (01: no confirmation needed, issued at once; 04: both confirmed); then
          baiwang.output.redinvoice.redforminfo -> the red invoice's number and PDF once issued
          (confirmState 02/03: waiting for the other side; the core asks again later)

One client per configuration (settings.einvoice_*), so the token is cached between calls; not configured
(no app key): ``provider()`` answers None and the core refuses to issue.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from backend.invoicing.provider import BlueRequest, Line, RedRequest, Result
from backend.observability.redaction import register_secret
from backend.settings import get_settings
from backend.timestamps import CHINA
from integrations.baiwang import wire
from integrations.baiwang.client import BaiwangClient, BaiwangError, Credentials

NAME = "百望云"
CONFIRMED = frozenset({"01", "04"})  # no confirmation needed / both sides confirmed: the red invoice is issued
WAITING = frozenset({"02", "03"})  # the seller entered it, the buyer has to confirm (or the other way round)
# Refusals no retry changes (bad parameters, a buyer tax number the tax bureau does not know, an original that
# is not the seller's, amounts beyond the original); anything else is asked again.
RETRYABLE_PREFIXES = ("1000", "5")  # platform and gateway errors (token, sign, rate limit, system busy)

_clients: dict[Credentials, BaiwangClient] = {}


def _creds() -> Credentials | None:
    s = get_settings()
    if not s.einvoice_app_key:
        return None
    return Credentials(base_url=s.einvoice_api_base, app_key=s.einvoice_app_key, app_secret=s.einvoice_app_secret,
                       username=s.einvoice_username, password=s.einvoice_password, salt=s.einvoice_user_salt,
                       tax_no=s.einvoice_tax_no)


def _when(value: Any) -> dt.datetime | None:
    text = str(value or "").strip()
    for fmt in ("%Y%m%d%H%M%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).replace(tzinfo=CHINA)
        except ValueError:
            continue
    return None


def _line(ln: Line) -> dict[str, Any]:
    return {"goodsLineNo": ln.line_no, "invoiceLineNature": "0", "goodsCode": ln.goods_code, "goodsName": ln.name,
            "goodsQuantity": str(ln.qty), "goodsUnit": ln.unit, "goodsTaxRate": wire.rate(ln.tax_rate_bp),
            "goodsTotalPrice": wire.yuan(ln.net_fen), "goodsTotalTax": wire.yuan(ln.tax_fen),
            "preferentialMarkFlag": "0"}


def _failure(exc: Exception) -> Result:
    if isinstance(exc, BaiwangError):
        if not exc.code or exc.code.startswith(RETRYABLE_PREFIXES):
            return Result("error", code=exc.code, message=exc.message[:200])
        return Result("refused", code=exc.code, message=exc.message[:200])
    return Result("error", code="network", message=str(exc)[:200] or exc.__class__.__name__)


class BaiwangEInvoice:
    name = NAME

    def __init__(self, client: BaiwangClient) -> None:
        self.client = client
        self.tax_no = client.creds.tax_no

    async def _pdf(self, invoice_no: str, issued: dt.datetime | None) -> str:
        data = await self.client.call(wire.FORMAT_CREATE, {"taxNo": self.tax_no, "data": {
            "invoiceNo": invoice_no, "invoiceDate": issued.strftime("%Y%m%d%H%M%S") if issued else ""}})
        return str((data or {}).get("pdfUrl") or "")

    async def issue_blue(self, req: BlueRequest) -> Result:
        net = sum(ln.net_fen for ln in req.lines)
        tax = sum(ln.tax_fen for ln in req.lines)
        body = {"taxNo": self.tax_no, "data": {
            "invoiceType": "0", "invoiceTypeCode": "02", "priceTaxMark": "0", "invoiceListMark": "0",
            "taxationMethod": "0", "serialNo": req.serial_no, "buyerName": req.buyer_name,
            "buyerTaxNo": req.buyer_tax_no, "buyerEmail": req.buyer_email, "remarks": req.remark,
            "invoiceTotalPrice": wire.yuan(net), "invoiceTotalTax": wire.yuan(tax),
            "invoiceTotalPriceTax": wire.yuan(net + tax), "invoiceDetailsList": [_line(ln) for ln in req.lines]}}
        try:
            data = await self.client.call(wire.ISSUE, body) or {}
            fail = data.get("fail") or []
            if fail:
                f = fail[0]
                return Result("refused", code=str(f.get("errorCode") or ""), message=str(f.get("errorMessage") or ""))
            ok = (data.get("success") or [{}])[0]
            number, issued = str(ok.get("invoiceNo") or ""), _when(ok.get("invoiceDate"))
            if not number or ok.get("serialNo", req.serial_no) != req.serial_no:
                return Result("error", code="mismatch", message="应答与开票请求不符")
            if wire.fen(ok.get("invoiceTotalPriceTax", wire.yuan(net + tax))) != net + tax:
                return Result("error", code="mismatch", message="应答金额与开票请求不符")
            pdf = await self._pdf(number, issued)
        except (BaiwangError, httpx.HTTPError, ValueError) as exc:
            return _failure(exc)
        return Result("issued", invoice_no=number, issued_at=issued, pdf_url=pdf)

    async def issue_red(self, req: RedRequest) -> Result:
        net = sum(ln.net_fen for ln in req.lines)
        tax = sum(ln.tax_fen for ln in req.lines)
        body = {
            "taxNo": self.tax_no, "redConfirmSerialNo": req.serial_no, "entryIdentity": "01",
            "sellerTaxNo": self.tax_no, "buyerTaxName": req.buyer_name, "buyerTaxNo": req.buyer_tax_no,
            "originInvoiceIsPaper": "N", "originalInvoiceNo": req.original_invoice_no,
            "originInvoiceDate": req.original_issued_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S"),
            "originInvoiceTotalPrice": wire.yuan(req.original_net_fen),
            "originInvoiceTotalTax": wire.yuan(req.original_tax_fen), "originInvoiceType": "02",
            "invoiceTotalPrice": wire.yuan(net), "invoiceTotalTax": wire.yuan(tax), "redInvoiceLabel": req.reason,
            "invoiceSource": "2", "priceTaxMark": "0", "autoIssueSwitch": "Y", "deliverFlag": "0",
            "redInvoiceIsPaper": "N",
            "redConfirmDetailReqEntityList": [{**_line(ln), "originalInvoiceDetailNo": ln.line_no} for ln in req.lines],
        }
        try:
            data = await self.client.call(wire.RED_ADD, body) or [{}]
            first = data[0] if isinstance(data, list) and data else {}
            uuid_ = str(first.get("redConfirmUuid") or "")
            if not uuid_:
                return Result("error", code="mismatch", message="应答没有红字确认单")
        except (BaiwangError, httpx.HTTPError, ValueError) as exc:
            return _failure(exc)
        result = await self.red_status(uuid_)
        if result.state == "error":  # the confirmation exists: ask about it later
            return Result("pending", confirm_uuid=uuid_, confirm_no=str(first.get("redConfirmNo") or ""),
                          confirm_state=str(first.get("confirmState") or ""), message=result.message)
        return result

    async def red_status(self, confirm_uuid: str) -> Result:
        try:
            data = await self.client.call(wire.RED_INFO, {"taxNo": self.tax_no, "sellerTaxNo": self.tax_no,
                                                          "redConfirmUuid": confirm_uuid}) or {}
        except (BaiwangError, httpx.HTTPError, ValueError) as exc:
            return _failure(exc)
        state = str(data.get("confirmState") or "")
        common = {"confirm_uuid": confirm_uuid, "confirm_no": str(data.get("redConfirmNo") or ""),
                  "confirm_state": state}
        if state in CONFIRMED and data.get("alreadyRedInvoiceFlag") == "Y" and data.get("redInvoiceNo"):
            return Result("issued", invoice_no=str(data["redInvoiceNo"]), issued_at=_when(data.get("redInvoiceDate")),
                          pdf_url=str(data.get("redPdfUrl") or ""), **common)
        if state in CONFIRMED or state in WAITING:
            return Result("pending", message="等待确认" if state in WAITING else "红字发票开具中", **common)
        return Result("refused", code=state, message=f"红字确认单状态 {state}（已作废、已撤销或被拒绝）", **common)


def provider() -> BaiwangEInvoice | None:
    creds = _creds()
    if creds is None:
        return None
    if creds not in _clients:
        register_secret(creds.app_secret, creds.password)  # never in a log line
        _clients.clear()
        _clients[creds] = BaiwangClient(creds)
    return BaiwangEInvoice(_clients[creds])
