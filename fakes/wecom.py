"""A local fake of WeCom (企业微信): the server API the bot calls and the callbacks WeCom delivers to the bot.

Server API (paths as on qyapi.weixin.qq.com, JSON, ``errcode``/``errmsg`` as WeCom answers them):

- ``GET  /cgi-bin/gettoken?corpid&corpsecret`` -> ``{errcode: 0, access_token, expires_in}``
- ``POST /cgi-bin/message/send?access_token=`` text / markdown / textcard / template_card; recorded in
  ``state.messages``; template cards also in ``state.cards`` (by task_id) and answered with a ``response_code``
- ``POST /cgi-bin/message/update_template_card?access_token=`` ``{userids|atall, agentid, response_code,
  button: {replace_name}}`` (or a whole ``template_card``); each response_code works once, as on WeCom

Token errors: missing 41001, unknown 40014, expired 42001. Where the fake does not know WeCom's exact code for
a bad parameter it answers 40058 ("invalid parameter") with the reason in ``errmsg``.

Callbacks (what WeCom POSTs to the app's callback URL), built exactly as WeCom does: the plaintext message XML
is AES-256-CBC encrypted with the EncodingAESKey (random(16) + length + xml + corp id, PKCS#7 to 32 bytes),
wrapped as ``<xml><ToUserName/><Encrypt/><AgentID/></xml>`` and signed ``sha1(sort(token, timestamp, nonce,
Encrypt))`` into ``msg_signature``/``timestamp``/``nonce`` query parameters. The crypto here is written out
independently of wechatpy (which the app uses), so each checks the other.

    cb = build_callback(cfg, text_message_xml(cfg, "clerk1", "查库存 爱他美2段"))
    _, resp = await client.post("/bots/wecom/callback?" + cb.query, content=cb.body)   # or cb.deliver(url)
    reply = open_reply(cfg, resp.body)       # checks the reply's MsgSignature, decrypts: plaintext XML
    v = build_verify(cfg)                    # GET ...?{v.query} must answer v.echostr_plain

Test/demo hooks on the running fake (POST JSON; the target must be a loopback URL):

- ``/fake/wecom/deliver/text`` ``{"url", "from_user", "content"}``
- ``/fake/wecom/deliver/click`` ``{"url", "from_user", "task_id", "key", "force"?}``: a click on a card the
  fake sent; refused (409) once that user's buttons were replaced, unless ``force`` (to simulate a retry)

Both answer ``{"status", "reply_xml", "reply": {fields}, "response_code"?}`` and apply an ``update_button``
reply to the card, as the WeCom app would.

Serve it: ``python -m fakes.server fakes.wecom:create_wecom_fake --port 9101``; point the app at it with
``CRADLE_WECOM_API_BASE=http://127.0.0.1:9101/cgi-bin/``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import struct
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlparse

import httpx
import xmltodict
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sanic import Blueprint, Request, Sanic
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from backend import demo_accounts
from fakes.server import unique_app_name
from integrations.wecom.client import DEFAULT_API_BASE
from integrations.wecom.messenger import use_api_base

# Demo credentials (backend.demo_accounts): the same defaults as backend.settings (CRADLE_WECOM_*).
DEMO_CORP_ID = demo_accounts.WECOM_CORP_ID
DEMO_SECRET = demo_accounts.WECOM_SECRET
DEMO_AGENT_ID = demo_accounts.WECOM_AGENT_ID
DEMO_TOKEN = demo_accounts.WECOM_TOKEN
DEMO_AES_KEY = demo_accounts.WECOM_AES_KEY

CARD_TYPES = {"text_notice", "news_notice", "button_interaction", "vote_interaction", "multiple_interaction"}
_TASK_ID_RE = re.compile(r"^[0-9A-Za-z_\-@]{1,128}$")


@dataclass
class WeComFakeConfig:
    corp_id: str = DEMO_CORP_ID
    corp_secret: str = DEMO_SECRET
    agent_id: int = DEMO_AGENT_ID
    token: str = DEMO_TOKEN  # callback token
    encoding_aes_key: str = DEMO_AES_KEY
    token_ttl: int = 7200
    known_users: set[str] | None = None  # None: every user id is a member


@dataclass
class SentMessage:
    msgid: str
    users: list[str]
    msgtype: str
    body: dict[str, Any]
    response_code: str = ""


@dataclass
class SentCard:
    task_id: str
    msgid: str
    users: list[str]
    card: dict[str, Any]
    replaced: dict[str, str] = field(default_factory=dict)  # user id -> grey label replacing the buttons

    @property
    def button_keys(self) -> list[str]:
        return [str(b.get("key")) for b in self.card.get("button_list") or []]


@dataclass
class WeComFakeState:
    """Everything the fake remembers; tests may inspect it through ``app.ctx.state``."""

    config: WeComFakeConfig
    access_tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (epoch seconds)
    messages: list[SentMessage] = field(default_factory=list)
    cards: dict[str, SentCard] = field(default_factory=dict)  # task_id -> card
    response_codes: dict[str, tuple[str, bool]] = field(default_factory=dict)  # code -> (task_id, used)
    updates: list[dict[str, Any]] = field(default_factory=list)  # accepted update_template_card bodies
    deliveries: list[dict[str, Any]] = field(default_factory=list)  # callbacks the hooks delivered
    calls: list[tuple[str, str]] = field(default_factory=list)  # (method, path) in arrival order

    def expire_tokens(self) -> None:
        """Make every issued access token expired (the next API call answers 42001)."""
        for tok in self.access_tokens:
            self.access_tokens[tok] = 0.0

    def new_response_code(self, task_id: str) -> str:
        code = secrets.token_urlsafe(24)
        self.response_codes[code] = (task_id, False)
        return code

    def texts_to(self, user: str) -> list[str]:
        return [m.body["text"]["content"] for m in self.messages if m.msgtype == "text" and user in m.users]

    def cards_to(self, user: str) -> list[SentCard]:
        return [c for c in self.cards.values() if user in c.users]


# --------------------------------------------------------------------------------------------------------
# Callback crypto, written out from WeCom's documentation (independent of wechatpy)


def _aes_key(encoding_aes_key: str) -> bytes:
    key = base64.b64decode(encoding_aes_key + "=")
    if len(key) != 32:
        raise ValueError("EncodingAESKey must decode to 32 bytes")
    return key


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode()).hexdigest()


def encrypt(cfg: WeComFakeConfig, plain: str) -> str:
    key = _aes_key(cfg.encoding_aes_key)
    data = os.urandom(16) + struct.pack(">I", len(plain.encode())) + plain.encode() + cfg.corp_id.encode()
    pad = 32 - len(data) % 32
    data += bytes([pad]) * pad
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def decrypt(cfg: WeComFakeConfig, encrypted: str) -> str:
    key = _aes_key(cfg.encoding_aes_key)
    dec = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    data = dec.update(base64.b64decode(encrypted)) + dec.finalize()
    pad = data[-1]
    if not 1 <= pad <= 32:
        raise ValueError("bad padding")
    data = data[16:-pad]
    (length,) = struct.unpack(">I", data[:4])
    plain, receiver = data[4:4 + length], data[4 + length:]
    if receiver.decode() != cfg.corp_id:
        raise ValueError("receiver id is not this corp")
    return plain.decode()


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_message_xml(cfg: WeComFakeConfig, from_user: str, content: str, *, msg_id: str | None = None,
                     create_time: int | None = None) -> str:
    """The plaintext of a member's text message to the app."""
    return (
        "<xml>"
        f"<ToUserName>{_cdata(cfg.corp_id)}</ToUserName>"
        f"<FromUserName>{_cdata(from_user)}</FromUserName>"
        f"<CreateTime>{create_time or int(time.time())}</CreateTime>"
        "<MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{_cdata(content)}</Content>"
        f"<MsgId>{msg_id or str(secrets.randbelow(10**16)).zfill(16)}</MsgId>"
        f"<AgentID>{cfg.agent_id}</AgentID>"
        "</xml>"
    )


def card_event_xml(cfg: WeComFakeConfig, from_user: str, event_key: str, task_id: str, *,
                   card_type: str = "button_interaction", response_code: str | None = None,
                   create_time: int | None = None) -> str:
    """The plaintext of a template card button click (``Event=template_card_event``)."""
    return (
        "<xml>"
        f"<ToUserName>{_cdata(cfg.corp_id)}</ToUserName>"
        f"<FromUserName>{_cdata(from_user)}</FromUserName>"
        f"<CreateTime>{create_time or int(time.time())}</CreateTime>"
        "<MsgType><![CDATA[event]]></MsgType>"
        "<Event><![CDATA[template_card_event]]></Event>"
        f"<EventKey>{_cdata(event_key)}</EventKey>"
        f"<TaskId>{_cdata(task_id)}</TaskId>"
        f"<CardType>{_cdata(card_type)}</CardType>"
        f"<ResponseCode>{_cdata(response_code or secrets.token_urlsafe(24))}</ResponseCode>"
        f"<AgentID>{cfg.agent_id}</AgentID>"
        "</xml>"
    )


@dataclass(frozen=True)
class Callback:
    """One signed callback request: ``params`` go in the query string, ``body`` is the POST body."""

    params: dict[str, str]
    body: str = ""
    plain: str = ""

    @property
    def query(self) -> str:
        return urlencode(self.params)

    def url(self, callback_url: str) -> str:
        return callback_url + ("&" if "?" in callback_url else "?") + self.query

    def deliver(self, callback_url: str, timeout: float = 10.0) -> httpx.Response:
        """POST it (sync, over HTTP) as WeCom would."""
        with httpx.Client(timeout=timeout, trust_env=False) as http:
            return http.post(self.url(callback_url), content=self.body.encode(),
                             headers={"Content-Type": "text/xml"})


def build_callback(cfg: WeComFakeConfig, plain_xml: str, *, timestamp: str | None = None,
                   nonce: str | None = None) -> Callback:
    encrypted = encrypt(cfg, plain_xml)
    ts = timestamp or str(int(time.time()))
    nonce = nonce or str(secrets.randbelow(10**10))
    body = (f"<xml><ToUserName>{_cdata(cfg.corp_id)}</ToUserName><Encrypt>{_cdata(encrypted)}</Encrypt>"
            f"<AgentID>{_cdata(str(cfg.agent_id))}</AgentID></xml>")
    params = {"msg_signature": signature(cfg.token, ts, nonce, encrypted), "timestamp": ts, "nonce": nonce}
    return Callback(params=params, body=body, plain=plain_xml)


@dataclass(frozen=True)
class Verify:
    """The GET WeCom sends when the callback URL is saved: the app must answer ``echostr_plain``."""

    params: dict[str, str]
    echostr_plain: str

    @property
    def query(self) -> str:
        return urlencode(self.params)


def build_verify(cfg: WeComFakeConfig, *, echostr_plain: str | None = None, timestamp: str | None = None,
                 nonce: str | None = None) -> Verify:
    plain = echostr_plain or str(secrets.randbelow(10**19))
    echostr = encrypt(cfg, plain)
    ts = timestamp or str(int(time.time()))
    nonce = nonce or str(secrets.randbelow(10**10))
    params = {"msg_signature": signature(cfg.token, ts, nonce, echostr), "timestamp": ts, "nonce": nonce,
              "echostr": echostr}
    return Verify(params=params, echostr_plain=plain)


def xml_fields(xml: str | bytes) -> dict[str, Any]:
    doc = xmltodict.parse(xml)
    root = doc.get("xml") if isinstance(doc, dict) else None
    if not isinstance(root, dict):
        raise ValueError("no <xml> root")
    return root


def open_reply(cfg: WeComFakeConfig, body: str | bytes) -> str:
    """Check a passive reply's MsgSignature and decrypt it, as WeCom does; answers the plaintext XML."""
    root = xml_fields(body)
    encrypted = str(root.get("Encrypt") or "")
    expected = signature(cfg.token, str(root.get("TimeStamp") or ""), str(root.get("Nonce") or ""), encrypted)
    if not encrypted or expected != root.get("MsgSignature"):
        raise ValueError("reply signature does not match")
    return decrypt(cfg, encrypted)


# --------------------------------------------------------------------------------------------------------
# The fake server


def _err(errcode: int, errmsg: str) -> HTTPResponse:
    return json_response({"errcode": errcode, "errmsg": f"{errmsg}, hint: [{secrets.token_hex(4)}]"})


def _is_loopback(url: str) -> bool:
    p = urlparse(url)
    return p.scheme in ("http", "https") and p.hostname in ("127.0.0.1", "localhost", "::1")


def _check_card(state: WeComFakeState, card: Any) -> str | None:
    """Why WeCom would refuse this template card, or None."""
    if not isinstance(card, dict) or card.get("card_type") not in CARD_TYPES:
        return "invalid card_type"
    title = card.get("main_title") or {}
    if card["card_type"] != "news_notice" and not (isinstance(title, dict) and (title.get("title") or title.get("desc"))):
        return "main_title.title or main_title.desc required"
    if card["card_type"] == "button_interaction":
        task_id = str(card.get("task_id") or "")
        if not _TASK_ID_RE.match(task_id):
            return "invalid task_id"
        if task_id in state.cards:
            return "task_id already used"
        buttons = card.get("button_list")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 6:
            return "button_list must have 1 to 6 buttons"
        for b in buttons:
            if not isinstance(b, dict) or not b.get("text") or not b.get("key"):
                return "button text and key required"
            if len(str(b["key"]).encode()) > 1024:
                return "button key too long"
    return None


def wecom_blueprint(state: WeComFakeState, name: str = "fake_wecom", url_prefix: str | None = None) -> Blueprint:
    """The fake's routes over ``state``; mount it on any Sanic app (optionally under ``url_prefix``)."""
    cfg = state.config
    bp = Blueprint(name, url_prefix=url_prefix)

    @bp.middleware("request")
    async def _record(request: Request) -> None:
        state.calls.append((request.method, request.path))

    def _token_error(request: Request) -> HTTPResponse | None:
        tok = request.args.get("access_token") or ""
        if not tok:
            return _err(41001, "access_token missing")
        exp = state.access_tokens.get(tok)
        if exp is None:
            return _err(40014, "invalid access_token")
        if exp <= time.time():
            return _err(42001, "access_token expired")
        return None

    def _json_body(request: Request) -> dict[str, Any] | None:
        try:
            body = json.loads(request.body or b"")
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    @bp.get("/cgi-bin/gettoken")
    async def gettoken(request: Request) -> HTTPResponse:
        corpid, secret = request.args.get("corpid"), request.args.get("corpsecret")
        if not corpid:
            return _err(41002, "corpid missing")
        if not secret:
            return _err(41004, "corpsecret missing")
        if corpid != cfg.corp_id:
            return _err(40013, "invalid corpid")
        if secret != cfg.corp_secret:
            return _err(40001, "invalid credential")
        tok = secrets.token_urlsafe(48)
        state.access_tokens[tok] = time.time() + cfg.token_ttl
        return json_response({"errcode": 0, "errmsg": "ok", "access_token": tok, "expires_in": cfg.token_ttl})

    @bp.post("/cgi-bin/message/send")
    async def message_send(request: Request) -> HTTPResponse:
        if (bad := _token_error(request)) is not None:
            return bad
        body = _json_body(request)
        if body is None:
            return _err(47001, "data format error")
        if str(body.get("agentid")) != str(cfg.agent_id):
            return _err(40056, "invalid agentid")
        users = [u for u in str(body.get("touser") or "").split("|") if u]
        if not users and not body.get("toparty") and not body.get("totag"):
            return _err(40058, "touser, toparty and totag all empty")
        msgtype = str(body.get("msgtype") or "")
        content = body.get(msgtype)
        if msgtype not in ("text", "markdown", "textcard", "template_card") or not isinstance(content, dict):
            return _err(40008, "invalid message type")
        if msgtype in ("text", "markdown") and not content.get("content"):
            return _err(40058, f"{msgtype}.content required")
        if msgtype == "template_card" and (why := _check_card(state, content)):
            return _err(40058, why)
        known = users if cfg.known_users is None or "@all" in users else [u for u in users if u in cfg.known_users]
        invalid = [u for u in users if u not in known]
        if users and not known and not body.get("toparty") and not body.get("totag"):
            return _err(81013, "user & party & tag all invalid")
        msgid = secrets.token_urlsafe(32)
        answer: dict[str, Any] = {"errcode": 0, "errmsg": "ok", "msgid": msgid}
        sent = SentMessage(msgid=msgid, users=known, msgtype=msgtype, body=body)
        if msgtype == "template_card" and content.get("task_id"):
            task_id = str(content["task_id"])
            state.cards[task_id] = SentCard(task_id=task_id, msgid=msgid, users=known, card=content)
            sent.response_code = answer["response_code"] = state.new_response_code(task_id)
        if invalid:
            answer["invaliduser"] = "|".join(invalid)
        state.messages.append(sent)
        return json_response(answer)

    @bp.post("/cgi-bin/message/update_template_card")
    async def update_template_card(request: Request) -> HTTPResponse:
        if (bad := _token_error(request)) is not None:
            return bad
        body = _json_body(request)
        if body is None:
            return _err(47001, "data format error")
        if str(body.get("agentid")) != str(cfg.agent_id):
            return _err(40056, "invalid agentid")
        code = str(body.get("response_code") or "")
        entry = state.response_codes.get(code)
        if entry is None:
            return _err(40058, "invalid response_code")
        task_id, used = entry
        if used:
            return _err(40058, "response_code already used")
        button = body.get("button")
        replace_name = str(button.get("replace_name") or "") if isinstance(button, dict) else ""
        if not replace_name and not isinstance(body.get("template_card"), dict):
            return _err(40058, "button.replace_name or template_card required")
        card = state.cards.get(task_id)
        users = list(card.users if card and body.get("atall") else body.get("userids") or [])
        if not users and not body.get("partyids") and not body.get("tagids") and not body.get("atall"):
            return _err(40058, "userids, partyids, tagids and atall all empty")
        state.response_codes[code] = (task_id, True)
        if card is not None:
            for u in users:
                if replace_name:
                    card.replaced[str(u)] = replace_name
                else:
                    card.card = body["template_card"]
        state.updates.append(body)
        return json_response({"errcode": 0, "errmsg": "ok", "invaliduser": []})

    # ---- test/demo hooks: deliver callbacks to the app ------------------------------------------------

    async def _deliver(url: str, plain: str) -> dict[str, Any]:
        cb = build_callback(cfg, plain)
        record: dict[str, Any] = {"url": url, "plain": plain, "status": None, "reply_xml": None, "reply": None}
        try:
            async with httpx.AsyncClient(timeout=10.0, trust_env=False) as http:
                resp = await http.post(cb.url(url), content=cb.body.encode(), headers={"Content-Type": "text/xml"})
            record["status"] = resp.status_code
            if resp.status_code == 200 and resp.content.strip() and resp.content.strip() != b"success":
                record["reply_xml"] = open_reply(cfg, resp.content)
                record["reply"] = xml_fields(record["reply_xml"])
        except (httpx.HTTPError, ValueError) as exc:
            record["error"] = f"{type(exc).__name__}: {exc}"
        state.deliveries.append(record)
        return record

    def _hook_body(request: Request) -> tuple[dict[str, Any], HTTPResponse | None]:
        body = _json_body(request)
        if body is None:
            return {}, json_response({"error": "json_body_required"}, status=400)
        if not _is_loopback(str(body.get("url") or "")):
            return {}, json_response({"error": "url_must_be_loopback"}, status=400)
        if not body.get("from_user"):
            return {}, json_response({"error": "from_user_required"}, status=400)
        return body, None

    @bp.post("/fake/wecom/deliver/text")
    async def deliver_text(request: Request) -> HTTPResponse:
        body, bad = _hook_body(request)
        if bad is not None:
            return bad
        plain = text_message_xml(cfg, str(body["from_user"]), str(body.get("content") or ""))
        return json_response(await _deliver(str(body["url"]), plain))

    @bp.post("/fake/wecom/deliver/click")
    async def deliver_click(request: Request) -> HTTPResponse:
        body, bad = _hook_body(request)
        if bad is not None:
            return bad
        user, key = str(body["from_user"]), str(body.get("key") or "")
        card = state.cards.get(str(body.get("task_id") or ""))
        if card is None or user not in card.users:
            return json_response({"error": "card_not_found"}, status=404)
        if key not in card.button_keys:
            return json_response({"error": "no_such_button"}, status=400)
        if user in card.replaced and not body.get("force"):
            return json_response({"error": "button_replaced", "label": card.replaced[user]}, status=409)
        code = state.new_response_code(card.task_id)
        plain = card_event_xml(cfg, user, key, card.task_id, card_type=str(card.card.get("card_type")),
                               response_code=code)
        record = await _deliver(str(body["url"]), plain)
        reply = record.get("reply") or {}
        if reply.get("MsgType") == "update_button":
            card.replaced[user] = str((reply.get("Button") or {}).get("ReplaceName") or "")
        return json_response({**record, "response_code": code})

    return bp


def create_wecom_fake(config: WeComFakeConfig | None = None) -> Sanic:
    """A Sanic app serving the WeCom fake; its state is ``app.ctx.state`` (a :class:`WeComFakeState`)."""
    state = WeComFakeState(config=config or WeComFakeConfig())
    app = Sanic(unique_app_name("fake_wecom"), configure_logging=False)
    app.config.REQUEST_MAX_SIZE = 1_000_000
    app.ctx.state = state
    app.blueprint(wecom_blueprint(state))
    return app


def mount_wecom_fake(app: Sanic, prefix: str = "/_fakes/wecom") -> WeComFakeState:
    """Serve the fake inside ``app`` under ``prefix`` (``make run``) and point the app's WeCom API client at it,
    so approval cards pushed by the app land here (``app.ctx.wecom_fake``). Try the hooks, e.g.
    ``POST {prefix}/fake/wecom/deliver/text {"url": "http://127.0.0.1:8000/bots/wecom/callback",
    "from_user": "clerk1", "content": "查库存 奶粉"}``."""
    settings = app.ctx.settings
    state = WeComFakeState(config=WeComFakeConfig(
        corp_id=settings.wecom_corp_id, corp_secret=settings.wecom_secret, agent_id=settings.wecom_agent_id,
        token=settings.wecom_token, encoding_aes_key=settings.wecom_aes_key))
    app.blueprint(wecom_blueprint(state, f"fake_wecom_{unique_app_name('m')}", url_prefix=prefix))
    app.ctx.wecom_fake = state
    if settings.wecom_api_base == DEFAULT_API_BASE:  # an explicit CRADLE_WECOM_API_BASE wins
        use_api_base(f"http://127.0.0.1:{settings.port}{prefix}/cgi-bin/")
    return state
