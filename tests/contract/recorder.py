"""Record request/response pairs against the real app and check them against the recordings on disk.

The faces (mini-program, WeCom bot, the future web console) must never test against a mock that echoes the
request. Instead a scenario in tests/contract/ drives the real app (create_app, the demo data) the way a face
does, through a Recorder; the pairs are normalised and compared with miniprogram/tests/contract/<name>.json.
The jest tests of the pages answer wx.request from those files only (miniprogram/tests/contract.js).

Normalisation (so a recording is the same on SQLite and PostgreSQL and on every day):
- ids (int values of keys ``id`` / ``*_id`` / ``*_ids``, all-digit path segments and query values of id keys)
  are renumbered 1001, 1002, ... in order of first appearance;
- document numbers (string values of ``*_no`` keys) and random codes (a coupon's, a WeChat member's) become ``<LETTERS>-<n>`` (e.g. ``SO-1``), also where the
  raw number appears inside another string (a message) or a path segment;
- tokens, signatures, nonces and Idempotency-Keys become ``<token>``;
- datetimes (ISO 8601 with a time) must end with ``+08:00`` (a recording with any other offset FAILS: one time
  zone in every answer), then become 2026-01-01T09:00:00+08:00 plus one minute per distinct instant, in order;
- dates (YYYY-MM-DD) are shifted so that today (Asia/Shanghai) is 2026-01-01.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from backend.settings import ROOT
from backend.timestamps import CHINA, business_today

RECORDINGS = ROOT / "miniprogram" / "tests" / "contract"
UPDATE_ENV = "CRADLE_CONTRACT_UPDATE"
BASE_INSTANT = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
BASE_DATE = dt.date(2026, 1, 1)
FIRST_ID = 1001

TOKEN_KEYS = frozenset({"access_token", "refresh_token", "paySign", "nonceStr", "package", "timeStamp",
                        "prepay_id", "trade_no", "code_url", "mfa_token", "transaction_id", "out_trade_no",
                        "escpos_base64"})  # a receipt's printer bytes: they carry the order number and the time
# random codes, handled like document numbers: a coupon's code (members.coupons.new_code), a WeChat member's code
GENERATED_PATTERNS = {"code": (re.compile(r"^CP[0-9A-Z]{8,}$"), "CP"), "member_code": (re.compile(r"^M\d{11,}$"), "M")}
# the member's one-time stored-value code (backend.members.paycode): a digit placeholder, still a valid code
PAY_CODE = re.compile(r"^88\d{16}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DOC_NO = re.compile(r"^([A-Za-z]{1,4})(?=[\d-])")  # the letters before the digits: SO, T, ST, PO, M


def _is_id_key(key: str) -> bool:
    return key == "id" or key.endswith("_id") or key.endswith("_ids")


@dataclass
class Exchange:
    name: str
    face: str
    method: str
    path: str
    query: dict[str, str]
    auth: str | None
    headers: dict[str, str]
    body: Any
    status: int
    answer: Any


@dataclass
class Recorder:
    """Drives the app through `client` (tests.client.FastClient) and keeps every pair it sends.

    `tokens` maps an auth name ("member", "staff", "manager", ...) to a bearer token; `call(..., auth=name)`
    sends it. Calls made with `record=False` are set-up a face does not make (they are sent but not kept)."""

    client: Any
    name: str
    face: str = "miniprogram"
    description: str = ""
    tokens: dict[str, str] = field(default_factory=dict)
    exchanges: list[Exchange] = field(default_factory=list)

    async def call(self, method: str, url: str, body: Any = None, *, auth: str | None = None, name: str = "",
                   idempotency_key: str | None = None, record: bool = True, expect: int | None = None) -> Any:
        headers: dict[str, str] = {}
        if auth:
            headers["Authorization"] = f"Bearer {self.tokens[auth]}"
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["json"] = body
        _, resp = await self.client.request(method, url, **kwargs)
        answer = resp.json if resp.body else None
        if expect is not None:
            assert resp.status == expect, (method, url, resp.status, answer)
        if record:
            parts = urlsplit(url)
            self.exchanges.append(Exchange(
                name=name, face=self.face, method=method.upper(), path=parts.path,
                query=dict(parse_qsl(parts.query)), auth=auth.split(":")[0] if auth else None,
                headers={"Idempotency-Key": idempotency_key} if idempotency_key else {}, body=copy.deepcopy(body),
                status=resp.status, answer=answer))
        return answer

    async def wecom(self, user: str, content: str, *, name: str = "") -> dict[str, Any] | None:
        """Send a text message to the WeCom bot as WeCom does (signed, encrypted, through /bots/wecom/callback)
        from the staff bound to WeCom user id `user`; record and answer the decrypted passive reply's fields."""
        from fakes.wecom import WeComFakeConfig, build_callback, open_reply, text_message_xml, xml_fields

        cfg = WeComFakeConfig()
        cb = build_callback(cfg, text_message_xml(cfg, user, content))
        _, resp = await self.client.post(f"/bots/wecom/callback?{cb.query}", content=cb.body)
        reply = xml_fields(open_reply(cfg, resp.body)) if resp.status == 200 and resp.body.strip() else None
        answer = {k: reply[k] for k in ("MsgType", "Content") if k in reply} if reply else None
        self.exchanges.append(Exchange(
            name=name or f"WeCom {content}", face="wecom", method="WECOM", path="/bots/wecom/callback", query={},
            auth=None, headers={}, body={"from_user": user, "text": content}, status=resp.status, answer=answer))
        return answer

    def get(self, url: str, **kw: Any) -> Any:
        return self.call("GET", url, **kw)

    def post(self, url: str, body: Any = None, **kw: Any) -> Any:
        return self.call("POST", url, {} if body is None else body, **kw)

    # ------------------------------------------------------------------------------------------ checking

    def document(self) -> dict[str, Any]:
        return Normaliser().recording(self)

    def check(self) -> Path:
        """Compare with the file on disk (rewrite it when CRADLE_CONTRACT_UPDATE=1). Fails on a difference, on a
        missing file and on any timestamp that is not +08:00."""
        offsets = [f"{ex.method} {ex.path}: {where} = {value}" for ex in self.exchanges
                   for where, value in _datetimes(ex.answer, "answer") if not value.endswith("+08:00")]
        assert not offsets, "timestamps must be ISO 8601 with +08:00:\n" + "\n".join(offsets)
        path = RECORDINGS / f"{self.name}.json"
        text = dump(self.document())
        if os.environ.get(UPDATE_ENV) == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return path
        assert path.exists(), (f"no recording {path.relative_to(ROOT)}; make it with {UPDATE_ENV}=1 "
                               f"pytest tests/contract -k {self.name}")
        old = path.read_text(encoding="utf-8")
        if old != text:
            diff = "".join(difflib.unified_diff(old.splitlines(True), text.splitlines(True),
                                                f"{path.name} (recorded)", f"{path.name} (server now)", n=3))
            raise AssertionError(
                f"the server's answers differ from the recording {path.relative_to(ROOT)}. If the change is "
                f"intended, rerun with {UPDATE_ENV}=1, update miniprogram/API.md and the pages, and commit the "
                f"recording; the jest tests then check the pages against it.\n{diff}")
        return path


def dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _datetimes(value: Any, where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _datetimes(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _datetimes(v, f"{where}[{i}]")
    elif isinstance(value, str) and DATETIME.match(value):
        out.append((where, value))
    return out


class Normaliser:
    """Stable placeholders for what varies between runs (see the module docstring)."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}
        self.docs: dict[str, str] = {}
        self.instants: dict[dt.datetime, str] = {}
        self.today = business_today()

    def recording(self, rec: Recorder) -> dict[str, Any]:
        self._collect_instants([ex.answer for ex in rec.exchanges] + [ex.body for ex in rec.exchanges])
        exchanges = []
        for ex in rec.exchanges:
            request: dict[str, Any] = {"method": ex.method, "path": self._path(ex.path), "auth": ex.auth}
            if ex.query:
                request["query"] = {k: self._scalar(k, v) for k, v in ex.query.items()}
            if ex.headers:
                request["headers"] = {k: "<token>" for k in ex.headers}
            if ex.method != "GET":
                request["body"] = self._value(ex.body)
            response = {"status": ex.status, "body": self._value(ex.answer)}
            name = ex.name or f"{ex.method} {request['path']}"
            exchanges.append({"name": name, "face": ex.face, "request": request, "response": response})
        doc = {"scenario": rec.name, "description": rec.description, "exchanges": exchanges}
        return self._replace_docs_in_text(doc)

    def _collect_instants(self, values: list[Any]) -> None:
        seen: set[dt.datetime] = set()
        for v in values:
            for _, text in _datetimes(v, ""):
                seen.add(_parse_instant(text))
        for i, instant in enumerate(sorted(seen)):
            self.instants[instant] = (BASE_INSTANT + dt.timedelta(minutes=i)).isoformat()

    def _id(self, raw: int) -> int:
        if raw not in self.ids:
            self.ids[raw] = FIRST_ID + len(self.ids)
        return self.ids[raw]

    def _doc(self, raw: str, prefix: str = "") -> str:
        if raw not in self.docs:
            m = DOC_NO.match(raw)
            prefix = prefix or (m.group(1) if m else "NO")
            self.docs[raw] = f"{prefix}-{sum(1 for v in self.docs.values() if v.startswith(prefix + '-')) + 1}"
        return self.docs[raw]

    def _pay_code(self, raw: str) -> str:
        if raw not in self.docs:
            n = sum(1 for v in self.docs.values() if PAY_CODE.match(v)) + 1
            self.docs[raw] = f"88{n:016d}"
        return self.docs[raw]

    def _path(self, path: str) -> str:
        out = []
        for seg in path.split("/"):
            if seg.isdigit():
                seg = str(self._id(int(seg)))
            elif seg in self.docs:
                seg = quote(self.docs[seg])
            out.append(seg)
        return "/".join(out)

    def _scalar(self, key: str, value: str) -> str:
        if _is_id_key(key) and value.isdigit():
            return str(self._id(int(value)))
        return value

    def _value(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self._value(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._value(v, key) for v in value]
        if isinstance(value, bool) or value is None:
            return value
        if key in TOKEN_KEYS:
            return "<token>"
        if isinstance(value, int) and _is_id_key(key):
            return self._id(value)
        if isinstance(value, str):
            if PAY_CODE.match(value):
                return self._pay_code(value)
            generated = GENERATED_PATTERNS.get(key)
            if generated and generated[0].match(value):
                return self._doc(value, generated[1])
            if value and key.endswith("_no"):
                return self._doc(value)
            if DATETIME.match(value):
                return self.instants[_parse_instant(value)]
            if DATE.match(value):
                return (BASE_DATE + (dt.date.fromisoformat(value) - self.today)).isoformat()
        return value

    def _replace_docs_in_text(self, doc: Any) -> Any:
        raws = sorted((r for r in self.docs if len(r) >= 6), key=len, reverse=True)
        if not raws:
            return doc

        def walk(v: Any) -> Any:
            if isinstance(v, dict):
                return {k: walk(x) for k, x in v.items()}
            if isinstance(v, list):
                return [walk(x) for x in v]
            if isinstance(v, str):
                for raw in raws:
                    if raw in v:
                        v = v.replace(raw, self.docs[raw])
            return v

        return walk(doc)


def _parse_instant(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=CHINA)


def query_string(params: dict[str, Any]) -> str:
    """`?a=1&b=2` with empty values left out, as miniprogram/utils/api.js builds it."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"?{urlencode(kept)}" if kept else ""
