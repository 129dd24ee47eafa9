"""Password login hardening: atomic failure counts, a progressive delay per (username, address) that cannot lock
the user out from elsewhere, answers that do not tell unknown users apart, Argon2 off the event loop, and login
with Redis down."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from backend.org.models import Role, User
from backend.security import login_throttle, passwords
from backend.security.models import LoginFailure
from tests.factories import make_user

LOGIN = "/api/v1/auth/login"
ADDRESS_HEADER = "x-forwarded-for"


@pytest.fixture(autouse=True)
def behind_nginx(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests come through the local nginx (a trusted proxy by default), so X-Forwarded-For names the client
    (backend.client_address) and a test can speak from several addresses."""
    from backend import client_address

    monkeypatch.setattr(client_address, "peer_ip", lambda request: "127.0.0.1")


async def _login(client: Any, username: str, password: str = "cradle123", address: str = "203.0.113.7") -> Any:
    _, resp = await client.post(LOGIN, json={"username": username, "password": password},
                                headers={ADDRESS_HEADER: address})
    return resp


class _Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def ms(self) -> int:
        return int(self.now * 1000)


async def test_twenty_concurrent_wrong_guesses_all_count(db: None, client: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(login_throttle, "FREE_FAILURES", 1000)  # every guess reaches the password check
    await make_user(Role.CLERK, username="victim")
    answers = await asyncio.gather(*(_login(client, "victim", "wrong") for _ in range(20)))
    assert [r.status for r in answers] == [401] * 20
    row = await LoginFailure.get(username="victim", address="203.0.113.7")
    assert row.failures == 20  # a read-modify-write counter loses some of these


async def test_progressive_delay_from_one_address_leaves_other_addresses_alone(db: None, client: Any,
                                                                               monkeypatch: Any) -> None:
    clock = _Clock()
    monkeypatch.setattr(login_throttle, "_now_ms", clock.ms)
    await make_user(Role.STORE_MANAGER, username="manager")
    for _ in range(login_throttle.FREE_FAILURES):
        assert (await _login(client, "manager", "guess")).status == 401
    resp = await _login(client, "manager", "guess")
    assert resp.status == 429 and resp.json["error"]["code"] == "rate_limited"
    assert int(resp.headers["retry-after"]) == login_throttle.BASE_DELAY_S
    assert (await _login(client, "manager")).status == 429  # the right password too, from this address

    # the manager at the till, from another address, is not locked out
    resp = await _login(client, "manager", address="198.51.100.20")
    assert resp.status == 200 and resp.json["access_token"]

    # the attacker's delay grows with each failure after it runs out
    delays = []
    for _ in range(4):
        clock.now += login_throttle.MAX_DELAY_S + 1
        assert (await _login(client, "manager", "guess")).status == 401
        delays.append(int((await _login(client, "manager", "guess")).headers["retry-after"]))
    assert delays == [60, 120, 240, 480]
    clock.now += 10 ** 5  # a day later the count starts again
    assert (await _login(client, "manager")).status == 200
    assert not await LoginFailure.filter(username="manager", address="203.0.113.7").exists()  # success clears it


async def test_unknown_user_and_wrong_password_answer_alike(db: None, client: Any, monkeypatch: Any) -> None:
    await make_user(Role.CLERK, username="known")
    inactive = await make_user(Role.CLERK, username="gone")
    await User.filter(id=inactive.id).update(is_active=False)
    checked: list[str] = []
    real_verify = passwords.verify_password

    def spy(password_hash: str, password: str) -> bool:
        checked.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", spy)
    monkeypatch.setattr(login_throttle, "_now_ms", _Clock().ms)  # one instant: the same Retry-After below
    bodies = []
    for username, password in (("known", "wrong"), ("nobody", "wrong"), ("gone", "cradle123")):
        resp = await _login(client, username, password)
        bodies.append((resp.status, resp.json))
        assert len(checked) == len(bodies)  # one Argon2 verification each: the same work, the same time
    assert bodies[0] == bodies[1] == bodies[2] == (401, {"error": {"code": "unauthorized",
                                                                    "message": "用户名或密码错误"}})
    # and the delay answers the same whether the account exists
    for username in ("known", "nobody"):
        for _ in range(login_throttle.FREE_FAILURES):
            await _login(client, username, "wrong", address="192.0.2.1")
    known, nobody = await _login(client, "known", address="192.0.2.1"), await _login(client, "nobody",
                                                                                      address="192.0.2.1")
    assert (known.status, known.json) == (nobody.status, nobody.json) and known.status == 429
    assert known.headers["retry-after"] == nobody.headers["retry-after"]


async def test_health_is_served_while_logins_are_being_checked(db: None, client: Any, monkeypatch: Any) -> None:
    """Argon2 runs in a thread pool: with 18 logins inside the password check (held there by a gate), the event
    loop still answers /health; only then are the checks let through."""
    await make_user(Role.CLERK, username="till")
    entered, gate = threading.Event(), threading.Event()
    real_verify = passwords.verify_password
    checked: list[bool] = []

    def gated(password_hash: str, password: str) -> bool:
        entered.set()
        gate.wait(timeout=2)  # on the event loop this blocks everything until it times out
        checked.append(real_verify(password_hash, password))
        return checked[-1]

    monkeypatch.setattr(passwords, "verify_password", gated)
    assert (await client.get("/api/v1/health"))[1].status == 200  # the app is started before the burst
    logins = [asyncio.create_task(_login(client, "till")) for _ in range(18)]
    assert await asyncio.get_running_loop().run_in_executor(None, entered.wait, 10)
    _, health = await client.get("/api/v1/health")
    checked_before_health, in_flight = len(checked), sum(not t.done() for t in logins)
    gate.set()
    answers = await asyncio.gather(*logins)
    assert health.status == 200 and health.json == {"status": "ok"}
    # /health was answered while every login was still held inside its password check
    assert checked_before_health == 0 and in_flight == 18
    assert [r.status for r in answers] == [200] * 18


async def test_with_redis_down_login_works_and_guessing_is_still_delayed(db: None, client: Any,
                                                                         monkeypatch: Any) -> None:
    import socket

    import redis.asyncio

    from backend.security import ratelimit

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    dead = redis.asyncio.Redis(host="127.0.0.1", port=dead_port, socket_connect_timeout=0.5)
    monkeypatch.setattr(ratelimit, "get_redis", lambda: dead)
    await make_user(Role.CLERK, username="tillclerk")
    resp = await _login(client, "tillclerk")
    assert resp.status == 200 and resp.json["access_token"]  # the tills keep working
    statuses = [(await _login(client, "tillclerk", "wrong")).status for _ in range(login_throttle.FREE_FAILURES + 1)]
    assert statuses == [401] * login_throttle.FREE_FAILURES + [429]  # the delay lives in the database
    await dead.aclose()
