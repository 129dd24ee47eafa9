"""Fixtures of the customer-communication tests: the Alibaba Cloud SMS fake and the SMTP sink served on
127.0.0.1, backend.crm pointed at them, and members with phones, e-mail addresses and consent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from backend.crm import config
from backend.crm.consent import set_consent, set_email
from backend.crm.models import Channel, ConsentSource
from backend.fieldcrypt import phone_hash, seal
from backend.members.models import Member
from fakes.aliyun_sms import AliyunSmsFakeState, create_aliyun_sms_fake
from fakes.server import FakeServer, run_fake
from fakes.smtp_sink import SmtpSink, run_smtp_sink


@pytest.fixture(scope="session")
def sms_server() -> Iterator[FakeServer]:
    with run_fake(create_aliyun_sms_fake) as server:
        yield server


@pytest.fixture(scope="session")
def smtp_sink() -> Iterator[SmtpSink]:
    with run_smtp_sink() as sink:
        yield sink


@pytest.fixture
def sms(sms_server: FakeServer) -> AliyunSmsFakeState:
    state: AliyunSmsFakeState = sms_server.app.ctx.state
    state.messages.clear()
    state.take_reports()
    state.take_replies()
    state.outage, state.fail_templates, state.fail_next, state.calls = False, set(), 0, 0
    return state


@pytest.fixture
def sink(smtp_sink: SmtpSink) -> SmtpSink:
    smtp_sink.messages.clear()
    smtp_sink.handler.outage = False
    return smtp_sink


@pytest.fixture
def crm(db: None, sms: AliyunSmsFakeState, sink: SmtpSink, sms_server: FakeServer) -> Iterator[config.CrmConfig]:
    cfg = config.configure(
        sms_endpoint=sms_server.base_url + "/", sms_access_key_id=sms.config.access_key_id,
        sms_access_key_secret=sms.config.access_key_secret, sms_sign_name=sms.config.sign_names[0],
        smtp_host=sink.host, smtp_port=sink.port, smtp_starttls=False, sms_rate_per_s=1000,
        email_rate_per_s=1000, frequency_cap=3, frequency_days=7, max_attempts=3, backoff_base_s=30)
    yield cfg
    config.reset()


@dataclass
class People:
    gold_sms: Member  # gold, agreed to SMS
    gold_both: Member  # gold, agreed to SMS and e-mail
    gold_none: Member  # gold, agreed to nothing
    gold_nophone: Member  # gold, agreed to SMS but has no phone
    gold_unreachable: Member  # gold, agreed; the number is out of service (receipt: undelivered)
    silver: Member  # silver, agreed to both: outside the gold segment


PHONES = {"gold_sms": "13800000001", "gold_both": "13800000002", "gold_none": "13800000003",
          "gold_unreachable": "13900000000", "silver": "13800000005"}


async def make_people() -> People:
    made: dict[str, Member] = {}
    for i, name in enumerate(("gold_sms", "gold_both", "gold_none", "gold_nophone", "gold_unreachable", "silver")):
        phone = PHONES.get(name)
        made[name] = await Member.create(
            member_code=f"M9{i:05d}", nickname=f"会员{name}", level="silver" if name == "silver" else "gold",
            phone=seal(phone) if phone else None, phone_hash=phone_hash(phone) if phone else None,
            points=100 * (i + 1), total_spent_fen=10000 * (i + 1))
    for name in ("gold_sms", "gold_both", "gold_nophone", "gold_unreachable", "silver"):
        await set_consent(made[name].id, Channel.SMS, True, ConsentSource.MINIPROGRAM, detail="小程序勾选同意")
    for name in ("gold_both", "silver"):
        await set_email(made[name].id, f"{name}@example.org")
        await set_consent(made[name].id, Channel.EMAIL, True, ConsentSource.COUNTER, detail="门店纸质同意书")
    await set_email(made["gold_none"].id, "gold_none@example.org")
    return People(**made)
