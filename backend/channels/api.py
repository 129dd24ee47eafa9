"""Channel routes of the public API: the platforms' webhooks (public, signed). The channel back office is
admin_api/channels.py.

    POST|GET /api/v1/channels/<platform>/webhook           order pushes (GET: WeChat's URL check)
"""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from backend.channels.accounts import account_for, adapter_for, platform_name
from backend.channels.adapters import PlatformError, SignatureError, WebhookError
from backend.channels.ingestion import ingest_webhook
from backend.errors import ServiceUnavailable, Unauthorized, ValidationError

bp = Blueprint("channel_webhooks", url_prefix="/api/v1/channels")


# ---- webhooks -----------------------------------------------------------------------------------------------


@bp.route("/<platform>/webhook", methods=["POST", "GET"])
async def webhook(request: Request, platform: str) -> HTTPResponse:
    """A platform's order push, verified with the platform's signature scheme, ingested idempotently."""
    account = await account_for(platform)
    adapter = adapter_for(account)
    if request.method == "GET":
        echo = adapter.answer_url_check(request.args)
        if echo is None:
            raise Unauthorized("签名校验失败")
        return HTTPResponse(echo, content_type="text/plain")
    try:
        await ingest_webhook(account, request.headers, request.args, request.body)
    except SignatureError as exc:
        raise Unauthorized(f"{platform_name(platform)}推送签名校验失败") from exc
    except WebhookError as exc:
        raise ValidationError(f"{platform_name(platform)}推送内容无法解析：{exc.message}") from exc
    except (PlatformError, TimeoutError) as exc:  # order details unavailable now: the platform redelivers
        raise ServiceUnavailable(f"暂时无法从{platform_name(platform)}获取订单详情，请稍后重试") from exc
    reply = adapter.webhook_ack()
    return HTTPResponse(reply.body, status=reply.status, content_type=reply.content_type)
