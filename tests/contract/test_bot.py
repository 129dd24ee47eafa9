"""The WeCom bot's answers over the demo data, recorded like the mini-program's (miniprogram/tests/contract/
bot_*.json, face "wecom"). The bot calls the services in process, so its replies are checked against what the
HTTP API answers for the same data: a reply that drifts from the stock tables fails here.

Add a command: `await rec.wecom("<wecom user id>", "<text>")` (demo staff are bound to their usernames), assert
the reply against the API or the database, `rec.check()`; write the recording with CRADLE_CONTRACT_UPDATE=1."""

from __future__ import annotations

import re

from backend.catalog.models import Sku
from tests.contract.test_miniprogram import STORE, staff_tokens, store_skus


async def test_bot_stock_query_agrees_with_the_stock_api(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("bot_stock_query", "WeCom bot: 查库存 by a clerk, and GET /api/v1/stock for the same SKU",
                   face="wecom")
    await staff_tokens(rec)
    sku = await Sku.get(code=(await store_skus(STORE, 1))[0])
    stock = await rec.get(f"/api/v1/stock?sku_code={sku.code}", auth="staff", expect=200)
    reply = await rec.wecom("clerk1", f"查库存 {sku.name}")
    assert reply is not None and reply["MsgType"] == "text"
    text = reply["Content"]
    assert f"【{sku.name}】{sku.code}" in text
    shown = {m.group(1): tuple(int(m.group(i)) for i in (2, 3, 4)) for m in re.finditer(
        r"（([A-Z]+-[A-Z0-9]+)）：可售 (\d+)，在库 (\d+)，预留 (\d+)", text)}
    api = {loc["location_code"]: (loc["available"], loc["on_hand"], loc["reserved"]) for loc in stock["locations"]}
    assert shown and all(api[code] == numbers for code, numbers in shown.items()), (shown, api)
    assert STORE in shown and text.index(f"（{STORE}）") <= min(text.index(f"（{c}）") for c in shown)  # own store first
    rec.check()


async def test_bot_pending_approvals_and_help(recorder) -> None:  # type: ignore[no-untyped-def]
    rec = recorder("bot_commands", "WeCom bot: help, pending approvals for a clerk (refused) and an unknown SKU",
                   face="wecom")
    helped = await rec.wecom("clerk1", "帮助")
    assert helped is not None and "查库存" in helped["Content"]
    refused = await rec.wecom("clerk1", "待审批")
    assert refused is not None and "没有审批权限" in refused["Content"]
    missing = await rec.wecom("clerk1", "查库存 不存在的商品名")
    assert missing is not None and "没有找到" in missing["Content"]
    rec.check()
