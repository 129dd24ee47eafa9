"""The membership rules in one place: levels by spend, how points are earned, spent and expire."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    min_spent_fen: int  # lifetime paid spend (net of refunds) that reaches this level
    earn_rate_bp: int  # points earned per yuan, in basis points of EARN_PER_YUAN


LEVELS: tuple[Level, ...] = (
    Level("normal", "普通会员", 0, 10000),
    Level("silver", "银卡会员", 100_000, 12000),  # ¥1,000
    Level("gold", "金卡会员", 500_000, 15000),  # ¥5,000
    Level("platinum", "铂金会员", 2_000_000, 20000),  # ¥20,000
)
_BY_CODE = {lv.code: lv for lv in LEVELS}

EARN_PER_YUAN = 1  # points per whole yuan paid (before the level's rate)
POINT_VALUE_FEN = 1  # 100 points = ¥1
MAX_POINTS_SHARE_BP = 5000  # points may pay at most 50% of what is left after coupons
POINTS_VALID_DAYS = 365  # a lot of points expires this many days after it was credited


def level(code: str | None) -> Level:
    return _BY_CODE.get(code or "", LEVELS[0])


def level_for_spend(total_spent_fen: int) -> Level:
    reached = LEVELS[0]
    for lv in LEVELS:
        if total_spent_fen >= lv.min_spent_fen:
            reached = lv
    return reached


def rank(code: str | None) -> int:
    return LEVELS.index(level(code))


def level_json(code: str | None) -> dict[str, str]:
    lv = level(code)
    return {"code": lv.code, "name": lv.name}


def points_for_payment(paid_fen: int, level_code: str | None) -> int:
    """Points earned for a paid amount: whole yuan x EARN_PER_YUAN x the level's rate, rounded down."""
    if paid_fen <= 0:
        return 0
    return (paid_fen // 100) * EARN_PER_YUAN * level(level_code).earn_rate_bp // 10000


def points_cap(amount_fen: int) -> int:
    """The most points that may pay for `amount_fen`."""
    if amount_fen <= 0:
        return 0
    return amount_fen * MAX_POINTS_SHARE_BP // 10000 // POINT_VALUE_FEN
