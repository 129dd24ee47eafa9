"""A forgiving parser for the Chinese chat commands staff send the WeCom bot.

``parse_command(text)`` always answers one of the typed commands below; anything it cannot place becomes
:class:`Help` (with a ``hint`` when the message was a near miss, e.g. "同意" without a PO number).

Tolerated: full-width letters/digits/punctuation (NFKC), ideographic and repeated spaces, zero-width
characters, punctuation around and between words, upper/lower case PO numbers, filler words (我/帮我/一下/了).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class StockQuery:
    """Stock of a SKU (name, pinyin initials or barcode) by location."""

    term: str


@dataclass(frozen=True)
class PendingApprovals:
    """Purchase orders waiting for the sender's approval."""


@dataclass(frozen=True)
class Approve:
    po_no: str


@dataclass(frozen=True)
class Reject:
    po_no: str
    reason: str = ""


@dataclass(frozen=True)
class ClockIn:
    pass


@dataclass(frozen=True)
class ClockOut:
    pass


@dataclass(frozen=True)
class TodaySales:
    """Today's sales of the sender's store(s)."""


@dataclass(frozen=True)
class ParallelRunStatus:
    """Today's status of the parallel run (双系统并行对账) of the sender's migrated store(s)."""


@dataclass(frozen=True)
class TodayCampaigns:
    """Today's marketing campaigns (SMS / e-mail) and how their sends went."""


@dataclass(frozen=True)
class Help:
    hint: str = ""  # why the message was not understood, in Chinese; empty when help was asked for


Command = (StockQuery | PendingApprovals | Approve | Reject | ClockIn | ClockOut | TodaySales | ParallelRunStatus
           | TodayCampaigns | Help)

# --------------------------------------------------------------------------------------------------------
# Normalisation

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Punctuation after NFKC (full-width ASCII forms are already folded to ASCII by then).
_PUNCT = r"""\s,.;:!?'"`~^*+=&$#@|/\\()\[\]{}<>\-_、。，；：！？…—～·“”‘’《》「」『』【】〈〉〔〕"""
_PUNCT_RE = re.compile(f"[{_PUNCT}]+")
# Around free text (a product term, a reason) only sentence punctuation is trimmed; brackets only in pairs.
_SOFT = r"\s,.;:!?~、。，；：！？…～·—\-_"
_EDGE_RE = re.compile(f"^[{_SOFT}]+|[{_SOFT}]+$")
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "【": "】", "「": "」", "『": "』", "《": "》", "“": "”", "‘": "’",
          '"': '"', "'": "'", "〔": "〕", "〈": "〉"}


def normalize(text: str) -> str:
    """NFKC (full-width -> half-width), drop zero-width characters, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text or "").translate(_ZERO_WIDTH)
    return re.sub(r"\s+", " ", text).strip()


def compact(text: str) -> str:
    """The normalised text without any punctuation or spaces, lower-cased: what intent matching looks at."""
    return _PUNCT_RE.sub("", normalize(text)).lower()


def _strip_edges(text: str) -> str:
    while True:
        text = _EDGE_RE.sub("", text).strip()
        if len(text) >= 2 and _PAIRS.get(text[0]) == text[-1]:
            text = text[1:-1]
            continue
        return text


# --------------------------------------------------------------------------------------------------------
# Vocabulary

_HELP_WORDS = {
    "", "帮助", "help", "h", "菜单", "功能", "功能列表", "指令", "命令", "命令列表", "怎么用", "使用说明",
    "说明", "你能做什么", "你会什么", "能做什么", "你好", "您好", "hi", "hello", "在吗",
}

# PO numbers: "PO" + digits (optionally with '-' groups); case and a separator after "PO" are forgiven.
_PO_RE = re.compile(r"(?<![A-Za-z0-9])P\s?O\s?[-_#:]?\s?(\d(?:[\d-]*\d)?)(?![A-Za-z0-9])", re.IGNORECASE)

# Decision verbs; the earliest one in the message wins. Negated forms come first in the alternation.
_VERB_RE = re.compile(
    r"不同意|不批准|不通过|不批|不行|驳回|拒绝|否决|退回|打回|(?<![a-z])(?:reject|deny)(?![a-z])"
    r"|审批通过|同意|批准|通过|准了|批了|(?<![a-z])(?:approve|agree|ok)(?![a-z])",
    re.IGNORECASE,
)
_REJECT_VERBS = {"不同意", "不批准", "不通过", "不批", "不行", "驳回", "拒绝", "否决", "退回", "打回", "reject",
                 "deny"}
_QUESTION_RE = re.compile(r"(?:吗|么|没|没有|是否|[?])\s*$")
_REASON_LEAD_RE = re.compile(r"^(?:理由|原因|因为|备注|说明)\s*(?:是|为)?\s*[:：]?\s*")
_BARE_VERB_RE = re.compile(r"^(?:我)?(?:" + _VERB_RE.pattern + r")(?:了|吧|啦)?(?:采购单|这个|这单|订单)?$",
                           re.IGNORECASE)

_PENDING_WORDS = ("待审批", "待我审批", "我的审批", "待审核", "审批列表", "待批", "要审批", "需审批", "需要审批",
                  "待办", "待我处理", "待处理的采购单", "审批单")

_FILL_PRE = r"(?:我|我要|我来|帮我|请|现在|麻烦)*"
_FILL_POST = r"(?:了|啦|一下|喽|咯|哦|呀|吧|下)*"
_CLOCK_IN_RE = re.compile(
    _FILL_PRE + r"(?:上班打卡|打卡上班|上班签到|签到打卡|打卡签到|签到|上班卡|上班|开工|到岗|到店)" + _FILL_POST
)
_CLOCK_OUT_RE = re.compile(
    _FILL_PRE + r"(?:下班打卡|打卡下班|下班签退|签退打卡|打卡签退|签退|下班卡|下班|收工|离店)" + _FILL_POST
)
_BARE_CLOCK_RE = re.compile(_FILL_PRE + r"打卡" + _FILL_POST)

_SALES_RE = re.compile(
    r"(?:查|查询|查一下|查下|看|看看|看一下|请问|我想看|我要看)?"
    r"(?:(?:今日|今天|当日|本日)(?:的|门店|本店|店里)?"
    r"(?:销售额?|销量|营业额|业绩|流水|成交额?|卖了多少钱?|卖了几单|卖了多少单|卖得怎么样|卖的怎么样|销售情况)"
    r"|销售额|营业额|今日销售|销售日报)"
    r"(?:情况|数据|统计|汇总)?(?:多少钱?|是多少|有多少|怎么样|如何)?(?:呢|吗|了|啊)?"
)

_CAMPAIGN_RE = re.compile(
    r"(?:查看|查|查询|查一下|查下|看|看看|看一下|请问|我想看|我要看)?"
    r"(?:(?:今日|今天|当日|本日)(?:的)?(?:营销|营销活动|短信营销|邮件营销|群发)(?:结果|效果|情况|数据|统计|汇总)?"
    r"|营销(?:活动)?(?:结果|效果|日报|情况|数据|统计)|短信发送(?:结果|情况))"
    r"(?:怎么样|如何)?(?:呢|吗|了|啊)?"
)

# Stock: words around the product term, in normalised (not compacted) text so the term keeps its spaces.
_STOCK_LEAD_RE = re.compile(
    r"^(?:请|麻烦)?(?:帮我|帮忙)?\s*(?:查询?一下|查下|查查|查询|查|看一下|看下|看看|搜一下|搜索|搜)?\s*"
    r"(?:一下)?\s*(?:库存|库存量)?\s*"
)
_STOCK_TAIL_RE = re.compile(
    r"\s*(?:的)?\s*(?:库存(?:情况|数量|量)?(?:还有多少|有多少|多少)?|还有多少(?:货)?|有多少(?:货)?|还剩多少|剩多少"
    r"|有货吗|有没有货|还有吗|还有货吗)?\s*(?:呢|吗|啊)?\s*$"
)
_STOCK_TRIGGER_RE = re.compile(
    r"库存|^(?:请|麻烦)?(?:帮我|帮忙)?(?:查|搜|看看|看一下)|(?:还有多少|有多少货|还剩多少|剩多少|有货吗|有没有货|还有货吗)$"
)
_BARCODE_RE = re.compile(r"\d{8,14}")

_PARALLEL_RE = re.compile(
    r"(?:查|查询|看|看看|今日|今天)?(?:的)?(?:并行对账|并行运行|双系统对账|双系统并行|新旧系统对账|并行)"
    r"(?:情况|状态|进度|结果|怎么样|如何)?(?:呢|吗|了)?"
)


# --------------------------------------------------------------------------------------------------------
# Parser


def parse_command(text: str) -> Command:
    norm = normalize(text)
    flat = compact(norm)

    if flat in _HELP_WORDS or flat == "?":
        return Help()

    po = _PO_RE.search(norm)
    if po:
        return _decision(norm, po)
    if _BARE_VERB_RE.fullmatch(flat):
        return Help(hint="请带上采购单号，例如：同意 PO20261123001，或 驳回 PO20261123001 价格太高")

    if any(w in flat for w in _PENDING_WORDS):
        return PendingApprovals()

    if _CLOCK_IN_RE.fullmatch(flat):
        return ClockIn()
    if _CLOCK_OUT_RE.fullmatch(flat):
        return ClockOut()
    if _BARE_CLOCK_RE.fullmatch(flat):
        return Help(hint="请说明是上班还是下班，例如：上班打卡 / 下班打卡")

    if _SALES_RE.fullmatch(flat):
        return TodaySales()
    if _CAMPAIGN_RE.fullmatch(flat):
        return TodayCampaigns()

    if _PARALLEL_RE.fullmatch(flat):
        return ParallelRunStatus()

    if _BARCODE_RE.fullmatch(flat):
        return StockQuery(term=flat)
    if _STOCK_TRIGGER_RE.search(flat):
        term = _stock_term(norm)
        if term:
            return StockQuery(term=term)
        return Help(hint="请告诉我要查的商品，例如：查库存 爱他美2段")

    shown = norm if len(norm) <= 20 else norm[:20] + "…"
    return Help(hint=f"没看懂“{shown}”")


def _decision(norm: str, po: re.Match[str]) -> Command:
    po_no = "PO" + po.group(1).upper()
    rest = (norm[: po.start()] + " " + norm[po.end():]).strip()
    verb = _VERB_RE.search(rest)
    if verb is None:
        return Help(hint=f"要同意还是驳回 {po_no}？请回复：同意 {po_no}，或 驳回 {po_no} 理由")
    if verb.group(0).lower() not in _REJECT_VERBS:
        if _QUESTION_RE.search(norm):  # "PO... 通过了吗？" asks, it does not approve
            return Help(hint=f"要同意请回复：同意 {po_no}")
        return Approve(po_no=po_no)
    reason = _strip_edges(rest[: verb.start()] + " " + rest[verb.end():])
    reason = _strip_edges(_REASON_LEAD_RE.sub("", reason))
    return Reject(po_no=po_no, reason=re.sub(r"\s+", " ", reason))


def _stock_term(norm: str) -> str:
    term = _STOCK_LEAD_RE.sub("", _strip_edges(norm), count=1)
    term = _STOCK_TAIL_RE.sub("", term, count=1)
    term = _strip_edges(term)
    return re.sub(r"\s+", " ", term)
