"""What Alibaba Cloud SMS pushes to us (HTTP batch push, configured in the SMS console with our URLs):

- SmsReport, delivery receipts: a JSON array of {phone_number, send_time, report_time, success, err_code,
  err_msg, sms_size, biz_id, out_id}. out_id is our delivery id (sent as OutId), biz_id the provider's id of the
  send. Each receipt moves its delivery to delivered / undelivered; a receipt pushed again changes nothing.
- SmsUp, replies: a JSON array of {phone_number, send_time, content, sign_name, dest_code, sequence_id}. A reply
  of TD / T / N / 退订 / 退 withdraws the member's SMS marketing consent (recorded as an sms_reply event).

Alibaba does not sign these pushes, so the URLs carry a token (an HMAC derived from CRADLE_FIELD_KEY), shown to HQ
by GET /admin/api/v1/crm/callbacks to paste into the console. Both answer Alibaba's {"code": 0, "msg": ...}."""

from __future__ import annotations

import hmac
import logging
import re
from datetime import UTC, datetime
from typing import Any

from backend.crm import error_codes
from backend.crm.consent import set_consent
from backend.crm.models import Channel, ConsentSource, Delivery, DeliveryStatus
from backend.errors import Forbidden, ValidationError
from backend.fieldcrypt import derived_key, mask_phone, phone_hash
from backend.members.models import Member
from backend.settings import get_settings

log = logging.getLogger("cradle.crm")

REPORT_PATH = "/api/v1/crm/sms/reports"
REPLY_PATH = "/api/v1/crm/sms/replies"
UNSUBSCRIBE_WORDS = {"td", "t", "n", "退订", "退", "取消", "unsubscribe", "stop"}
MAX_ITEMS = 1000


def callback_token() -> str:
    return derived_key(b"crm-sms-callback").hex()[:40]


def check_token(given: str | None) -> None:
    if not given or not hmac.compare_digest(given, callback_token()):
        raise Forbidden("回调令牌无效", code=error_codes.INVALID_TOKEN)


def callback_urls() -> dict[str, str]:
    base = get_settings().public_base_url.rstrip("/")
    token = callback_token()
    return {"sms_report_url": f"{base}{REPORT_PATH}?token={token}",
            "sms_reply_url": f"{base}{REPLY_PATH}?token={token}"}


def _items(payload: Any) -> list[dict[str, Any]]:
    if isinstance(payload, dict):
        payload = [payload]
    if not isinstance(payload, list) or len(payload) > MAX_ITEMS or not all(isinstance(x, dict) for x in payload):
        raise ValidationError("推送内容应为 JSON 数组")
    return payload


async def record_reports(payload: Any) -> dict[str, int]:
    seen = matched = 0
    now = datetime.now(UTC)
    for item in _items(payload):
        seen += 1
        out_id, biz_id = str(item.get("out_id") or ""), str(item.get("biz_id") or "")
        if not out_id.isdigit() or len(out_id) > 18:
            continue
        success = item.get("success") in (True, "true", "True", 1, "1")
        status = DeliveryStatus.DELIVERED if success else DeliveryStatus.UNDELIVERED
        qs = Delivery.filter(id=int(out_id), status__in=[DeliveryStatus.SENT, DeliveryStatus.SENDING])
        if biz_id:
            qs = qs.filter(provider_id__in=[biz_id, ""])
        matched += await qs.update(status=status, reported_at=now,
                                   report_code=str(item.get("err_code") or "")[:64])
    return {"received": seen, "recorded": matched}


def is_unsubscribe(content: str) -> bool:
    word = re.sub(r"[\s\W_]+", "", content or "").lower()
    return word in UNSUBSCRIBE_WORDS


async def record_replies(payload: Any) -> dict[str, int]:
    seen = unsubscribed = 0
    for item in _items(payload):
        seen += 1
        content, phone = str(item.get("content") or ""), str(item.get("phone_number") or "")
        if not is_unsubscribe(content):
            continue
        try:
            digest = phone_hash(phone)
        except ValidationError:
            continue
        member = await Member.filter(phone_hash=digest, deleted_at=None).first()
        if member is None:
            log.info("unsubscribe reply from an unknown number %s", mask_phone(phone))
            continue
        if await set_consent(member.id, Channel.SMS, False, ConsentSource.SMS_REPLY,
                             detail=f"短信回复「{content[:20]}」"):
            unsubscribed += 1
    return {"received": seen, "unsubscribed": unsubscribed}
