"""Partner clients: registration, secret rotation with a grace period, revocation. HQ only, every change audited.

Secrets are ``cs_`` + 43 random URL-safe characters (256 bits), answered once at registration and rotation;
the database keeps their SHA-256 only. Tokens are checked against the client row on every request
(backend.partners.oauth.authenticate_bearer), so a revocation refuses every token at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import InvalidState, NotFound, ValidationError
from backend.partners.models import ClientStatus, OpenClient, OpenToken
from backend.timestamps import iso

# scope -> what it allows (Chinese: HQ reads these in the back office)
SCOPES: dict[str, str] = {
    "orders:read": "读取订单",
    "stock:read": "读取库存",
    "stock:write": "调整库存（库存调整单）",
    "skus:read": "读取商品 SKU",
    "shipments:read": "读取发货记录",
    "members:read": "读取订单中的会员信息",
}
MAX_GRACE_HOURS = 24 * 7
DEFAULT_GRACE_HOURS = 24
RATE_LIMIT_MAX = 100_000


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return "cs_" + secrets.token_urlsafe(32)


def secret_matches(client: OpenClient, secret: str, *, now: datetime | None = None) -> bool:
    """The current secret, or the previous one inside its grace period (constant-time comparisons)."""
    given = secret_hash(secret)
    if hmac.compare_digest(given, client.secret_hash):
        return True
    now = now or datetime.now(UTC)
    return bool(client.previous_secret_hash) and client.previous_secret_expires_at is not None \
        and now < client.previous_secret_expires_at and hmac.compare_digest(given, client.previous_secret_hash)


def check_scopes(scopes: list[str]) -> list[str]:
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown or not scopes:
        raise ValidationError(f"授权范围不合法：{'、'.join(unknown) or '至少选择一项'}；可选：{'、'.join(SCOPES)}",
                              details=[{"field": "scopes", "message": "取值不在允许范围内"}])
    return sorted(set(scopes))


def client_json(client: OpenClient) -> dict[str, Any]:
    return {
        "id": client.id, "client_id": client.client_id, "name": client.name, "scopes": client.scopes,
        "rate_limit_per_min": client.rate_limit_per_min, "status": client.status.value,
        "previous_secret_expires_at": iso(client.previous_secret_expires_at) if client.previous_secret_hash else None,
        "revoked_at": iso(client.revoked_at), "created_at": iso(client.created_at),
    }


@dataclass(frozen=True)
class NewClient:
    name: str
    scopes: list[str]
    rate_limit_per_min: int = 600


async def register(user: Any, spec: NewClient) -> dict[str, Any]:
    """A new client; the answer holds its secret, shown this once."""
    scopes = check_scopes(spec.scopes)
    secret = new_secret()
    async with in_transaction() as conn:
        client = await OpenClient.create(client_id="cl_" + secrets.token_hex(12), name=spec.name, scopes=scopes,
                                         rate_limit_per_min=spec.rate_limit_per_min, secret_hash=secret_hash(secret),
                                         created_by_id=getattr(user, "id", None), using_db=conn)
        await record_audit(user, "open_client.create", "open_client", client.client_id,
                           after={"name": spec.name, "scopes": scopes, "rate_limit_per_min": spec.rate_limit_per_min},
                           using_db=conn)
    return {"client": client_json(client), "client_secret": secret}


async def get_client(client_pk: int) -> OpenClient:
    client = await OpenClient.get_or_none(id=client_pk)
    if client is None:
        raise NotFound("合作方应用不存在")
    return client


async def listing(*, offset: int, limit: int) -> dict[str, Any]:
    rows = await OpenClient.all().order_by("-id").offset(offset).limit(limit)
    return {"items": [client_json(c) for c in rows], "total": await OpenClient.all().count()}


async def update(user: Any, client_pk: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change the name, scopes or rate limit (tokens already issued keep their scopes until they expire)."""
    if "scopes" in changes:
        changes["scopes"] = check_scopes(changes["scopes"])
    async with in_transaction() as conn:
        client = await OpenClient.select_for_update().using_db(conn).get_or_none(id=client_pk)
        if client is None:
            raise NotFound("合作方应用不存在")
        before = {k: getattr(client, k) for k in changes}
        for k, v in changes.items():
            setattr(client, k, v)
        await client.save(using_db=conn)
        await record_audit(user, "open_client.update", "open_client", client.client_id, before=before, after=changes,
                           using_db=conn)
    return {"client": client_json(client)}


async def rotate_secret(user: Any, client_pk: int, *, grace_hours: int = DEFAULT_GRACE_HOURS) -> dict[str, Any]:
    """A new secret; the one it replaces keeps working for `grace_hours` (0: stops at once)."""
    if not 0 <= grace_hours <= MAX_GRACE_HOURS:
        raise ValidationError(f"宽限期须在 0 到 {MAX_GRACE_HOURS} 小时之间")
    secret = new_secret()
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        client = await OpenClient.select_for_update().using_db(conn).get_or_none(id=client_pk)
        if client is None:
            raise NotFound("合作方应用不存在")
        if client.status != ClientStatus.ACTIVE:
            raise InvalidState("该合作方应用已吊销，不能更换密钥")
        client.previous_secret_hash = client.secret_hash if grace_hours else ""
        client.previous_secret_expires_at = now + timedelta(hours=grace_hours) if grace_hours else None
        client.secret_hash = secret_hash(secret)
        await client.save(using_db=conn)
        await record_audit(user, "open_client.rotate_secret", "open_client", client.client_id,
                           after={"grace_hours": grace_hours,
                                  "previous_secret_expires_at": iso(client.previous_secret_expires_at)},
                           using_db=conn)
    return {"client": client_json(client), "client_secret": secret}


async def revoke(user: Any, client_pk: int, *, reason: str = "") -> dict[str, Any]:
    """Revoke the client: no new token, and every token it holds is refused from the next request on."""
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        client = await OpenClient.select_for_update().using_db(conn).get_or_none(id=client_pk)
        if client is None:
            raise NotFound("合作方应用不存在")
        if client.status == ClientStatus.REVOKED:
            return {"client": client_json(client)}
        client.status, client.revoked_at = ClientStatus.REVOKED, now
        client.previous_secret_hash, client.previous_secret_expires_at = "", None
        await client.save(using_db=conn)
        tokens = await OpenToken.filter(client_id=client.id, revoked=False).using_db(conn).update(revoked=True)
        await record_audit(user, "open_client.revoke", "open_client", client.client_id,
                           after={"reason": reason, "tokens_revoked": tokens}, using_db=conn)
    return {"client": client_json(client)}
