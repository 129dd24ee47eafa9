"""Public routes of customer communications under /api/v1/crm: what Alibaba Cloud SMS pushes (delivery receipts,
members' replies; the URL carries the callback token) and the e-mail unsubscribe link (signed token). Thin
handlers over backend.crm.callbacks and backend.crm.unsubscribe."""

from __future__ import annotations

import html

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import html as html_response

from backend.crm import callbacks, unsubscribe
from backend.http import Query, ok, parse_query, read_json

bp = Blueprint("crm", url_prefix="/api/v1/crm")


class TokenQuery(Query):
    token: str = Field(min_length=1, max_length=512)


@bp.post("/sms/reports")
async def sms_reports(request: Request) -> HTTPResponse:
    callbacks.check_token(parse_query(request, TokenQuery).token)
    await callbacks.record_reports(read_json(request))
    return ok({"code": 0, "msg": "成功"})


@bp.post("/sms/replies")
async def sms_replies(request: Request) -> HTTPResponse:
    callbacks.check_token(parse_query(request, TokenQuery).token)
    await callbacks.record_replies(read_json(request))
    return ok({"code": 0, "msg": "接收成功"})


_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title></head>
<body style="font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em"><h1>{title}</h1>{body}</body></html>"""


@bp.get("/unsubscribe")
async def unsubscribe_page(request: Request) -> HTTPResponse:
    token = parse_query(request, TokenQuery).token
    unsubscribe.check(token)
    form = (f'<p>确认后将不再收到我们的营销邮件（订单通知不受影响）。</p><form method="post" '
            f'action="?token={html.escape(token)}"><button type="submit">确认退订</button></form>')
    return html_response(_PAGE.format(title="退订营销邮件", body=form))


@bp.post("/unsubscribe")
async def unsubscribe_confirm(request: Request) -> HTTPResponse:
    """The page's button and mail clients' one-click unsubscribe (RFC 8058) both POST here."""
    await unsubscribe.unsubscribe(parse_query(request, TokenQuery).token)
    return html_response(_PAGE.format(title="已退订", body="<p>您已退订营销邮件，如需恢复可在小程序中重新开启。</p>"))
