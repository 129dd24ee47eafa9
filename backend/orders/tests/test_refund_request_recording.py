"""The order page's backend answers for 取消订单 / 申请退款, recorded from the real server for the mini-program's
jest test (miniprogram/tests/refund_request.test.js answers wx.request only from this recording).

The scenario: a shopper's unpaid order (取消订单 offered), a paid one (申请退款 offered; the old cancel answers 409),
its refund request queued for the store, and another paid order whose request is approved at once within the
window (cancelled, refund 退款中). Ids, document numbers and times are normalised so the recording is the same on
SQLite and PostgreSQL and every day. The test fails when the server's answers differ from the file; run it with
CRADLE_RECORD=1 to write the file again (and review the diff)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

from backend.settings import ROOT, Settings
from fakes.wechat import WeChatFakeState
from tests.fixtures import use_settings

from .test_refunds import _shopper, _stocked, _wechat_order

RECORDING = ROOT / "miniprogram" / "tests" / "recorded" / "refund_request.json"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$")


class Normaliser:
    """Ids renumbered from 1001 per kind of thing (an order's id and order_id share one numbering, its items'
    another), document numbers as <PREFIX>-<n>, every time as one instant."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, int], int] = {}
        self.nos: dict[str, str] = {}

    def id(self, kind: str, value: int) -> int:
        return self.ids.setdefault((kind, value), 1001 + sum(1 for k, _ in self.ids if k == kind))

    def no(self, value: str) -> str:
        if value not in self.nos:
            prefix = re.match(r"[A-Za-z]*", value).group(0)  # type: ignore[union-attr]
            self.nos[value] = f"{prefix}-{1 + sum(1 for v in self.nos.values() if v.startswith(prefix + '-'))}"
        return self.nos[value]

    def path(self, path: str) -> str:
        parts = path.split("/")
        return "/".join(str(self.id(parts[i - 1].rstrip("s"), int(p))) if p.isdigit() else p
                        for i, p in enumerate(parts))

    def __call__(self, value: Any, key: str = "", kind: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self(v, k, key.rstrip("s") or kind) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, key, kind) for v in value]
        if isinstance(value, int) and not isinstance(value, bool) and (key == "id" or key.endswith("_id")):
            return self.id(kind if key == "id" else key[:-3], value)
        if isinstance(value, str) and key.endswith("_no") and value:
            return self.no(value)
        if isinstance(value, str) and DATETIME.match(value):
            return "2026-01-01T09:00:00+08:00"
        if isinstance(value, str):
            for raw, fixed in self.nos.items():
                value = value.replace(raw, fixed)
        return value


async def test_order_page_refund_answers_match_the_recording(client: Any, codepay_settings: Settings,
                                                            wx: WeChatFakeState) -> None:
    use_settings(dataclasses.replace(codepay_settings, refund_auto_approve_s=0))
    await _stocked()
    _, sh = await _shopper()
    norm = Normaliser()
    exchanges: list[dict[str, Any]] = []

    async def call(name: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        if method == "GET":
            _, resp = await client.get(path, headers=sh)
        else:
            _, resp = await client.post(path, headers=sh, json=body or {})
        exchanges.append({"name": name, "method": method, "path": norm.path(path), "body": body,
                          "status": resp.status, "answer": norm(resp.json)})
        return resp

    unpaid = await _wechat_order(client, wx, sh, pay=False)
    paid = await _wechat_order(client, wx, sh)
    quick = await _wechat_order(client, wx, sh)
    resp = await call("unpaid order", "GET", f"/api/v1/orders/{unpaid['id']}")
    assert resp.json["order"]["can_cancel"] is True and resp.json["order"]["can_request_refund"] is False
    resp = await call("paid order", "GET", f"/api/v1/orders/{paid['id']}")
    assert resp.json["order"]["can_cancel"] is False and resp.json["order"]["can_request_refund"] is True
    resp = await call("cancel of a paid order (refused)", "POST", f"/api/v1/orders/{paid['id']}/cancel")
    assert resp.status == 409
    resp = await call("refund request queued", "POST", f"/api/v1/orders/{paid['id']}/refund-request",
                      {"reason": "不想要了"})
    assert resp.status == 201 and resp.json["order"]["refund_request"]["status"] == "requested"
    await call("paid order after the request", "GET", f"/api/v1/orders/{paid['id']}")
    use_settings(codepay_settings)  # within the window (30 minutes after payment by default)
    await call("second paid order", "GET", f"/api/v1/orders/{quick['id']}")
    resp = await call("refund request approved at once", "POST", f"/api/v1/orders/{quick['id']}/refund-request",
                      {"reason": "拍错了/多拍了"})
    assert resp.json["order"]["status"] == "cancelled" and resp.json["order"]["refunds"][0]["status"] == "pending"
    await call("second order after the refund", "GET", f"/api/v1/orders/{quick['id']}")

    recording = {"description": (__doc__ or "").splitlines()[0], "exchanges": exchanges}
    assert _kept(recording) == json.loads(json.dumps(recording)), \
        "the server's answers changed: run with CRADLE_RECORD=1 and review the diff of " + str(RECORDING)


def _kept(recording: dict[str, Any]) -> Any:
    """The recording on disk (written first when CRADLE_RECORD=1 or there is none)."""
    path = Path(RECORDING)
    if os.environ.get("CRADLE_RECORD") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(recording, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))
