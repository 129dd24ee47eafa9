from __future__ import annotations

from backend.promotions import rules
from backend.promotions.rules import LineIn


def test_percent_off_rounds_half_up_and_caps() -> None:
    assert rules.percent_off(LineIn(999, 1), 1500) == 150  # 149.85 -> 150
    assert rules.percent_off(LineIn(1000, 3), 1000) == 300
    assert rules.percent_off(LineIn(1000, 1), 0) == 0


def test_buy_n_get_m() -> None:
    assert rules.buy_n_get_m(LineIn(500, 2), 2, 1) == 0
    assert rules.buy_n_get_m(LineIn(500, 3), 2, 1) == 500
    assert rules.buy_n_get_m(LineIn(500, 5), 2, 1) == 500
    assert rules.buy_n_get_m(LineIn(500, 6), 2, 1) == 1000
    assert rules.buy_n_get_m(LineIn(500, 4), 1, 1) == 1000


def test_member_price() -> None:
    assert rules.member_price(LineIn(12800, 2), 9900) == 5800
    assert rules.member_price(LineIn(9000, 2), 9900) == 0
    assert rules.member_price(LineIn(9000, 2), None) == 0


def test_full_reduction() -> None:
    assert rules.full_reduction(19999, 20000, 2000) == 0
    assert rules.full_reduction(20000, 20000, 2000) == 2000
    assert rules.full_reduction(45000, 20000, 2000) == 2000
    assert rules.full_reduction(45000, 20000, 2000, repeat=True) == 4000
