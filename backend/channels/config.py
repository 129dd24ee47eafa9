"""Tunables of channel sync, read from CRADLE_CHANNEL_* environment variables (defaults suit production);
tests and benchmarks replace them with ``configure(...)``."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace


def _num(name: str, default: float) -> float:
    value = os.environ.get(f"CRADLE_CHANNEL_{name}")
    return float(value) if value not in (None, "") else default


@dataclass(frozen=True)
class SyncConfig:
    max_attempts: int = 5  # failed pushes before a dead letter
    backoff_base_s: float = 2.0  # first retry after this, doubling each attempt
    backoff_max_s: float = 300.0
    lock_ttl_s: float = 15.0  # one push per (channel, sku) at a time; a killed holder frees it after this
    push_timeout_s: float = 8.0  # HTTP timeout of platform calls made by pushes
    rate_per_s: float = 20.0  # pushes per second per platform (token bucket refill)
    burst: int = 40  # token bucket size
    requeue_after_s: float = 30.0  # relay re-sends push work still pending after this long (lost messages)
    relay_batch: int = 2000  # outbox rows per relay pass
    relay_interval_s: float = 1.0
    pull_interval_s: float = 30.0
    reconcile_interval_s: float = 600.0
    reconcile_lookback_s: int = 24 * 3600

    @classmethod
    def from_env(cls) -> SyncConfig:
        d = cls()
        return cls(
            max_attempts=int(_num("MAX_ATTEMPTS", d.max_attempts)),
            backoff_base_s=_num("BACKOFF_BASE_S", d.backoff_base_s),
            backoff_max_s=_num("BACKOFF_MAX_S", d.backoff_max_s),
            lock_ttl_s=_num("LOCK_TTL_S", d.lock_ttl_s),
            push_timeout_s=_num("PUSH_TIMEOUT_S", d.push_timeout_s),
            rate_per_s=_num("RATE_PER_S", d.rate_per_s),
            burst=int(_num("BURST", d.burst)),
            requeue_after_s=_num("REQUEUE_AFTER_S", d.requeue_after_s),
            relay_batch=int(_num("RELAY_BATCH", d.relay_batch)),
            relay_interval_s=_num("RELAY_INTERVAL_S", d.relay_interval_s),
            pull_interval_s=_num("PULL_INTERVAL_S", d.pull_interval_s),
            reconcile_interval_s=_num("RECONCILE_INTERVAL_S", d.reconcile_interval_s),
            reconcile_lookback_s=int(_num("RECONCILE_LOOKBACK_S", d.reconcile_lookback_s)),
        )

    def backoff(self, attempt: int) -> float:
        """Delay before retry number ``attempt`` (1-based): base * 2^(attempt-1), capped."""
        return min(self.backoff_max_s, self.backoff_base_s * (2 ** max(0, attempt - 1)))


_config: SyncConfig | None = None


def sync_config() -> SyncConfig:
    global _config
    if _config is None:
        _config = SyncConfig.from_env()
    return _config


def configure(**changes: object) -> SyncConfig:
    """Override tunables for this process (tests, benchmarks). Returns the new config."""
    global _config
    _config = replace(sync_config(), **changes)  # type: ignore[arg-type]
    return _config


def reset_config() -> None:
    global _config
    _config = None
