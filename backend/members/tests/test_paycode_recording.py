"""The real server's answers the mini-program's stored-value code pages are tested against.

This test drives the app the way the pages do (the member's 会员码 page draws a code; the clerk's POS scans it
to find the member and pays with it; the refusals a clerk meets) and compares the answers, with what varies
between runs replaced by stable placeholders, with miniprogram/tests/recorded/paycode.json. The jest tests of
pages/member-code and pages/staff/pos answer wx.request from that file only, so a page is never tested against
an answer the server does not give. CRADLE_RECORD_UPDATE=1 rewrites the file after an intended change.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from typing import Any

from backend.members.models import Member
from backend.orders.tests.helpers import shopper_auth
from backend.settings import ROOT
from backend.staff.models import Role
from tests.factories import auth, make_location, make_sku, make_user, stock_in

RECORDING = ROOT / "miniprogram" / "tests" / "recorded" / "paycode.json"
UPDATE_ENV = "CRADLE_RECORD_UPDATE"
CODE = re.compile(r"88\d{16}")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$")
BASE = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


class Normaliser:
    """Ids renumbered from 1001 per place in the answer (order.id, order.items.id, ...: PostgreSQL's sequences
    keep the numbers a refused, rolled-back order took, SQLite's do not), document numbers SO-1..., pay codes
    880000000000000001..., instants 2026-01-01T09:00+08:00 plus a minute each, in order of first appearance."""

    def __init__(self) -> None:
        self.maps: dict[str, dict[Any, Any]] = {"id": {}, "no": {}, "code": {}, "at": {}}

    def _take(self, kind: str, raw: Any, make: Any) -> Any:
        table = self.maps[kind]
        if raw not in table:
            table[raw] = make(len(table) + 1)
        return table[raw]

    def code(self, raw: str) -> str:
        return self._take("code", raw, lambda n: f"88{n:016d}")

    def text(self, s: str) -> str:
        s = CODE.sub(lambda m: self.code(m.group(0)), s)
        if DATETIME.match(s):
            return self._take("at", dt.datetime.fromisoformat(s.replace("Z", "+00:00")),
                              lambda n: (BASE + dt.timedelta(minutes=n - 1)).isoformat())
        return s

    def value(self, v: Any, key: str = "", path: str = "") -> Any:
        if isinstance(v, dict):
            return {k: self.value(x, k, f"{path}.{k}") for k, x in v.items()}
        if isinstance(v, list):
            return [self.value(x, key, path) for x in v]
        if isinstance(v, int) and not isinstance(v, bool) and (key == "id" or key.endswith("_id")):
            self.maps.setdefault(path, {})
            return self._take(path, v, lambda n: 1000 + n)
        if isinstance(v, str) and key.endswith("_no"):
            return self._take("no", v, lambda n: f"{re.match(r'[A-Za-z]*', v).group(0)}-{n}")  # type: ignore[union-attr]
        if isinstance(v, str):
            return self.text(v)
        return v


class Recorder:
    def __init__(self, client: Any, tokens: dict[str, dict[str, str]]) -> None:
        self.client, self.tokens, self.exchanges, self.norm = client, tokens, [], Normaliser()

    async def call(self, name: str, method: str, path: str, *, who: str, body: Any = None,
                   query: dict[str, str] | None = None) -> Any:
        url = path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
        kwargs: dict[str, Any] = {"headers": self.tokens[who]}
        if body is not None:
            kwargs["json"] = body
        _, resp = await self.client.request(method, url, **kwargs)
        n = self.norm
        self.exchanges.append({
            "name": name,
            "request": {"method": method, "path": path, "auth": who,
                        **({"query": n.value(query)} if query else {}),
                        **({"body": n.value(body)} if body is not None else {})},
            "response": {"status": resp.status, "body": n.value(resp.json)},
        })
        return resp


async def test_paycode_answers_match_the_recording(client: Any) -> None:
    store = await make_location("ST-001", name="徐汇漕溪北路店")
    await stock_in(await make_sku("MILK-1", price_fen=25800, name="婴儿配方奶粉 1段", barcode="6901234567890"),
                   store, 10, unit_cost_fen=15000)
    clerk = await make_user(Role.CLERK, "clerk1", [store])
    me = await Member.create(member_code="M000501", nickname="李女士", balance_fen=100000)
    other = await Member.create(member_code="M000502", nickname="王女士", balance_fen=50000)
    rec = Recorder(client, {"member": shopper_auth(me), "other_member": shopper_auth(other), "staff": auth(clerk)})

    r = await rec.call("the member's 会员码 page draws a code", "POST", "/api/v1/members/me/pay-code", who="member")
    code = r.json["code"]
    await rec.call("the POS finds the member by the scanned code", "GET", "/api/v1/pos/members", who="staff",
                   query={"q": code})
    await rec.call("the POS scans the goods", "GET", "/api/v1/skus", who="staff",
                   query={"q": "6901234567890", "page": "1", "page_size": "20"})
    await rec.call("the POS prices the sale for the member", "POST", "/api/v1/pos/preview", who="staff",
                   body={"location_code": "ST-001", "items": [{"sku_code": "MILK-1", "qty": 1}], "member_id": me.id})
    sale = {"channel": "pos", "location_code": "ST-001", "member_id": me.id,
            "items": [{"sku_code": "MILK-1", "qty": 1}]}
    await rec.call("stored value without the member's code is refused", "POST", "/api/v1/orders", who="staff",
                   body={**sale, "payments": [{"method": "balance", "amount_fen": 25800}]})
    r = await rec.call("another member's code is refused", "POST", "/api/v1/members/me/pay-code", who="other_member")
    await rec.call("another member's code is refused", "POST", "/api/v1/orders", who="staff",
                   body={**sale, "payments": [{"method": "balance", "amount_fen": 25800, "auth_code": r.json["code"]}]})
    await rec.call("stored value paid with the member's code", "POST", "/api/v1/orders", who="staff",
                   body={**sale, "payments": [{"method": "balance", "amount_fen": 25800, "auth_code": code}]})
    await rec.call("the same code again is refused", "POST", "/api/v1/orders", who="staff",
                   body={**sale, "payments": [{"method": "balance", "amount_fen": 25800, "auth_code": code}]})

    statuses = [e["response"]["status"] for e in rec.exchanges]
    assert statuses == [201, 200, 200, 200, 403, 201, 403, 201, 403], statuses
    text = json.dumps({"description": __doc__.split("\n\n")[0], "exchanges": rec.exchanges}, ensure_ascii=False,
                      indent=1, sort_keys=True) + "\n"
    if os.environ.get(UPDATE_ENV) == "1":
        RECORDING.parent.mkdir(parents=True, exist_ok=True)
        RECORDING.write_text(text, encoding="utf-8")
    assert RECORDING.exists(), f"no recording; make it with {UPDATE_ENV}=1"
    old = RECORDING.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(old.splitlines(True), text.splitlines(True), "recorded", "server now"))
    assert old == text, f"the server's answers differ from {RECORDING.name} (rerun with {UPDATE_ENV}=1 if " \
                        f"intended, and update the pages):\n{diff}"
