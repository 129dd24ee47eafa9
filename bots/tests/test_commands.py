"""The Chinese command parser: one table of what staff actually type."""

from __future__ import annotations

import pytest

from bots.commands import (
    Approve,
    ClockIn,
    ClockOut,
    Command,
    Help,
    PendingApprovals,
    Reject,
    StockQuery,
    TodaySales,
    compact,
    normalize,
    parse_command,
)

PO = "PO20261123001"

CASES: list[tuple[str, Command]] = [
    # ---- stock --------------------------------------------------------------------------------------
    ("查库存 爱他美2段", StockQuery("爱他美2段")),
    ("查库存爱他美2段", StockQuery("爱他美2段")),
    ("库存 爱他美", StockQuery("爱他美")),
    ("库存：爱他美", StockQuery("爱他美")),
    ("查一下 爱他美2段 库存", StockQuery("爱他美2段")),
    ("查一下爱他美2段的库存", StockQuery("爱他美2段")),
    ("帮我查查 飞鹤星飞帆3段 库存", StockQuery("飞鹤星飞帆3段")),
    ("爱他美2段库存", StockQuery("爱他美2段")),
    ("爱他美2段 库存还有多少？", StockQuery("爱他美2段")),
    ("爱他美2段还有多少", StockQuery("爱他美2段")),
    ("爱他美2段有货吗", StockQuery("爱他美2段")),
    ("看看 帮宝适NB 还剩多少", StockQuery("帮宝适NB")),
    ("查 aptm2", StockQuery("aptm2")),
    ("查库存 ATM2", StockQuery("ATM2")),
    ("查库存 6901234567890", StockQuery("6901234567890")),
    ("6901234567890", StockQuery("6901234567890")),
    ("查库存　爱他美　2段", StockQuery("爱他美 2段")),  # ideographic spaces
    ("ｃｈａ　查库存 爱他美２段", StockQuery("cha 查库存 爱他美2段")),  # NFKC folds full-width; odd prefix kept
    ("查库存【爱他美2段】", StockQuery("爱他美2段")),
    ("  查库存   爱他美2段 。", StockQuery("爱他美2段")),
    ("查询库存 a2至初 3段(900g)", StockQuery("a2至初 3段(900g)")),
    ("请帮我查一下库存 惠氏启赋1段", StockQuery("惠氏启赋1段")),
    ("查库存\u200b 爱他美2段", StockQuery("爱他美2段")),  # zero-width space pasted from a chat
    # ---- pending approvals --------------------------------------------------------------------------
    ("待审批", PendingApprovals()),
    ("我的审批", PendingApprovals()),
    ("待我审批的", PendingApprovals()),
    ("查一下待审批", PendingApprovals()),
    ("有什么要审批的吗？", PendingApprovals()),
    ("待办", PendingApprovals()),
    ("【待审批】", PendingApprovals()),
    # ---- approve ------------------------------------------------------------------------------------
    (f"同意 {PO}", Approve(PO)),
    (f"批准{PO}", Approve(PO)),
    ("通过 po20261123001", Approve(PO)),
    ("同意ＰＯ２０２６１１２３００１", Approve(PO)),
    ("审批通过：PO20261123001", Approve(PO)),
    ("同意 PO-20261123001", Approve(PO)),
    ("同意 po 20261123001", Approve(PO)),
    (f"{PO} 同意", Approve(PO)),
    (f"{PO}，批准了", Approve(PO)),
    (f"ok {PO}", Approve(PO)),
    (f"approve {PO}", Approve(PO)),
    (f"我同意{PO}。", Approve(PO)),
    # ---- reject -------------------------------------------------------------------------------------
    (f"驳回 {PO} 价格太高", Reject(PO, "价格太高")),
    (f"驳回{PO}价格太高", Reject(PO, "价格太高")),
    (f"拒绝 {PO} 理由：价格太高", Reject(PO, "价格太高")),
    (f"拒绝 {PO}，原因是 数量太多了", Reject(PO, "数量太多了")),
    (f"驳回 {PO}", Reject(PO, "")),
    (f"不同意 {PO} 供应商换一家", Reject(PO, "供应商换一家")),
    (f"{PO} 不通过 这批临期", Reject(PO, "这批临期")),
    (f"{PO} 驳回，价格比上月高 5%", Reject(PO, "价格比上月高 5%")),
    (f"驳回 {PO} 不同意这个价格", Reject(PO, "不同意这个价格")),  # later verbs belong to the reason
    (f"退回 {PO} 为什么这么贵？", Reject(PO, "为什么这么贵")),
    (f"驳回 价格太高 {PO}", Reject(PO, "价格太高")),
    (f"reject {PO} too expensive", Reject(PO, "too expensive")),
    # ---- clock in / out -----------------------------------------------------------------------------
    ("上班打卡", ClockIn()),
    ("打卡上班", ClockIn()),
    ("签到", ClockIn()),
    ("上班签到", ClockIn()),
    ("我上班了", ClockIn()),
    ("上班打卡！", ClockIn()),
    ("上 班 打 卡", ClockIn()),
    ("下班打卡", ClockOut()),
    ("打卡下班", ClockOut()),
    ("签退", ClockOut()),
    ("我下班啦~", ClockOut()),
    ("下班", ClockOut()),
    # ---- today's sales ------------------------------------------------------------------------------
    ("今日销售", TodaySales()),
    ("今天卖了多少", TodaySales()),
    ("今天卖了多少钱？", TodaySales()),
    ("今日销售额", TodaySales()),
    ("今天的销售额是多少", TodaySales()),
    ("查一下今日营业额", TodaySales()),
    ("今天业绩怎么样", TodaySales()),
    ("销售额", TodaySales()),
    # ---- help ---------------------------------------------------------------------------------------
    ("帮助", Help()),
    ("help", Help()),
    ("HELP", Help()),
    ("?", Help()),
    ("？", Help()),
    ("", Help()),
    ("   ", Help()),
    ("菜单", Help()),
    ("你好", Help()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] or "<empty>" for c in CASES])
def test_parse(text: str, expected: Command) -> None:
    assert parse_command(text) == expected


# Near misses: Help with a hint that says what is missing, never a guessed action.
HINTED: list[tuple[str, str]] = [
    ("同意", "采购单号"),
    ("驳回", "采购单号"),
    ("批准了", "采购单号"),
    (PO, "同意还是驳回"),
    (f"{PO} 通过了吗？", "同意"),  # a question, not an approval
    ("打卡", "上班还是下班"),
    ("查库存", "商品"),
    ("库存", "商品"),
    ("爱他美2段", "没看懂"),
    ("明天几点开会", "没看懂"),
]


@pytest.mark.parametrize(("text", "hint_part"), HINTED)
def test_near_misses_get_a_hint(text: str, hint_part: str) -> None:
    got = parse_command(text)
    assert isinstance(got, Help)
    assert hint_part in got.hint


def test_unknown_text_hint_is_clipped() -> None:
    got = parse_command("这是一条非常非常长的和业务无关的消息，机器人应该礼貌地给出帮助菜单")
    assert isinstance(got, Help) and got.hint.endswith("…”")


def test_questions_never_approve() -> None:
    for text in (f"{PO}通过了吗", f"{PO} 批准了没有", f"{PO} 同意了么"):
        assert not isinstance(parse_command(text), Approve), text


def test_normalize_and_compact() -> None:
    assert normalize("  ＰＯ１２３\u3000同意\u200b ") == "PO123 同意"
    assert compact("上 班，打-卡！") == "上班打卡"
