"""The real clients against the fakes: Alibaba's documented signature example, the fake refusing a wrong
signature and a replayed nonce, SendBatchSms, and SMTP refusals classified."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from backend.crm.config import CrmConfig
from fakes.aliyun_sms import AliyunSmsFakeState
from fakes.smtp_sink import SmtpSink
from integrations.aliyun.signing import sign
from integrations.aliyun.sms import AliyunSms
from integrations.smtp.mailer import SmtpMailer


def test_signature_matches_alibaba_documented_example() -> None:
    params = {
        "AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123",
        "PhoneNumbers": "15300000001", "RegionId": "cn-hangzhou", "SignName": "阿里云短信测试专用",
        "SignatureMethod": "HMAC-SHA1", "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
        "SignatureVersion": "1.0", "TemplateCode": "SMS_71390007", "TemplateParam": '{"customer":"test"}',
        "Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25"}
    assert sign("GET", params, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


async def test_fake_checks_signature_nonce_and_records_batch(crm: CrmConfig, sms: AliyunSmsFakeState) -> None:
    from dataclasses import replace

    bad = await AliyunSms(replace(crm, sms_access_key_secret="wrong")).send(
        phone="13800000009", template_code="SMS_1", params={}, out_id="1")
    assert (bad.state, bad.code) == ("failed", "SignatureDoesNotMatch") and sms.messages == []

    client = AliyunSms(crm)
    params = client._params("SendSms", {"PhoneNumbers": "13800000009", "SignName": crm.sms_sign_name,
                                        "TemplateCode": "SMS_1", "TemplateParam": "{}"})
    async with httpx.AsyncClient(trust_env=False) as http:
        first = (await http.post(crm.sms_endpoint, data=params)).json()
        again = (await http.post(crm.sms_endpoint, data=params)).json()
    assert first["Code"] == "OK" and again["Code"] == "SignatureNonceUsed"

    illegal = await client.send(phone="12345", template_code="SMS_1", params={}, out_id="2")
    assert (illegal.state, illegal.code) == ("failed", "isv.MOBILE_NUMBER_ILLEGAL")
    batch = await client.send_batch(phones=["13800000011", "13800000012"], template_code="SMS_2",
                                    params=[{"name": "甲"}, {"name": "乙"}])
    assert batch.state == "sent" and batch.provider_id
    assert [(m.phone, m.params) for m in sms.messages[-2:]] == [("13800000011", {"name": "甲"}),
                                                                ("13800000012", {"name": "乙"})]
    sms.outage = True
    down = await client.send(phone="13800000013", template_code="SMS_1", params={}, out_id="3")
    assert (down.state, down.code) == ("retry", "ServiceUnavailable")


async def test_smtp_outcomes(crm: CrmConfig, sink: SmtpSink) -> None:
    mailer = SmtpMailer(crm)
    sent = await mailer.send(to="a@example.org", subject="你好", body="正文", headers={"X-Test": "1"})
    assert sent.state == "sent" and sent.provider_id.startswith("<")
    assert str(sink.messages[0]["Subject"]) == "你好" and sink.messages[0]["X-Test"] == "1"
    refused = await mailer.send(to="x@bounce.invalid", subject="s", body="b", headers={})
    assert refused.state == "failed"
    sink.handler.outage = True
    later = await mailer.send(to="b@example.org", subject="s", body="b", headers={})
    assert later.state == "retry"
    from dataclasses import replace

    closed: Any = await SmtpMailer(replace(crm, smtp_port=1)).send(to="c@example.org", subject="s", body="b",
                                                                    headers={})
    assert (closed.state, closed.code) == ("retry", "network")


def test_production_guard_refuses_the_demo_sms_key_and_a_fake_endpoint(crm: CrmConfig) -> None:
    from dataclasses import replace

    from backend.crm.config import CrmConfig as Config
    from backend.production_guard import crm_problems

    assert crm_problems(Config()) == []  # not configured: nothing to check, nothing is sent
    problems = crm_problems(crm)  # the tests' config: the fake's demo key on 127.0.0.1
    assert any("CRADLE_ALIYUN_SMS_ACCESS_KEY_ID is the published demo value" in p for p in problems)
    assert any("CRADLE_ALIYUN_SMS_ENDPOINT" in p for p in problems)
    real = replace(crm, sms_endpoint="https://dysmsapi.aliyuncs.com/", sms_access_key_id="LTAI5tQ8b2Kx9ProdKey01",
                   sms_access_key_secret="Vq3mZr8TqL2nW5yXc7Hd0sJf4KpA1e")
    assert crm_problems(real) == []


def test_unconfigured_providers_refuse_to_send(crm: CrmConfig) -> None:
    from backend.crm.config import configure
    from backend.errors import ServiceUnavailable
    from integrations.aliyun import sms
    from integrations.smtp import mailer

    configure(sms_access_key_id="", sms_access_key_secret="", smtp_host="")
    with pytest.raises(ServiceUnavailable):
        sms.provider()
    with pytest.raises(ServiceUnavailable):
        mailer.provider()
