"""A local fake of the 百望云 (Baiwang Cloud) open platform's e-invoice API, speaking its wire format.

One endpoint, as on openapi.baiwang.com: ``POST /router/rest?method=...``. The fake checks what the platform
checks, with its own code (not the client's), so a client that signs wrongly is refused:

- ``baiwang.oauth.token`` (grant_type=password, client_id = app key; body username, password = SHA256(password +
  salt), client_secret) -> ``{"access_token", "expires_in", "refresh_token"}``.
- Every other method: ``appKey``, a live ``token``, ``timestamp`` within 10 minutes and ``sign`` = upper-case
  MD5(appSecret + the sorted query parameters but sign as k1v1k2v2 (empty left out) + the raw body + appSecret);
  version 7.0 for ``redinvoice.add``, 6.0 otherwise. Errors answer HTTP 200 ``{"success": false,
  "errorResponse": {"code", "message"}}`` (100002 token, 100007 sign, 70169 a required field, 70035 red form).
- ``baiwang.output.invoice.issue`` (body ``{"taxNo", "data"}``): a blue 数电 invoice. The seller's tax number must
  be the configured one; each line's tax must be within ¥0.06 of price x rate and the totals the sums of the
  lines; a buyer tax number, when given, 15-20 upper-case letters and digits. One invoice per ``serialNo``: the
  same serial number answers the same invoice (a retry issues nothing new). 20-digit invoice numbers.
- ``baiwang.output.format.create``: ``{"pdfUrl"}`` of an issued invoice (served as a small PDF under
  ``/fake/baiwang/pdf/<no>.pdf``).
- ``baiwang.output.redinvoice.add`` (flat body): a red confirmation (红字确认单) against an issued original of this
  seller: per original line (``originalInvoiceDetailNo``) at most what is left of it, negative amounts. One per
  ``redConfirmSerialNo``. confirmState 01 (no confirmation needed) when the buyer has no tax number, else
  ``state.company_confirm_state`` (01 by default; set 02 to make the buyer confirm first, then
  ``POST /fake/baiwang/confirm {"redConfirmUuid"}`` confirms). With ``autoIssueSwitch`` Y a confirmed form is
  issued at once as a red invoice.
- ``baiwang.output.redinvoice.redforminfo``: the form's ``confirmState``, ``alreadyRedInvoiceFlag`` and, once
  issued, ``redInvoiceNo``, ``redInvoiceDate``, ``redPdfUrl``.

Switches for tests: ``fail_next`` (the next N business calls answer system error 50001), ``calls`` (method
names as received), ``invoices`` (by number) and ``red_forms`` (by uuid).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse, raw

from backend import demo_accounts
from fakes.server import unique_app_name

CST = timezone(timedelta(hours=8))
TAX_NO_RE = re.compile(r"^[0-9A-Z]{15,20}$")
PDF = b"%PDF-1.4\n% cradle fake e-invoice\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class BaiwangFakeConfig:
    app_key: str = demo_accounts.EINVOICE_APP_KEY
    app_secret: str = demo_accounts.EINVOICE_APP_SECRET
    username: str = demo_accounts.EINVOICE_USERNAME
    password: str = demo_accounts.EINVOICE_PASSWORD
    salt: str = demo_accounts.EINVOICE_USER_SALT
    tax_no: str = demo_accounts.EINVOICE_TAX_NO
    public_base: str = ""  # where the PDFs are served (the fake's own address; set by whoever starts it)


@dataclass
class FakeInvoice:
    invoice_no: str
    serial_no: str
    red: bool
    buyer_name: str
    buyer_tax_no: str
    issued_at: datetime
    net: Decimal
    tax: Decimal
    lines: list[dict[str, Any]]  # goodsLineNo, goodsName, goodsTaxRate, goodsTotalPrice, goodsTotalTax
    original_no: str = ""


@dataclass
class RedForm:
    uuid: str
    confirm_no: str
    serial_no: str
    original_no: str
    state: str
    auto_issue: bool
    buyer_name: str
    buyer_tax_no: str
    lines: list[dict[str, Any]]
    red_no: str = ""


@dataclass
class BaiwangFakeState:
    config: BaiwangFakeConfig = field(default_factory=BaiwangFakeConfig)
    tokens: set[str] = field(default_factory=set)
    invoices: dict[str, FakeInvoice] = field(default_factory=dict)
    by_serial: dict[str, str] = field(default_factory=dict)
    red_forms: dict[str, RedForm] = field(default_factory=dict)
    red_by_serial: dict[str, str] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    fail_next: int = 0
    company_confirm_state: str = "01"
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def reset(self) -> None:
        self.tokens.clear()
        self.invoices.clear()
        self.by_serial.clear()
        self.red_forms.clear()
        self.red_by_serial.clear()
        self.calls.clear()
        self.fail_next = 0
        self.company_confirm_state = "01"

    def number(self) -> str:
        return f"2631{datetime.now(CST):%y}{next(self.seq):014d}"[:20]

    def left_on(self, original_no: str) -> dict[int, tuple[Decimal, Decimal]]:
        """Per line of an original: (price, tax) not yet reversed by a red invoice or an open red form."""
        inv = self.invoices[original_no]
        left = {int(ln["goodsLineNo"]): (Decimal(ln["goodsTotalPrice"]), Decimal(ln["goodsTotalTax"]))
                for ln in inv.lines}
        for form in self.red_forms.values():
            if form.original_no != original_no or form.state not in ("01", "02", "03", "04"):
                continue
            for ln in form.lines:
                no = int(ln["originalInvoiceDetailNo"])
                p, t = left[no]
                left[no] = (p + Decimal(ln["goodsTotalPrice"]), t + Decimal(ln["goodsTotalTax"]))
        return left


class Refusal(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _answer(body: dict[str, Any]) -> HTTPResponse:
    return raw(json.dumps(body, ensure_ascii=False, default=str).encode(), content_type="application/json")


def _ok(method: str, response: Any) -> HTTPResponse:
    return _answer({"method": method, "requestId": secrets.token_hex(8), "success": True, "response": response})


def _err(code: str, message: str) -> HTTPResponse:
    return _answer({"success": False, "errorResponse": {"code": code, "message": message}})


def md5_sign(secret: str, params: dict[str, str], body: str) -> str:
    text = secret + "".join(k + v for k, v in sorted(params.items()) if k != "sign" and v) + body + secret
    return hashlib.md5(text.encode("utf-8")).hexdigest().upper()


def _money(value: Any, what: str) -> Decimal:
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise Refusal("70169", f"{what} 不是金额") from exc
    if d != d.quantize(Decimal("0.01")):
        raise Refusal("70169", f"{what} 最多两位小数")
    return d


def _check_lines(lines: Any, *, red: bool) -> tuple[Decimal, Decimal]:
    if not isinstance(lines, list) or not lines:
        raise Refusal("70169", "明细不能为空")
    net = tax = Decimal(0)
    for ln in lines:
        price = _money(ln.get("goodsTotalPrice"), "goodsTotalPrice")
        t = _money(ln.get("goodsTotalTax"), "goodsTotalTax")
        rate = Decimal(str(ln.get("goodsTaxRate")))
        if not ln.get("goodsName") or not re.fullmatch(r"\d{19}", str(ln.get("goodsCode") or "")):
            raise Refusal("70169", "商品名称或税收分类编码为空")
        if (price < 0 or t < 0) != red or price == 0:
            raise Refusal("70170", "蓝字发票金额须为正数，红字发票金额须为负数")
        if abs(price * rate - t) > Decimal("0.06"):
            raise Refusal("70171", f"第 {ln.get('goodsLineNo')} 行税额误差超过 0.06 元")
        net += price
        tax += t
    return net, tax


def baiwang_blueprint(state: BaiwangFakeState, name: str = "fake_baiwang") -> Blueprint:
    cfg = state.config
    bp = Blueprint(name)

    def _pdf_url(no: str) -> str:
        return f"{cfg.public_base.rstrip('/')}/fake/baiwang/pdf/{no}.pdf"

    def _token(params: dict[str, str], body: dict[str, Any]) -> HTTPResponse:
        if params.get("client_id") != cfg.app_key or body.get("client_secret") != cfg.app_secret:
            return _err("100003", "client_id 或 client_secret 错误")
        expected = hashlib.sha256((cfg.password + cfg.salt).encode()).hexdigest()
        if body.get("username") != cfg.username or body.get("password") != expected:
            return _err("100004", "用户名或密码错误")
        token = secrets.token_hex(16)
        state.tokens.add(token)
        return _ok(params["method"], {"access_token": token, "token_type": "bearer", "expires_in": 28800,
                                      "refresh_token": secrets.token_hex(16)})

    def _issue(body: dict[str, Any]) -> dict[str, Any]:
        data = body.get("data") or {}
        if data.get("invoiceType") != "0":
            raise Refusal("70169", "本接口只开具蓝字数电发票（红字请用红字确认单）")
        serial = str(data.get("serialNo") or "")
        if not serial or not data.get("buyerName"):
            raise Refusal("70169", "serialNo、buyerName 不能为空")
        buyer_tax = str(data.get("buyerTaxNo") or "")
        if buyer_tax and not TAX_NO_RE.match(buyer_tax):
            raise Refusal("70301", "购买方纳税人识别号格式不正确")
        if serial in state.by_serial:  # the same request again: the same invoice
            inv = state.invoices[state.by_serial[serial]]
        else:
            lines = data.get("invoiceDetailsList")
            net, tax = _check_lines(lines, red=False)
            if (_money(data.get("invoiceTotalPrice"), "invoiceTotalPrice") != net
                    or _money(data.get("invoiceTotalTax"), "invoiceTotalTax") != tax
                    or _money(data.get("invoiceTotalPriceTax"), "invoiceTotalPriceTax") != net + tax):
                raise Refusal("70172", "合计金额与明细不符")
            inv = FakeInvoice(invoice_no=state.number(), serial_no=serial, red=False, buyer_name=data["buyerName"],
                              buyer_tax_no=buyer_tax, issued_at=datetime.now(CST), net=net, tax=tax, lines=lines)
            state.invoices[inv.invoice_no] = inv
            state.by_serial[serial] = inv.invoice_no
        return {"success": [{"serialNo": inv.serial_no, "invoiceNo": inv.invoice_no,
                             "invoiceDate": inv.issued_at.strftime("%Y%m%d%H%M%S"),
                             "invoiceTotalPrice": str(inv.net), "invoiceTotalTax": str(inv.tax),
                             "invoiceTotalPriceTax": str(inv.net + inv.tax)}], "fail": []}

    def _format(body: dict[str, Any]) -> dict[str, Any]:
        no = str((body.get("data") or {}).get("invoiceNo") or "")
        if no not in state.invoices:
            raise Refusal("70401", "发票不存在")
        return {"invoiceNo": no, "pdfUrl": _pdf_url(no)}

    def _issue_red(form: RedForm) -> None:
        if form.red_no or form.state not in ("01", "04") or not form.auto_issue:
            return
        original = state.invoices[form.original_no]
        net = sum((Decimal(ln["goodsTotalPrice"]) for ln in form.lines), Decimal(0))
        tax = sum((Decimal(ln["goodsTotalTax"]) for ln in form.lines), Decimal(0))
        inv = FakeInvoice(invoice_no=state.number(), serial_no=form.serial_no, red=True,
                          buyer_name=original.buyer_name, buyer_tax_no=original.buyer_tax_no,
                          issued_at=datetime.now(CST), net=net, tax=tax, lines=form.lines,
                          original_no=form.original_no)
        state.invoices[inv.invoice_no] = inv
        form.red_no = inv.invoice_no

    def _red_add(body: dict[str, Any]) -> list[dict[str, Any]]:
        serial = str(body.get("redConfirmSerialNo") or "")
        if not serial or body.get("entryIdentity") != "01" or body.get("sellerTaxNo") != cfg.tax_no:
            raise Refusal("70169", "redConfirmSerialNo、entryIdentity、sellerTaxNo 有误")
        if serial in state.red_by_serial:
            form = state.red_forms[state.red_by_serial[serial]]
        else:
            original = state.invoices.get(str(body.get("originalInvoiceNo") or ""))
            if original is None or original.red:
                raise Refusal("70035", "蓝字发票不存在或不可冲红")
            if str(body.get("originInvoiceDate") or "") != original.issued_at.strftime("%Y-%m-%d %H:%M:%S"):
                raise Refusal("70035", "蓝字发票开票日期不符")
            if (_money(body.get("originInvoiceTotalPrice"), "originInvoiceTotalPrice") != original.net
                    or _money(body.get("originInvoiceTotalTax"), "originInvoiceTotalTax") != original.tax):
                raise Refusal("70035", "蓝字发票金额不符")
            lines = body.get("redConfirmDetailReqEntityList")
            net, tax = _check_lines(lines, red=True)
            if (_money(body.get("invoiceTotalPrice"), "invoiceTotalPrice") != net
                    or _money(body.get("invoiceTotalTax"), "invoiceTotalTax") != tax):
                raise Refusal("70172", "合计金额与明细不符")
            left = state.left_on(original.invoice_no)
            for ln in lines:
                no = int(ln.get("originalInvoiceDetailNo") or 0)
                if no not in left:
                    raise Refusal("70035", f"蓝字发票没有第 {no} 行")
                p, t = left[no]
                if p + Decimal(ln["goodsTotalPrice"]) < 0 or t + Decimal(ln["goodsTotalTax"]) < 0:
                    raise Refusal("70035", f"第 {no} 行冲红金额超过可冲红金额")
                left[no] = (p + Decimal(ln["goodsTotalPrice"]), t + Decimal(ln["goodsTotalTax"]))
            confirm = "01" if not original.buyer_tax_no else state.company_confirm_state
            form = RedForm(uuid=secrets.token_hex(16), confirm_no=f"RC{next(state.seq):010d}", serial_no=serial,
                           original_no=original.invoice_no, state=confirm, auto_issue=body.get("autoIssueSwitch") == "Y",
                           buyer_name=original.buyer_name, buyer_tax_no=original.buyer_tax_no, lines=lines)
            state.red_forms[form.uuid] = form
            state.red_by_serial[serial] = form.uuid
            _issue_red(form)
        return [{"redConfirmUuid": form.uuid, "redConfirmNo": form.confirm_no, "confirmState": form.state}]

    def _red_info(body: dict[str, Any]) -> dict[str, Any]:
        form = state.red_forms.get(str(body.get("redConfirmUuid") or ""))
        if form is None or body.get("sellerTaxNo") != cfg.tax_no:
            raise Refusal("70035", "红字确认单不存在")
        out: dict[str, Any] = {"redConfirmUuid": form.uuid, "redConfirmNo": form.confirm_no,
                               "confirmState": form.state, "alreadyRedInvoiceFlag": "Y" if form.red_no else "N",
                               "electricInvoiceDetails": form.lines}
        if form.red_no:
            inv = state.invoices[form.red_no]
            out |= {"redInvoiceNo": inv.invoice_no, "redInvoiceDate": inv.issued_at.strftime("%Y%m%d%H%M%S"),
                    "redPdfUrl": _pdf_url(inv.invoice_no)}
        return out

    handlers = {"baiwang.output.invoice.issue": ("6.0", _issue), "baiwang.output.format.create": ("6.0", _format),
                "baiwang.output.redinvoice.add": ("7.0", _red_add),
                "baiwang.output.redinvoice.redforminfo": ("6.0", _red_info)}

    @bp.post("/router/rest")
    async def router(request: Request) -> HTTPResponse:
        params = {k: v[0] for k, v in request.args.items()}
        method = params.get("method", "")
        text = request.body.decode("utf-8")
        try:
            body = json.loads(text or "{}", parse_float=Decimal)
        except ValueError:
            return _err("70169", "请求体不是 JSON")
        if method == "baiwang.oauth.token":
            return _token(params, body)
        state.calls.append(method)
        if method not in handlers:
            return _err("100010", f"未知接口 {method}")
        version, handler = handlers[method]
        if params.get("appKey") != cfg.app_key:
            return _err("100005", "appKey 不存在")
        if params.get("token") not in state.tokens:
            return _err("100002", "token 无效或已过期")
        if params.get("version") != version or params.get("format") != "json":
            return _err("100006", "version 或 format 错误")
        try:
            if abs(int(params.get("timestamp", "0")) / 1000 - time.time()) > 600:
                return _err("100008", "timestamp 超出允许范围")
        except ValueError:
            return _err("100008", "timestamp 格式错误")
        if params.get("sign") != md5_sign(cfg.app_secret, params, text):
            return _err("100007", "签名错误")
        if body.get("taxNo") != cfg.tax_no:
            return _err("70169", "taxNo 不是本企业税号")
        if state.fail_next > 0:
            state.fail_next -= 1
            return _err("50001", "系统繁忙，请稍后重试")
        try:
            return _ok(method, handler(body))
        except Refusal as r:
            return _err(r.code, r.message)

    @bp.get("/fake/baiwang/pdf/<no>")
    async def pdf(request: Request, no: str) -> HTTPResponse:
        if no.removesuffix(".pdf") not in state.invoices:
            return raw(b"not found", status=404)
        return raw(PDF, content_type="application/pdf")

    @bp.post("/fake/baiwang/confirm")
    async def confirm(request: Request) -> HTTPResponse:
        """The buyer confirms a red form waiting for them (state 02 -> 04); auto-issued then."""
        form = state.red_forms.get(str((request.json or {}).get("redConfirmUuid") or ""))
        if form is None:
            return _err("70035", "红字确认单不存在")
        if form.state in ("02", "03"):
            form.state = "04"
            _issue_red(form)
        return _answer({"success": True, "confirmState": form.state, "redInvoiceNo": form.red_no})

    return bp


def create_baiwang_fake(config: BaiwangFakeConfig | None = None) -> Sanic:
    """A Sanic app serving the fake; its state is ``app.ctx.state``. Set ``state.config.public_base`` to the
    served address for working PDF links (the tests' ``run_fake`` fixture does)."""
    state = BaiwangFakeState(config=config or BaiwangFakeConfig())
    app = Sanic(unique_app_name("fake_baiwang"), configure_logging=False)
    app.ctx.state = state
    app.blueprint(baiwang_blueprint(state))
    return app
