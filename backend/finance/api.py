"""HTTP routes for finance (thin handlers over backend.finance.reports / periods / exports).

finance and hq_admin read everything; a store manager may read P&L and gross margin, limited to their stores.
Every report answers JSON, or an xlsx file with `?format=xlsx`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from backend.errors import Forbidden, NotFound, ValidationError
from backend.finance import charts, exports, periods, reports
from backend.http import Body, ok, parse_body
from backend.org.models import CHANNEL_NAMES_ZH, Channel, Location, Role
from backend.security import current_actor, requires
from backend.timestamps import business_today

bp = Blueprint("finance", url_prefix="/api/v1")

MAX_RANGE_DAYS = 366
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CHAIN_SCOPE_ZH = "全部门店"
_OWN_SCOPE_ZH = "本人负责门店"


# ---------------------------------------------------------------------------------------------------------------
# query parsing


def _arg(request: Request, name: str) -> str | None:
    value = request.args.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _date(request: Request, name: str, default: dt.date) -> dt.date:
    value = _arg(request, name)
    if value is None:
        return default
    if not _DATE.match(value):
        raise ValidationError(f"参数 {name} 日期格式不正确，应为 YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"参数 {name} 不是有效日期") from exc


def _range(request: Request) -> tuple[dt.date, dt.date]:
    """?from=&to= (inclusive). Default: the current month up to today."""
    date_to = _date(request, "to", business_today())
    date_from = _date(request, "from", date_to.replace(day=1))
    if date_from > date_to:
        raise ValidationError("开始日期不能晚于结束日期")
    if (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError(f"查询区间不能超过 {MAX_RANGE_DAYS} 天")
    return date_from, date_to


def _as_of(request: Request) -> dt.date:
    return _date(request, "as_of", business_today())


def _format(request: Request, *allowed: str) -> str:
    fmt = (_arg(request, "format") or "json").lower()
    options = ("json", *allowed)
    if fmt not in options:
        raise ValidationError(f"format 只能是 {'、'.join(options)}")
    return fmt


def _wants_xlsx(request: Request) -> bool:
    return _format(request, "xlsx") == "xlsx"


def _int_arg(request: Request, name: str, default: int) -> int:
    value = _arg(request, name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValidationError(f"参数 {name} 必须是整数") from exc


def _channel(request: Request) -> str | None:
    value = _arg(request, "channel")
    if value is None:
        return None
    try:
        return Channel(value).value
    except ValueError as exc:
        raise ValidationError("渠道不存在") from exc


async def _scope(request: Request) -> tuple[frozenset[int] | None, str]:
    """The locations the caller may see for this report, and a Chinese label for the export."""
    actor = current_actor(request)
    code = _arg(request, "location_code")
    if code is not None:
        loc = await Location.get_or_none(code=code)
        if loc is None:
            if actor.location_ids is not None:
                raise Forbidden("无权查看该门店的数据")
            raise NotFound("找不到该门店或仓库")
        actor.require_location(loc.id)
        return frozenset({loc.id}), f"{loc.name}（{loc.code}）"
    if actor.location_ids is None:
        return None, _CHAIN_SCOPE_ZH
    return actor.location_ids, _OWN_SCOPE_ZH


def _scope_label(label: str, channel: str | None) -> str:
    if channel is None:
        return label

    return f"{label}，渠道：{CHANNEL_NAMES_ZH.get(Channel(channel), channel)}"


def _svg(text: str) -> HTTPResponse:
    return raw(text.encode("utf-8"), content_type=charts.SVG_CONTENT_TYPE)


def _xlsx(built: tuple[bytes, str, str]) -> HTTPResponse:
    data, filename_zh, fallback = built
    return raw(data, content_type=exports.XLSX_CONTENT_TYPE,
               headers={"Content-Disposition": exports.content_disposition(filename_zh, fallback)})


# ---------------------------------------------------------------------------------------------------------------
# reports


@bp.get("/finance/trial-balance")
@requires(Role.FINANCE)
async def trial_balance(request: Request) -> HTTPResponse:
    xlsx = _wants_xlsx(request)
    report = await reports.trial_balance(_as_of(request))
    return _xlsx(exports.trial_balance_xlsx(report)) if xlsx else ok(report)


@bp.get("/finance/pnl")
@requires(Role.FINANCE, Role.STORE_MANAGER)
async def profit_and_loss(request: Request) -> HTTPResponse:
    xlsx = _wants_xlsx(request)
    date_from, date_to = _range(request)
    channel = _channel(request)
    location_ids, label = await _scope(request)
    report = await reports.profit_and_loss(date_from, date_to, location_ids=location_ids, channel=channel)
    if xlsx:
        return _xlsx(exports.profit_and_loss_xlsx(report, _scope_label(label, channel)))
    return ok(report)


@bp.get("/finance/gross-margin")
@requires(Role.FINANCE, Role.STORE_MANAGER)
async def gross_margin(request: Request) -> HTTPResponse:
    """by=sku|category|location|channel; format=xlsx for the sheet, format=svg for a bar chart."""
    fmt = _format(request, "xlsx", "svg")
    date_from, date_to = _range(request)
    by = _arg(request, "by") or "sku"
    channel = _channel(request)
    location_ids, label = await _scope(request)
    report = await reports.gross_margin(date_from, date_to, by, location_ids=location_ids, channel=channel)
    if fmt == "xlsx":
        return _xlsx(exports.gross_margin_xlsx(report, _scope_label(label, channel)))
    if fmt == "svg":
        return _svg(charts.gross_margin_svg(report, _scope_label(label, channel)))
    return ok(report)


@bp.get("/finance/sales-trend")
@requires(Role.FINANCE, Role.STORE_MANAGER)
async def sales_trend(request: Request) -> HTTPResponse:
    """Daily net sales, COGS and gross profit; format=svg for a column chart."""
    fmt = _format(request, "svg")
    date_from, date_to = _range(request)
    channel = _channel(request)
    location_ids, label = await _scope(request)
    report = await reports.sales_trend(date_from, date_to, location_ids=location_ids, channel=channel)
    if fmt == "svg":
        return _svg(charts.sales_trend_svg(report, _scope_label(label, channel)))
    return ok(report)


@bp.get("/finance/balance-sheet")
@requires(Role.FINANCE)
async def balance_sheet(request: Request) -> HTTPResponse:
    xlsx = _wants_xlsx(request)
    report = await reports.balance_sheet(_as_of(request))
    return _xlsx(exports.balance_sheet_xlsx(report)) if xlsx else ok(report)


@bp.get("/finance/vat")
@requires(Role.FINANCE)
async def vat_summary(request: Request) -> HTTPResponse:
    xlsx = _wants_xlsx(request)
    date_from, date_to = _range(request)
    report = await reports.vat_summary(date_from, date_to)
    return _xlsx(exports.vat_summary_xlsx(report)) if xlsx else ok(report)


@bp.get("/finance/stock-valuation")
@requires(Role.FINANCE)
async def stock_valuation(request: Request) -> HTTPResponse:
    """The stock now at its moving-average cost, by=sku|category, beside the ledger's inventory balance."""
    return raw(await reports.stock_valuation_json(_arg(request, "by") or "sku"), content_type="application/json")


@bp.get("/finance/receivables")
@requires(Role.FINANCE)
async def receivables(request: Request) -> HTTPResponse:
    """Receivables per partner (platforms) aged 0-30 / 31-60 / 61-90 / 91-180 / 180+ days."""
    xlsx = _wants_xlsx(request)
    report = await reports.ageing("receivable", _as_of(request))
    return _xlsx(exports.ageing_xlsx(report)) if xlsx else ok(report)


@bp.get("/finance/payables")
@requires(Role.FINANCE)
async def payables(request: Request) -> HTTPResponse:
    """Payables per supplier, aged like receivables."""
    xlsx = _wants_xlsx(request)
    report = await reports.ageing("payable", _as_of(request))
    return _xlsx(exports.ageing_xlsx(report)) if xlsx else ok(report)


XLSX_JOURNAL_MAX_ENTRIES = 5000


@bp.get("/finance/journal")
@requires(Role.FINANCE)
async def journal(request: Request) -> HTTPResponse:
    """Ledger browse. With format=xlsx the whole filtered range (up to 5000 entries) goes into one sheet."""
    xlsx = _wants_xlsx(request)
    date_from, date_to = _range(request)
    q = reports.JournalQuery(
        date_from=date_from, date_to=date_to, account_code=_arg(request, "account"),
        source_type=_arg(request, "source_type"), page=_int_arg(request, "page", 1),
        page_size=_int_arg(request, "page_size", 20),
    )
    if not xlsx:
        return ok(await reports.journal(q))
    q.page, q.page_size = 1, 200
    first = await reports.journal(q)
    if first["total"] > XLSX_JOURNAL_MAX_ENTRIES:
        raise ValidationError(f"导出的凭证不能超过 {XLSX_JOURNAL_MAX_ENTRIES} 张，请缩小日期范围")
    items = list(first["items"])
    while len(items) < first["total"]:
        q.page += 1
        more = (await reports.journal(q))["items"]
        if not more:
            break
        items += more
    return _xlsx(exports.journal_xlsx({**first, "items": items}, date_from.isoformat(), date_to.isoformat()))


@bp.get("/finance/accounts")
@requires(Role.FINANCE)
async def chart_of_accounts(request: Request) -> HTTPResponse:
    return ok({"items": await reports.chart_of_accounts()})


@bp.get("/finance/accounts/<code:str>/history")
@requires(Role.FINANCE)
async def account_history(request: Request, code: str) -> HTTPResponse:
    _format(request)
    date_from, date_to = _range(request)
    return ok(await reports.account_history(code, date_from, date_to))


# ---------------------------------------------------------------------------------------------------------------
# periods


class ClosePeriodBody(Body):
    month: str


@bp.get("/finance/periods")
@requires(Role.FINANCE)
async def list_periods(request: Request) -> HTTPResponse:
    return ok({"items": await periods.list_periods()})


@bp.post("/finance/periods")
@requires(Role.FINANCE)
async def close_period(request: Request) -> HTTPResponse:
    body = parse_body(request, ClosePeriodBody)
    actor = current_actor(request)
    period = await periods.close_period(body.month, actor.user)
    user = actor.user
    result: dict[str, Any] = periods.period_dict(period, (user.display_name or user.username) if user else None)
    return ok(result, status=201)


@bp.delete("/finance/periods/<month:str>")
@requires(Role.FINANCE)
async def reopen_period(request: Request, month: str) -> HTTPResponse:
    await periods.reopen_period(month)
    return ok({})  # unreachable: reopening is always refused
