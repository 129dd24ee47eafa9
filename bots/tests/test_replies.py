"""Passive reply XML, approval cards and their button keys, and parsing of incoming callbacks."""

from __future__ import annotations

import pytest

from backend.messaging.messenger import ApprovalCardInfo
from bots.commands import Approve, Reject
from bots.replies import (
    CardButtonEvent,
    IncomingText,
    InvalidMessage,
    OtherMessage,
    Reply,
    help_text,
    parse_button_key,
    parse_incoming,
    render_passive,
    text_reply_xml,
    update_button_reply_xml,
)
from fakes.wecom import WeComFakeConfig, card_event_xml, text_message_xml, xml_fields
from integrations.wecom.cards import approval_card, button_key, card_message, new_task_id, truncate_utf8, yuan

CFG = WeComFakeConfig()


def test_text_reply_xml_fields() -> None:
    xml = text_reply_xml("clerk1", CFG.corp_id, "爱他美2段：旗舰店 12 罐", create_time=1700000000)
    f = xml_fields(xml)
    assert f == {"ToUserName": "clerk1", "FromUserName": CFG.corp_id, "CreateTime": "1700000000",
                 "MsgType": "text", "Content": "爱他美2段：旗舰店 12 罐"}


def test_text_reply_survives_cdata_terminator_and_markup() -> None:
    content = "a]]>b <xml> & </Content>"
    assert xml_fields(text_reply_xml("u", "c", content))["Content"] == content


def test_text_reply_truncated_to_2048_bytes() -> None:
    long = "库存" * 2000
    xml = text_reply_xml("u", "c", long)
    content = xml_fields(xml)["Content"]
    assert len(content.encode()) <= 2048 and content.endswith("…")
    assert truncate_utf8("短消息") == "短消息"


def test_update_button_reply_xml() -> None:
    f = xml_fields(update_button_reply_xml("manager1", CFG.corp_id, "已同意", create_time=1))
    assert f["MsgType"] == "update_button"
    assert f["Button"] == {"ReplaceName": "已同意"}
    assert (f["ToUserName"], f["FromUserName"]) == ("manager1", CFG.corp_id)


# ---- cards ---------------------------------------------------------------------------------------------

def _info(**kw):  # type: ignore[no-untyped-def]
    base = dict(po_no="PO20261123001", supplier="上海贝因美供应链有限公司", location="旗舰店", total_fen=1234550,
                submitted_by="采购 王芳", summary="爱他美2段 x 24 等 3 种商品")
    base.update(kw)
    return ApprovalCardInfo(**base)


def test_approval_card_shape() -> None:
    card = approval_card(_info(), task_id="po-PO20261123001-abc")
    assert card["card_type"] == "button_interaction"
    assert card["task_id"] == "po-PO20261123001-abc"
    assert card["main_title"]["title"] == "采购单待审批"
    assert "PO20261123001" in card["main_title"]["desc"]
    rows = {r["keyname"]: r["value"] for r in card["horizontal_content_list"]}
    assert rows["金额"] == "¥12,345.50"
    assert rows["供应商"] == "上海贝因美供应链有限公司"
    assert len(card["horizontal_content_list"]) <= 6
    assert [(b["text"], b["key"]) for b in card["button_list"]] == [
        ("同意", "approve:PO20261123001"), ("驳回", "reject:PO20261123001")]
    assert card["sub_title_text"] == "爱他美2段 x 24 等 3 种商品"
    assert "card_action" not in card
    assert card_message(card) == {"msgtype": "template_card", "template_card": card}


def test_approval_card_clips_long_values_and_links() -> None:
    card = approval_card(_info(supplier="很长的供应商名称" * 10, url="https://admin.example/po/1"))
    supplier = next(r["value"] for r in card["horizontal_content_list"] if r["keyname"] == "供应商")
    assert len(supplier) == 30 and supplier.endswith("…")
    assert card["card_action"] == {"type": 1, "url": "https://admin.example/po/1"}


def test_task_ids_are_unique_and_wecom_safe() -> None:
    ids = {new_task_id("PO20261123001") for _ in range(50)}
    assert len(ids) == 50
    for t in ids:
        assert len(t) <= 128 and all(c.isalnum() or c in "_-@" for c in t)


@pytest.mark.parametrize(("key", "expected"), [
    ("approve:PO20261123001", Approve("PO20261123001")),
    ("reject:PO20261123001", Reject("PO20261123001", "")),
    (" approve:PO20261123001 ", Approve("PO20261123001")),
    ("approve:", None),
    ("delete:PO20261123001", None),
    ("approve:PO1;DROP", None),
    ("", None),
])
def test_parse_button_key(key: str, expected: object) -> None:
    assert parse_button_key(key) == expected


def test_button_key_round_trip() -> None:
    assert parse_button_key(button_key("approve", "PO1")) == Approve("PO1")
    assert parse_button_key(button_key("reject", "PO1")) == Reject("PO1")
    with pytest.raises(ValueError):
        button_key("delete", "PO1")


@pytest.mark.parametrize(("fen", "text"), [(0, "¥0.00"), (5, "¥0.05"), (100, "¥1.00"), (123456789, "¥1,234,567.89"),
                                           (-250, "-¥2.50")])
def test_yuan(fen: int, text: str) -> None:
    assert yuan(fen) == text


# ---- incoming ------------------------------------------------------------------------------------------

def test_parse_incoming_text() -> None:
    msg = parse_incoming(text_message_xml(CFG, "clerk1", "查库存 爱他美2段", msg_id="42", create_time=1700000000))
    assert msg == IncomingText(to_user=CFG.corp_id, from_user="clerk1", content="查库存 爱他美2段", msg_id="42",
                               agent_id=str(CFG.agent_id), create_time=1700000000)


def test_parse_incoming_card_button_event() -> None:
    xml = card_event_xml(CFG, "manager1", "reject:PO20261123001", "po-PO20261123001-abc", response_code="RC1")
    event = parse_incoming(xml)
    assert isinstance(event, CardButtonEvent)
    assert (event.from_user, event.event_key, event.task_id, event.card_type, event.response_code) == (
        "manager1", "reject:PO20261123001", "po-PO20261123001-abc", "button_interaction", "RC1")
    assert event.command == Reject("PO20261123001", "")


def test_parse_incoming_with_selected_items_still_reads_the_click() -> None:
    xml = card_event_xml(CFG, "manager1", "approve:PO1", "t1").replace(
        "</xml>", "<SelectedItems><SelectedItem><QuestionKey><![CDATA[q]]></QuestionKey><OptionIds>"
                  "<OptionId><![CDATA[o1]]></OptionId></OptionIds></SelectedItem></SelectedItems></xml>")
    event = parse_incoming(xml)
    assert isinstance(event, CardButtonEvent) and event.command == Approve("PO1")


def test_parse_incoming_other_events() -> None:
    xml = ("<xml><ToUserName><![CDATA[ww]]></ToUserName><FromUserName><![CDATA[clerk1]]></FromUserName>"
           "<CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event>"
           "<EventKey><![CDATA[]]></EventKey><AgentID>1000002</AgentID></xml>")
    assert parse_incoming(xml) == OtherMessage(to_user="ww", from_user="clerk1", msg_type="event",
                                               event="enter_agent", agent_id="1000002", create_time=1)
    img = parse_incoming("<xml><FromUserName>u</FromUserName><MsgType>image</MsgType><PicUrl>x</PicUrl></xml>")
    assert isinstance(img, OtherMessage) and img.msg_type == "image"


@pytest.mark.parametrize("xml", ["", "nope", "<root/>", "<xml><MsgType>text</MsgType></xml>"])
def test_parse_incoming_refuses_garbage(xml: str) -> None:
    with pytest.raises(InvalidMessage):
        parse_incoming(xml)


# ---- render_passive -------------------------------------------------------------------------------------

def test_render_passive_text_for_text_message() -> None:
    incoming = parse_incoming(text_message_xml(CFG, "clerk1", "帮助"))
    xml = render_passive(Reply(text="你好"), incoming, corp_id=CFG.corp_id)
    assert xml is not None
    f = xml_fields(xml)
    assert (f["MsgType"], f["ToUserName"], f["FromUserName"], f["Content"]) == ("text", "clerk1", CFG.corp_id, "你好")


def test_render_passive_button_update_for_card_click() -> None:
    click = parse_incoming(card_event_xml(CFG, "manager1", "approve:PO1", "t1"))
    xml = render_passive(Reply(text="已同意 PO1", button_label="已同意"), click, corp_id=CFG.corp_id)
    assert xml is not None and xml_fields(xml)["MsgType"] == "update_button"
    # a refusal keeps the buttons and explains in text
    xml = render_passive(Reply(text="没有权限"), click, corp_id=CFG.corp_id)
    assert xml is not None and xml_fields(xml)["MsgType"] == "text"


def test_render_passive_nothing() -> None:
    incoming = parse_incoming(text_message_xml(CFG, "clerk1", "x"))
    assert render_passive(Reply(), incoming, corp_id=CFG.corp_id) is None


def test_help_text_by_role() -> None:
    full = help_text()
    assert "查库存" in full and "待审批" in full and "今日销售" in full and "上班打卡" in full
    clerk = help_text(can_approve=False, can_see_sales=False, hint="没看懂“你好呀”")
    assert clerk.startswith("没看懂“你好呀”。")
    assert "同意" not in clerk and "今日销售" not in clerk and "查库存" in clerk
