"""WeCom callback crypto: a thin wrapper over ``wechatpy.enterprise.crypto.WeChatCrypto``.

WeCom signs every callback with ``msg_signature = sha1(sort(token, timestamp, nonce, Encrypt))`` and encrypts
the payload with AES-256-CBC keyed by the EncodingAESKey (the plaintext ends with the corp id). On top of
wechatpy this wrapper

- compares signatures in constant time, before anything is decrypted;
- refuses requests whose timestamp is more than ``max_age`` seconds away from now (either direction);
- refuses a (timestamp, nonce, signature) triple it has already accepted, through a :class:`ReplayGuard`
  (claimed only after every other check passed, so a forged request cannot burn a nonce);
- maps every failure to an :class:`~backend.errors.AppError` with a Chinese message.

Usage::

    crypto = WeComCrypto(token, aes_key, corp_id, replay_guard=RedisReplayGuard(redis, prefix))
    echo = await crypto.verify_url(msg_signature, timestamp, nonce, echostr)      # GET
    plain_xml = await crypto.decrypt_message(body, msg_signature, timestamp, nonce)  # POST
    body = crypto.encrypt_reply(reply_xml, nonce=nonce)                            # passive reply
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

from wechatpy.enterprise.crypto import PrpCrypto, WeChatCrypto

from backend.errors import Forbidden, ValidationError
from backend.xml_safe import UnsafeXML, parse_xml
from bots.wecom.replay import ReplayGuard, replay_key

DEFAULT_MAX_AGE = 300  # seconds; WeCom's own retries come within a few seconds
MAX_BODY_BYTES = 64 * 1024  # callbacks are a few KB at most


class CallbackRejected(Forbidden):
    """A callback we must not act on (forged, stale or replayed). Answers 403 ``forbidden``."""

    reason = "rejected"


class InvalidSignature(CallbackRejected):
    reason = "invalid_signature"
    default_message = "消息签名校验失败"


class StaleRequest(CallbackRejected):
    reason = "stale_timestamp"
    default_message = "消息时间戳已过期"


class ReplayedRequest(CallbackRejected):
    reason = "replayed"
    default_message = "重复的消息，已忽略"


class MalformedCallback(ValidationError):
    """The request is not a well-formed WeCom callback (missing parameters, bad XML, undecryptable)."""

    reason = "malformed"
    default_message = "回调消息格式不正确"


def sign(token: str, timestamp: str, nonce: str, data: str) -> str:
    """WeCom's msg_signature: sha1 over the four strings sorted and concatenated."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, data])).encode()).hexdigest()


class WeComCrypto:
    def __init__(
        self,
        token: str,
        encoding_aes_key: str,
        corp_id: str,
        *,
        replay_guard: ReplayGuard,
        max_age: int = DEFAULT_MAX_AGE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if len(encoding_aes_key) != 43:
            raise ValueError("EncodingAESKey must be 43 characters")
        try:
            self._wechat = WeChatCrypto(token, encoding_aes_key, corp_id)
        except Exception as exc:  # bad base64 / wrong length inside wechatpy (an assert)
            raise ValueError("invalid EncodingAESKey") from exc
        self.token = token
        self.corp_id = corp_id
        self.replay_guard = replay_guard
        self.max_age = max_age
        self.clock = clock

    # ---- checks -------------------------------------------------------------------------------------

    def _check_signature(self, signature: str, timestamp: str, nonce: str, data: str) -> None:
        expected = sign(self.token, timestamp, nonce, data)
        if not signature or not hmac.compare_digest(expected.encode(), signature.encode()):
            raise InvalidSignature()

    def _check_fresh(self, timestamp: str) -> None:
        try:
            ts = int(timestamp)
        except (TypeError, ValueError):
            raise MalformedCallback("时间戳不合法") from None
        if abs(self.clock() - ts) > self.max_age:
            raise StaleRequest()

    async def _claim(self, signature: str, timestamp: str, nonce: str) -> None:
        # Keep the mark for as long as the timestamp could still pass _check_fresh (past and future skew).
        if not await self.replay_guard.first_seen(replay_key(timestamp, nonce, signature), 2 * self.max_age + 60):
            raise ReplayedRequest()

    @staticmethod
    def _require(**params: str | None) -> None:
        missing = [k for k, v in params.items() if not v]
        if missing:
            raise MalformedCallback("缺少参数：" + "、".join(missing))

    def _decrypt(self, encrypted: str) -> str:
        try:
            return PrpCrypto(self._wechat.key).decrypt(encrypted, self.corp_id)
        except Exception:  # wrong key/corp id, bad base64 or padding: wechatpy raises assorted errors
            raise MalformedCallback("消息解密失败") from None

    # ---- public API ---------------------------------------------------------------------------------

    async def verify_url(self, msg_signature: str | None, timestamp: str | None, nonce: str | None,
                         echostr: str | None) -> str:
        """URL verification (GET): check the signature over ``echostr`` and answer its decrypted plaintext."""
        self._require(msg_signature=msg_signature, timestamp=timestamp, nonce=nonce, echostr=echostr)
        assert msg_signature and timestamp and nonce and echostr
        self._check_signature(msg_signature, timestamp, nonce, echostr)
        self._check_fresh(timestamp)
        plain = self._decrypt(echostr)
        await self._claim(msg_signature, timestamp, nonce)
        return plain

    async def decrypt_message(self, body: bytes | str, msg_signature: str | None, timestamp: str | None,
                              nonce: str | None) -> str:
        """Incoming message (POST): check signature, freshness and replay; answer the plaintext XML."""
        self._require(msg_signature=msg_signature, timestamp=timestamp, nonce=nonce)
        assert msg_signature and timestamp and nonce
        encrypted = parse_envelope(body).get("Encrypt") or ""
        if not encrypted:
            raise MalformedCallback("缺少 Encrypt 字段")
        self._check_signature(msg_signature, timestamp, nonce, encrypted)
        self._check_fresh(timestamp)
        plain = self._decrypt(encrypted)
        await self._claim(msg_signature, timestamp, nonce)
        return plain

    def encrypt_reply(self, plain_xml: str, *, nonce: str | None = None, timestamp: str | None = None) -> str:
        """The encrypted, signed passive reply body (``<xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/>``)."""
        return self._wechat.encrypt_message(
            plain_xml,
            nonce or secrets.token_hex(8),
            timestamp or str(int(self.clock())),
        )


def parse_envelope(body: bytes | str) -> dict[str, str]:
    """Parse a flat ``<xml>...</xml>`` document into ``{tag: text}``; raises MalformedCallback.

    backend.xml_safe refuses any DTD (no billion laughs / external entities) and bodies over MAX_BODY_BYTES.
    """
    try:
        xml = parse_xml(body, MAX_BODY_BYTES)
    except UnsafeXML:
        raise MalformedCallback() from None
    return {k: v or "" for k, v in xml.items() if v is None or isinstance(v, str)}
