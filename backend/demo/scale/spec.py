"""What to generate (the flags of `manage demo`) and the shape of the trade: the channel mix, who pays how,
the share of members and of returns per channel, the weekday curve.
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.org.models import Channel


@dataclass(frozen=True)
class ScaleSpec:
    stores: int = 5
    skus: int = 200
    members: int = 1000
    days: int = 30
    orders_per_store_day: int = 40
    seed: int = 21


# the channel mix (weights); who pays how; the share of buyers who are members; the share of orders returned
CHANNEL_MIX = ((Channel.POS, 55), (Channel.MINIPROGRAM, 15), (Channel.TAOBAO, 6), (Channel.JD, 6), (Channel.PDD, 4),
               (Channel.DOUYIN, 4), (Channel.KUAISHOU, 2), (Channel.WECHAT_SHOP, 3), (Channel.LIVE, 5))
PLATFORMS = frozenset({Channel.TAOBAO, Channel.JD, Channel.PDD, Channel.DOUYIN, Channel.KUAISHOU,
                       Channel.WECHAT_SHOP})
METHODS = {Channel.POS: ("cash", "wechat", "alipay"), Channel.MINIPROGRAM: ("wechat",),
           Channel.LIVE: ("wechat", "alipay"), **{c: ("platform",) for c in PLATFORMS}}
MEMBER_SHARE = {Channel.POS: 0.4, Channel.MINIPROGRAM: 1.0, Channel.LIVE: 0.5, **{c: 0.0 for c in PLATFORMS}}
RETURN_SHARE = {Channel.POS: 0.01, **{c: 0.04 for c, _ in CHANNEL_MIX if c != Channel.POS}}
WEEKDAY = (0.85, 0.85, 0.9, 0.95, 1.1, 1.5, 1.4)  # Monday .. Sunday
