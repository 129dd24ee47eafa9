"""The platforms' call budgets: one Redis token bucket per platform (``sync_config``: rate per second and burst),
shared by every worker. Stock pushes (backend.channels.stock_push) and shipment pushes (backend.channels.shipments)
take a token before each platform call and wait when the bucket is empty."""

from __future__ import annotations

import time

from backend.cache import get_redis, key
from backend.channels.config import sync_config

_BUCKET = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local data = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(data[1])
local ts = tonumber(data[2])
if tokens == nil then tokens = burst end
if ts == nil then ts = now end
if now > ts then tokens = math.min(burst, tokens + (now - ts) * rate) end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(math.max(now, ts)))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return tostring(wait)
"""


async def take_token(platform: str) -> float:
    """Take one call from the platform's token bucket. Returns 0, or the seconds to wait for a token."""
    cfg = sync_config()
    wait = await get_redis().eval(_BUCKET, 1, key("channels", "bucket", platform), str(cfg.rate_per_s),
                                  str(cfg.burst), repr(time.time()))
    return float(wait)

