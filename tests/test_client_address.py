"""The client address behind the shipped nginx (backend.client_address): X-Forwarded-For is believed from a trusted
proxy only, walked from the right, so the login rate limit, the access log and the audit log see the real client
and nobody can choose theirs."""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend import client_address
from backend.client_address import resolve
from backend.settings import Settings, get_settings, use_settings
from tests.factories import auth, make_location, make_sku, make_user, stock_in

NGINX = "127.0.0.1"  # deploy/nginx/cradle.conf proxies from this host's loopback
LOOPBACK = "127.0.0.1,::1"  # the default CRADLE_TRUSTED_PROXIES


@pytest.mark.parametrize("peer,xff,trusted,expected", [
    # nginx ($proxy_add_x_forwarded_for) appends the address it saw: that is the client
    (NGINX, ["203.0.113.7"], LOOPBACK, "203.0.113.7"),
    # the client sent its own X-Forwarded-For: nginx appended the real one after it; the forged one is not used
    (NGINX, ["10.1.2.3, 203.0.113.7"], LOOPBACK, "203.0.113.7"),
    (NGINX, ["1.1.1.1", "203.0.113.7"], LOOPBACK, "203.0.113.7"),  # the same as two header lines
    # a client reaching the API directly: its header is ignored, the TCP peer is the client
    ("198.51.100.9", ["127.0.0.1"], LOOPBACK, "198.51.100.9"),
    ("198.51.100.9", ["203.0.113.7"], LOOPBACK, "198.51.100.9"),
    # no header (a health check from nginx's host): the peer
    (NGINX, [], LOOPBACK, "127.0.0.1"),
    # two proxies in a row (a load balancer, then nginx), both trusted: the first address neither of them is
    (NGINX, ["203.0.113.7, 10.0.0.2"], "127.0.0.1, 10.0.0.0/24", "203.0.113.7"),
    # only garbage left of nginx's own entry: the last address we can believe
    (NGINX, ["unknown, 127.0.0.1"], LOOPBACK, "127.0.0.1"),
    # ports, brackets, IPv6 and IPv4-mapped peers
    (NGINX, ["203.0.113.7:51234"], LOOPBACK, "203.0.113.7"),
    ("::1", ["[2001:db8::5]:443"], LOOPBACK, "2001:db8::5"),
    ("::ffff:127.0.0.1", ["203.0.113.7"], LOOPBACK, "203.0.113.7"),
    # compose: nginx's fixed address on the compose network is the one trusted proxy
    ("172.28.0.10", ["203.0.113.7"], "172.28.0.10", "203.0.113.7"),
    ("172.28.0.11", ["203.0.113.7"], "172.28.0.10", "172.28.0.11"),  # another container cannot pretend
])
def test_the_client_address_rule(peer: str, xff: list[str], trusted: str, expected: str) -> None:
    assert resolve(peer, xff, trusted) == expected


class _Headers:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def getall(self, name: str, default: list[str]) -> list[str]:
        assert name == "x-forwarded-for"
        return self.lines or default


@dataclasses.dataclass
class _Conn:
    client_ip: str


@dataclasses.dataclass
class _Request:
    conn_info: _Conn
    headers: _Headers


def test_a_request_gets_the_rule_s_answer_whether_kept_or_not() -> None:
    """client_ip keeps answers per (peer, header, trusted proxies): the same answer as the rule, every time, for
    short headers (kept) and long ones (never kept), and a change of CRADLE_TRUSTED_PROXIES is a new question."""
    previous = get_settings()
    long_chain = ", ".join(f"10.0.{i}.1" for i in range(40)) + ", 203.0.113.7"
    cases = [(NGINX, ["203.0.113.7"]), ("198.51.100.9", ["127.0.0.1"]), (NGINX, ["unknown, 127.0.0.1"]),
             ("::ffff:127.0.0.1", ["203.0.113.7"]), (NGINX, [long_chain]), ("172.28.0.10", ["203.0.113.7"])]
    try:
        for trusted in (LOOPBACK, "172.28.0.10", "127.0.0.1, 10.0.0.0/16"):
            use_settings(dataclasses.replace(previous, trusted_proxies=trusted))
            for peer_ip, xff in cases * 2:
                request = _Request(_Conn(peer_ip), _Headers(xff))
                assert client_address.client_ip(request) == resolve(peer_ip, xff, trusted)
    finally:
        use_settings(previous)


def test_a_bad_trusted_proxies_setting_stops_the_app(db: None) -> None:
    from backend.app import create_app

    previous = get_settings()
    try:
        with pytest.raises(ValueError, match="CRADLE_TRUSTED_PROXIES"):
            create_app(dataclasses.replace(previous, trusted_proxies="127.0.0.1, nginx"), manage_resources=False)
    finally:
        use_settings(previous)


@pytest.fixture
def peer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The TCP peer the server sees (the ASGI test client has none): nginx by default."""
    box = {"ip": NGINX}
    monkeypatch.setattr(client_address, "peer_ip", lambda request: box["ip"])
    return box


async def _login(client: Any, username: str, xff: str) -> int:
    _, resp = await client.post("/api/v1/auth/login", json={"username": username, "password": "wrong"},
                                headers={"X-Forwarded-For": xff})
    return int(resp.status)


async def test_behind_nginx_each_client_has_its_own_login_bucket(db: None, client: Any, peer: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.security import ratelimit

    monkeypatch.setattr(ratelimit, "LOGIN_PER_IP_PER_MIN", 3)
    statuses = [await _login(client, f"nobody{i}", "203.0.113.7") for i in range(4)]
    assert statuses[:3] == [401, 401, 401] and statuses[3] == 429
    # another shopper behind the same nginx is not blocked by the first one's bucket
    assert await _login(client, "nobody9", "203.0.113.8") == 401
    # and the first one cannot get a fresh bucket by sending its own X-Forwarded-For in front of nginx's
    assert await _login(client, "nobody10", "192.0.2.1, 203.0.113.7") == 429


async def test_a_direct_client_cannot_spoof_its_address(db: None, client: Any, peer: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.security import ratelimit

    monkeypatch.setattr(ratelimit, "LOGIN_PER_IP_PER_MIN", 3)
    peer["ip"] = "198.51.100.9"  # not a trusted proxy: X-Forwarded-For is ignored
    statuses = [await _login(client, f"nobody{i}", f"203.0.113.{i}") for i in range(4)]
    assert statuses[:3] == [401, 401, 401] and statuses[3] == 429


async def test_the_access_and_audit_logs_carry_the_real_client(db: None, client: Any, peer: Any,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    from backend.audit.models import AuditLog
    from backend.org.models import Role

    loc = await make_location()
    sku = await make_sku()
    await stock_in(sku, loc, 5)
    admin = await make_user(Role.HQ_ADMIN)
    with caplog.at_level(logging.INFO, logger="cradle.access"):
        _, resp = await client.post("/api/v1/stock/adjustments", headers={**auth(admin),
                                                                         "X-Forwarded-For": "203.0.113.44"},
                                    json={"location_code": loc.code, "sku_code": sku.code, "qty_delta": 1,
                                          "reason": "correction"})
    assert resp.status == 201, resp.json
    entry = await AuditLog.filter(username=admin.username).order_by("-id").first()
    assert entry is not None and entry.ip == "203.0.113.44"
    access = [r for r in caplog.records if r.name == "cradle.access" and r.path == "/api/v1/stock/adjustments"]
    assert access and access[-1].client_ip == "203.0.113.44"


def _access_log_clients(log: Path) -> dict[str, str]:
    """{request id: client_ip} of the access lines in a server's JSON log."""
    lines = [json.loads(line) for line in log.read_text().splitlines()
             if line.startswith("{") and '"cradle.access"' in line]
    return {line["request_id"]: line["client_ip"] for line in lines if line.get("request_id")}


def test_a_real_server_behind_a_proxy_logs_the_forwarded_client(tmp_path: Path) -> None:
    """A real TCP connection from loopback (where nginx sits) with nginx's header, and one from a peer that is
    not trusted: the server's JSON access log names the client, never the forged address."""
    from tests.fixtures import TEST_PG
    from tests.ops.server import running_server

    with running_server(TEST_PG or None, tmp_path, demo=False, CRADLE_LOG_LEVEL="INFO",
                        CRADLE_LOG_FORMAT="json") as srv:
        httpx.get(srv.base + "/api/v1/health", headers={"X-Forwarded-For": "192.0.2.66, 203.0.113.55",
                                                       "X-Request-ID": "xff-trusted"}, timeout=10)
    seen = _access_log_clients(tmp_path / "server.log")
    assert seen["xff-trusted"] == "203.0.113.55"

    untrusted = tmp_path / "untrusted"
    untrusted.mkdir()
    with running_server(TEST_PG or None, untrusted, demo=False, CRADLE_LOG_LEVEL="INFO", CRADLE_LOG_FORMAT="json",
                        CRADLE_TRUSTED_PROXIES="10.255.255.1") as srv:
        httpx.get(srv.base + "/api/v1/health", headers={"X-Forwarded-For": "203.0.113.55",
                                                       "X-Request-ID": "xff-spoofed"}, timeout=10)
    seen = _access_log_clients(untrusted / "server.log")
    assert seen["xff-spoofed"] == "127.0.0.1"


def test_settings_read_trusted_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRADLE_TRUSTED_PROXIES", "172.28.0.10")
    assert Settings.from_env().trusted_proxies == "172.28.0.10"
    monkeypatch.delenv("CRADLE_TRUSTED_PROXIES")
    assert Settings.from_env().trusted_proxies == LOOPBACK
