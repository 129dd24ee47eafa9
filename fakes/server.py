"""Serve a fake (any Sanic app factory) on 127.0.0.1 in a background thread, or standalone from the CLI.

Tests::

    from fakes.server import run_fake
    from fakes.wechat import create_wechat_fake

    with run_fake(create_wechat_fake) as fake:
        fake.base_url       # "http://127.0.0.1:<free port>"
        fake.app.ctx.state  # the fake's inspectable state

``run_fake`` yields a :class:`RunningFake`; ``str(fake)`` is the base URL too. For a session-wide fake, use
``FakeServer(factory).start()`` / ``.stop()``.

Standalone (``make run``)::

    python -m fakes.server wechat --port 9100
    python -m fakes.server some.module:factory --port 9200
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import itertools
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sanic import Sanic

AppFactory = Callable[..., Sanic]

# Short names accepted by the CLI; other fakes may add theirs here.
KNOWN_FAKES: dict[str, str] = {
    "wechat": "fakes.wechat:create_wechat_fake",
}

_names = itertools.count(1)


def unique_app_name(prefix: str) -> str:
    """Sanic keeps a per-process registry of app names; every fake app instance needs its own."""
    return f"{prefix}_{next(_names)}"


class FakeServer:
    """One Sanic app served on 127.0.0.1:<free port> by an event loop in a daemon thread."""

    def __init__(self, app_or_factory: Sanic | AppFactory, **factory_kwargs: Any) -> None:
        if isinstance(app_or_factory, Sanic):
            self.app = app_or_factory
        else:
            self.app = app_or_factory(**factory_kwargs)
        self.host = "127.0.0.1"
        self.port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __str__(self) -> str:
        return self.base_url

    def start(self, timeout: float = 15.0) -> FakeServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        sock.listen(128)
        self.port = sock.getsockname()[1]
        self.app.config.BASE_URL = self.base_url  # lets the fake build absolute URLs of itself
        # Sanic's "touchup" rewrites shared server classes in place at startup; with several apps in one
        # process (fakes beside the app under test) a second rewrite fails. It is only an optimisation.
        self.app.config.TOUCHUP = False
        self._thread = threading.Thread(target=self._serve, args=(sock,), name=f"fake-{self.app.name}",
                                        daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"fake {self.app.name} did not start within {timeout}s")
        if self._error is not None:
            raise RuntimeError(f"fake {self.app.name} failed to start") from self._error
        return self

    def _serve(self, sock: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._main(sock))
        except BaseException as exc:  # surfaced to start() if it happens before ready
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _main(self, sock: socket.socket) -> None:
        self._stop = asyncio.Event()
        server = await self.app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
        if server is None:  # pragma: no cover - Sanic returns None only when asked not to serve
            raise RuntimeError("sanic create_server returned no server")
        await server.startup()
        await server.before_start()
        await server.after_start()
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            await server.before_stop()
            server.close()
            await server.wait_closed()
            # Drain keep-alive connections (clients such as requests.Session keep them open), then abort.
            for conn in list(server.connections):
                conn.close_if_idle()
            for _ in range(20):
                if not server.connections:
                    break
                await asyncio.sleep(0.05)
            for conn in list(server.connections):
                conn.abort()
            await server.after_stop()
            current = asyncio.current_task()
            pending = [t for t in asyncio.all_tasks() if t is not current]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None


RunningFake = FakeServer


@contextmanager
def run_fake(app_or_factory: Sanic | AppFactory, **factory_kwargs: Any) -> Iterator[FakeServer]:
    """Serve a fake on 127.0.0.1:<free port> for the duration of the block; yields the running server."""
    server = FakeServer(app_or_factory, **factory_kwargs).start()
    try:
        yield server
    finally:
        server.stop()


def load_factory(spec: str) -> AppFactory:
    spec = KNOWN_FAKES.get(spec, spec)
    module_name, _, attr = spec.partition(":")
    if not attr:
        raise SystemExit(f"unknown fake {spec!r}: use one of {sorted(KNOWN_FAKES)} or module:factory")
    return getattr(importlib.import_module(module_name), attr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a Cradle fake standalone on 127.0.0.1")
    parser.add_argument("fake", help=f"one of {sorted(KNOWN_FAKES)} or module:factory")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    args = parser.parse_args(argv)
    app = load_factory(args.fake)()
    app.config.BASE_URL = f"http://{args.host}:{args.port}"
    app.run(host=args.host, port=args.port, single_process=True, access_log=False, motd=False)


if __name__ == "__main__":
    main()
