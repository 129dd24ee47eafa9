"""The live-session pool in Redis: the fast path that sheds the burst before it reaches the database.

Keys (all under backend.cache.key("live", session_id, ...)):
    meta     hash   status, ends_at (epoch s): present = the pool is loaded
    rem      hash   sku_id -> units buyers may still claim
    limit    hash   sku_id -> per-buyer limit (0: none)
    bought   hash   "sku_id|buyer" -> units claimed by that buyer
    sold     hash   sku_id -> units of orders written to the database
    claims   hash   claim_id -> "sku_id|buyer|qty|epoch|request_key": claimed in Redis, order not yet confirmed
    req      hash   "buyer|request_key" -> claim_id (a repeated request finds its first claim)
    info     string JSON of the session's fixed facts (location, seller, lines, flash prices) once it is live
    hits:<t> string orders written in the 10-second bucket t (for orders/min)

One order: CLAIM (one Lua script: checks status, window, remaining and the buyer limit, decrements, records the
claim) -> the order is written in one database transaction whose guarded UPDATE on the session line
(sold + qty <= set aside, line still open) is the real guard -> SETTLE (drop the claim, count it sold) or, if the
write failed, REFUND (give the units back; only while the claim is still recorded, so it happens once).

The database is the truth. Redis lost (keys flushed, server restarted): the first request finds no meta and
LOADs the pool from the database (remaining = set aside - sold), atomically and only if nobody loaded it
meanwhile. A worker that died between CLAIM and SETTLE leaves a claim behind: reconcile_claims() settles it if
its order exists and refunds it if not. Whatever Redis believes, the database never takes more orders than units.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from backend.cache import get_redis, key, run_script
from backend.live.models import LiveOrder, LiveSession, LiveSessionItem, SessionStatus
from backend.raw_sql import connection, fetch
from backend.security import identity

BUCKET_S = 10
BUCKET_TTL_S = 3600
ENDED_TTL_S = 3600  # an ended session's pool stays readable this long, then reloads from the database on demand
INFO_TTL_S = 3 * 24 * 3600  # the session's fixed facts (lines, prices) cached for the fast path
STALE_CLAIM_S = 30.0  # a claim older than this without its order is a dead worker's: refund it

# KEYS: meta, rem, limit, bought, claims, req [, the caller's identity entry and holds]; ARGV: sku, buyer, qty,
# claim id, request key, now [, the identity entry expected]. The identity is checked first, so a refused token
# learns nothing about the pool (backend.security.identity.ScriptCheck).
_CLAIM = identity.lua_check(7, 7) + """
local st = redis.call('HGET', KEYS[1], 'status')
if not st then return {'unloaded'} end
if st ~= 'live' then return {'closed', st} end
local ends = tonumber(redis.call('HGET', KEYS[1], 'ends_at') or '0')
if ends > 0 and tonumber(ARGV[6]) >= ends then return {'closed', 'window'} end
local sku, buyer, qty, rk = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[5]
if rk ~= '' then
  local prev = redis.call('HGET', KEYS[6], buyer .. '|' .. rk)
  if prev then return {'dup', prev} end
end
local rem = redis.call('HGET', KEYS[2], sku)
if not rem then return {'unknown'} end
rem = tonumber(rem)
if rem < qty then return {'sold_out', tostring(rem)} end
local lim = tonumber(redis.call('HGET', KEYS[3], sku) or '0')
local bk = sku .. '|' .. buyer
if lim > 0 then
  local had = tonumber(redis.call('HGET', KEYS[4], bk) or '0')
  if had + qty > lim then return {'limit', tostring(lim), tostring(had)} end
end
redis.call('HINCRBY', KEYS[2], sku, -qty)
redis.call('HINCRBY', KEYS[4], bk, qty)
redis.call('HSET', KEYS[5], ARGV[4], sku .. '|' .. buyer .. '|' .. qty .. '|' .. ARGV[6] .. '|' .. rk)
if rk ~= '' then redis.call('HSET', KEYS[6], buyer .. '|' .. rk, ARGV[4]) end
return {'ok', tostring(rem - qty)}
"""

# Give a claim's units back, once: only while the claim is still recorded.
_REFUND = """
local c = redis.call('HGET', KEYS[3], ARGV[1])
if not c then return 0 end
local sku, buyer, qty, ts, rk = string.match(c, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)|(.*)$')
redis.call('HINCRBY', KEYS[1], sku, tonumber(qty))
redis.call('HINCRBY', KEYS[2], sku .. '|' .. buyer, -tonumber(qty))
redis.call('HDEL', KEYS[3], ARGV[1])
if rk ~= '' then redis.call('HDEL', KEYS[4], buyer .. '|' .. rk) end
return 1
"""

# The order is in the database: drop the claim and count it sold, once.
_SETTLE = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then
  redis.call('HINCRBY', KEYS[2], ARGV[2], tonumber(ARGV[3]))
  redis.call('INCR', KEYS[3])
  redis.call('EXPIRE', KEYS[3], tonumber(ARGV[4]))
  return 1
end
return 0
"""

# Load the pool from database figures, only if it is not loaded (the first loader wins; a slower loader with
# older figures changes nothing). ARGV: status, ends_at, ttl (0: none), n, then n x (sku, rem, limit, sold),
# then m and m pairs of ("sku|buyer", bought), then pairs of ("buyer|request_key", claim_id) of the orders
# already written, so a retried request finds its order (a "dup") even when the pool is now sold out.
_LOAD = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'ends_at', ARGV[2])
local n = tonumber(ARGV[4])
local i = 5
for _ = 1, n do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 2])
  redis.call('HSET', KEYS[5], ARGV[i], ARGV[i + 3])
  i = i + 4
end
local m = tonumber(ARGV[i])
i = i + 1
for _ = 1, m do
  redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i < #ARGV do
  redis.call('HSET', KEYS[7], ARGV[i], ARGV[i + 1])
  i = i + 2
end
local ttl = tonumber(ARGV[3])
if ttl > 0 then for _, k in ipairs({1, 2, 3, 4, 5, 7}) do redis.call('EXPIRE', KEYS[k], ttl) end end
return 1
"""

_scripts: dict[tuple[int, str], AsyncScript] = {}


def _script(redis: Redis, name: str, body: str) -> AsyncScript:
    k = (id(redis), name)
    script = _scripts.get(k)
    if script is None or script.registered_client is not redis:
        script = _scripts[k] = redis.register_script(body)
    return script


@dataclass(frozen=True)
class Keys:
    session_id: int

    def k(self, part: str) -> str:
        return key("live", self.session_id, part)

    @property
    def meta(self) -> str:
        return self.k("meta")

    @property
    def rem(self) -> str:
        return self.k("rem")

    @property
    def limit(self) -> str:
        return self.k("limit")

    @property
    def bought(self) -> str:
        return self.k("bought")

    @property
    def sold(self) -> str:
        return self.k("sold")

    @property
    def claims(self) -> str:
        return self.k("claims")

    @property
    def req(self) -> str:
        return self.k("req")

    @property
    def info(self) -> str:
        return self.k("info")

    def bucket(self, t: int) -> str:
        return self.k(f"hits:{t}")

    def all(self) -> list[str]:
        return [self.meta, self.rem, self.limit, self.bought, self.sold, self.claims, self.req, self.info]


@dataclass(frozen=True)
class Claim:
    outcome: str  # ok, dup, sold_out, limit, closed, unknown, unloaded
    claim_id: str = ""
    remaining: int = 0
    limit: int = 0
    had: int = 0
    detail: str = ""


def _keys_of_claim(session_id: int) -> tuple[bytes, ...]:
    return _claim_key_names(key(""), session_id)


@functools.lru_cache(maxsize=1024)
def _claim_key_names(prefix: str, session_id: int) -> tuple[bytes, ...]:
    """The claim script's keys of a session, built and encoded once per process (the key prefix is part of the
    cache key; the names are built under it)."""
    ks = Keys(session_id)
    return tuple(n.encode() for n in (ks.meta, ks.rem, ks.limit, ks.bought, ks.claims, ks.req))


async def claim(session_id: int, sku_id: int, buyer: str, qty: int, claim_id: str, request_key: str | None,
                *, now: float | None = None, check: identity.ScriptCheck | None = None) -> Claim:
    """Try to take `qty` units of the pool for `buyer`, loading the pool from the database if Redis lost it.
    With `check`, the same round trip confirms the caller's identity first: identity.Unconfirmed if it does not."""
    redis = get_redis()
    script = _script(redis, "claim", _CLAIM)
    keys: list[bytes] = [*_keys_of_claim(session_id), *(check.keys if check is not None else ())]
    args: list[object] = [sku_id, buyer, qty, claim_id, request_key or "", int(now or time.time())]
    if check is not None:
        args.append(check.expected)
    for _ in range(2):
        res = await run_script(script, keys, args)
        outcome = str(res[0])
        if outcome == "identity":
            raise identity.unconfirmed(res)
        if check is not None:
            check.confirmed = True
        if outcome != "unloaded":
            break
        await load(session_id)
    if outcome == "ok":
        return Claim("ok", claim_id, remaining=int(res[1]))
    if outcome == "dup":
        return Claim("dup", str(res[1]))
    if outcome == "sold_out":
        return Claim("sold_out", remaining=int(res[1]))
    if outcome == "limit":
        return Claim("limit", limit=int(res[1]), had=int(res[2]))
    if outcome == "closed":
        return Claim("closed", detail=str(res[1]))
    return Claim(outcome)


async def refund(session_id: int, claim_id: str) -> bool:
    ks = Keys(session_id)
    script = _script(get_redis(), "refund", _REFUND)
    return bool(await script(keys=[ks.rem, ks.bought, ks.claims, ks.req], args=[claim_id]))


async def settle(session_id: int, claim_id: str, sku_id: int, qty: int, *, now: float | None = None) -> bool:
    ks = Keys(session_id)
    t = int(now or time.time()) // BUCKET_S
    script = _script(get_redis(), "settle", _SETTLE)
    return bool(await script(keys=[ks.claims, ks.sold, ks.bucket(t)], args=[claim_id, sku_id, qty, BUCKET_TTL_S]))


async def pending_claim(session_id: int, claim_id: str) -> bool:
    return bool(await get_redis().hexists(Keys(session_id).claims, claim_id))


async def load(session_id: int) -> bool:
    """Load the pool from the database unless it is loaded. Returns True if this call loaded it."""
    session = await LiveSession.get_or_none(id=session_id)
    if session is None:
        return False
    items = await LiveSessionItem.filter(session_id=session_id).order_by("id")
    args: list[object] = [session.status.value, int(session.ends_at.timestamp()),
                          ENDED_TTL_S if session.status != SessionStatus.LIVE else 0, len(items)]
    for it in items:
        remaining = 0 if it.closed else it.qty_set_aside - it.sold
        args += [it.sku_id, remaining, it.per_buyer_limit, it.sold]
    bought: list[object] = []
    if any(it.per_buyer_limit for it in items):
        rows = await fetch(
            connection(),
            "SELECT i.sku_id AS sku_id, o.buyer AS buyer, SUM(o.qty) AS qty FROM live_orders o "
            "JOIN live_session_items i ON i.id = o.item_id WHERE o.session_id = $1 GROUP BY i.sku_id, o.buyer",
            [session_id],
        )
        for r in rows:
            bought += [f"{r['sku_id']}|{r['buyer']}", int(r["qty"])]
    args += [len(bought) // 2, *bought]
    # Requests already written: a retry whose first answer was lost (Redis went away after the commit, before
    # the answer) must get its order back, not "sold out" from the pool its own order emptied.
    for r in await fetch(connection(), "SELECT buyer, request_key, claim_id FROM live_orders "
                                       "WHERE session_id = $1 AND request_key IS NOT NULL", [session_id]):
        args += [f"{r['buyer']}|{r['request_key']}", r["claim_id"]]
    ks = Keys(session_id)
    script = _script(get_redis(), "load", _LOAD)
    return bool(await script(keys=[ks.meta, ks.rem, ks.limit, ks.bought, ks.sold, ks.claims, ks.req], args=args))


async def reload(session_id: int) -> None:
    """Drop the session's keys and load them again from the database (after start and end)."""
    await get_redis().delete(*Keys(session_id).all())
    await load(session_id)


async def snapshot(session_id: int, *, now: float | None = None) -> dict[str, object] | None:
    """What Redis holds for the seller's view, or None when the pool is not loaded."""
    redis = get_redis()
    ks = Keys(session_id)
    t = int(now or time.time()) // BUCKET_S
    async with redis.pipeline(transaction=True) as pipe:
        pipe.exists(ks.meta)
        pipe.hgetall(ks.rem)
        pipe.hgetall(ks.sold)
        pipe.hlen(ks.claims)
        for b in range(t - 6, t + 1):
            pipe.get(ks.bucket(b))
        res = await pipe.execute()
    if not res[0]:
        return None
    buckets = [int(x or 0) for x in res[4:]]
    return {
        "remaining": {int(k): int(v) for k, v in res[1].items()},
        "sold": {int(k): int(v) for k, v in res[2].items()},
        "pending_claims": int(res[3]),
        # The last 60 s: the six finished 10-second buckets before the current one.
        "orders_last_minute": sum(buckets[:-1]),
        "orders_current_bucket": buckets[-1],
    }


async def reconcile_claims(session_id: int, *, older_than_s: float = STALE_CLAIM_S,
                           now: float | None = None) -> dict[str, int]:
    """Claims left behind by a worker that died between Redis and the database: settle those whose order was
    written, refund the others. Returns what it did."""
    redis = get_redis()
    ks = Keys(session_id)
    now = now or time.time()
    claims = await redis.hgetall(ks.claims)
    stale: dict[str, tuple[int, int]] = {}
    for cid, raw in claims.items():
        parts = raw.split("|")
        if len(parts) >= 4 and now - int(parts[3]) >= older_than_s:
            stale[cid] = (int(parts[0]), int(parts[2]))
    done = {"settled": 0, "refunded": 0}
    if stale:
        written = set(await LiveOrder.filter(claim_id__in=list(stale)).values_list("claim_id", flat=True))
        for cid, (sku_id, qty) in stale.items():
            if cid in written:
                done["settled"] += int(await settle(session_id, cid, sku_id, qty, now=now))
            else:
                done["refunded"] += int(await refund(session_id, cid))
    return done

