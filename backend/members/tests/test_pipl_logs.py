"""PIPL: a mobile number never reaches a log line unmasked. A member logs in through the WeChat fake, binds a phone
and orders with a delivery address while every logger is captured at DEBUG; then the logs are grepped for the full
numbers (and the masked form is what a line may show)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from backend.members.tests.helpers import bearer, wechat_login
from backend.observability.logs import JsonFormatter, install_redaction
from backend.observability.redaction import redact
from backend.settings import Settings
from tests.factories import make_location, make_sku, stock_in

BOUND = "13912345678"
DELIVERY = "15800158000"


def test_mobile_numbers_are_masked_and_other_digits_stay() -> None:
    assert redact(f"bound phone={BOUND}") == "bound phone=139****5678"
    assert redact('{"phone": "+8615800158000"}') == '{"phone": "+86158****8000"}'
    # not a mobile: a 13-digit timestamp, a 12-digit order number, a landline
    for keep in ("ts=1733390000000", "no=113800138000", "tel 02164870000", "sku 12800138000"):
        assert redact(keep) == keep


async def test_login_phone_binding_and_order_log_no_full_number(
        client: Any, wechat_settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    install_redaction()
    store = await make_location("S001")
    await stock_in(await make_sku("MILK1", price_fen=20000), store, 5)
    with caplog.at_level(logging.DEBUG):
        for name in ("httpx", "httpcore", "urllib3", "wechatpy", "sanic.access", "sanic.root", "backend"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger("backend.pipl_probe").debug("member bound %s, ships to %s", BOUND, DELIVERY)
        tokens = await wechat_login(client, "openid:pipl,nonce:1")
        _, bound = await client.post("/api/v1/members/me/phone", json={"code": f"phone:{BOUND}"},
                                     headers=bearer(tokens))
        assert bound.status == 200, bound.text
        body = {"channel": "miniprogram", "location_code": "S001", "items": [{"sku_code": "MILK1", "qty": 1}],
                "address": {"name": "王女士", "phone": DELIVERY, "province": "上海市", "city": "上海市",
                            "district": "徐汇区", "detail": "漕溪北路1号"}}
        _, order = await client.post("/api/v1/orders", headers=bearer(tokens), json=body)
        assert order.status == 201, order.text
    assert caplog.records, "the run logged nothing: the grep below would prove nothing"
    text = "\n".join(caplog.handler.format(r) + "\n" + JsonFormatter().format(r) for r in caplog.records)
    assert BOUND not in text and DELIVERY not in text
    assert "139****5678" in text and "158****8000" in text  # the probe line, masked
