"""backend.xml_safe, the one parser of untrusted XML: DTDs, entities and oversize bodies refused; the routes
that read XML (WeChat Pay notifies, the WeCom callback) answer them without a 5xx and without acting."""

from __future__ import annotations

from typing import Any

import pytest

from backend.xml_safe import XML_MAX_BYTES, UnsafeXML, parse_xml
from tests.test_hostile_input import BILLION_LAUGHS, XXE

PARAMETER_ENTITY = b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x"> %p;]><xml/>'
EXTERNAL_DTD = b'<?xml version="1.0"?><!DOCTYPE xml SYSTEM "http://127.0.0.1:1/x.dtd"><xml><a>1</a></xml>'


@pytest.mark.parametrize("body", [
    BILLION_LAUGHS, XXE, PARAMETER_ENTITY, EXTERNAL_DTD,
    b"<!doctype xml><xml><a>1</a></xml>",
    b"<xml><a>" + b"x" * XML_MAX_BYTES + b"</a></xml>",
    b"", b"<xml><a>1</a>", b"<other><a>1</a></other>", b"\xff\xfe<\x00x\x00",
])
def test_refused(body: bytes) -> None:
    with pytest.raises(UnsafeXML):
        parse_xml(body)


def test_a_flat_document_parses() -> None:
    assert parse_xml("<xml><a><![CDATA[奶粉]]></a><b>2</b></xml>") == {"a": "奶粉", "b": "2"}


@pytest.mark.parametrize("path", ["/api/v1/pay/wechat/notify", "/api/v1/pay/wechat/refund-notify"])
@pytest.mark.parametrize("body", [BILLION_LAUGHS, XXE, EXTERNAL_DTD])
async def test_wechat_notifies_answer_fail_to_a_dtd(client: Any, path: str, body: bytes) -> None:
    _, r = await client.post(path, content=body, headers={"Content-Type": "text/xml"})
    assert r.status == 200 and "<return_code><![CDATA[FAIL]]></return_code>" in r.text  # WeChat's convention


async def test_wecom_callback_refuses_a_dtd(client: Any) -> None:
    _, r = await client.post("/bots/wecom/callback?msg_signature=x&timestamp=1&nonce=n", content=BILLION_LAUGHS,
                             headers={"Content-Type": "text/xml"})
    assert 400 <= r.status < 500 and r.json["error"]["code"], r.text
