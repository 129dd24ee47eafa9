"""The forecast method on generated seasonal data: error bounded and better than seasonal naive."""

from __future__ import annotations

import math
import random
from itertools import product

from backend.analytics.forecast import _GRID, _TREND_GRID, _smooth, forecast, mape, seasonal_naive

WEEKLY = [0.8, 0.85, 0.9, 1.0, 1.1, 1.5, 1.6]  # Mon..Sun: weekends sell more


def series(days: int, seed: int, base: float = 40.0, trend: float = 0.15, noise: float = 0.06) -> list[float]:
    rng = random.Random(seed)
    return [max(0.0, (base + trend * t) * WEEKLY[t % 7] * (1 + rng.gauss(0, noise))) for t in range(days)]


def test_holt_winters_error_bound_on_seasonal_data() -> None:
    errors, naive_errors = [], []
    for seed in range(8):
        y = series(84 + 14, seed)
        train, test = y[:84], y[84:]
        fc = forecast(train, horizon=14)
        assert fc.method == "holt_winters_additive" and len(fc.values) == 14
        errors.append(mape(test, fc.values))
        naive_errors.append(mape(test, seasonal_naive(train, 14)))
    mean_err = sum(errors) / len(errors)
    assert mean_err < 0.10, errors  # within 10% mean absolute percentage error over two weeks
    assert max(errors) < 0.15, errors
    assert mean_err < sum(naive_errors) / len(naive_errors)  # the trend is learned: beats last week's values


def test_short_histories_fall_back() -> None:
    assert forecast([3, 4, 5], 3).method == "mean" and forecast([3, 4, 5], 3).values == [4.0, 4.0, 4.0]
    y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    fc = forecast([float(v) for v in y], 7)
    assert fc.method == "seasonal_naive" and fc.values == [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    assert forecast([], 2).values == [0.0, 0.0]
    flat = forecast([0.0] * 30, 5)
    assert flat.values == [0.0] * 5 and all(not math.isnan(v) for v in flat.values)


def test_dropping_candidates_early_picks_what_the_whole_grid_picks() -> None:
    """A candidate is dropped once its error sum passes the best so far: the choice (lowest sum, first in grid
    order on a tie) and the sum are those of every candidate run over the whole history."""
    rng = random.Random(21)
    histories = [series(days, seed) for seed in range(4) for days in (14, 30, 90)]
    histories += [[float(rng.randint(0, 4)) for _ in range(60)], [0.0] * 20 + [5.0] * 20, [2.0, 0.0] * 21]
    for y in histories:
        full = [(_smooth(y, a, b, g, 7, math.inf), (a, b, g)) for a, b, g in product(_GRID, _TREND_GRID, _GRID)]
        sse, (a, b, g) = min(((fit[0], params) for fit, params in full if fit is not None), key=lambda x: x[0])
        fc = forecast(y, 7)
        assert fc.params == {"alpha": a, "beta": b, "gamma": g} and fc.sse == round(sse, 2), y
