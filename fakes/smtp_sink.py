"""An SMTP sink (aiosmtpd) that keeps every message it is handed, for tests and make run: the real SMTP client
(integrations.smtp.mailer, aiosmtplib) talks to it over TCP on 127.0.0.1.

    with run_smtp_sink() as sink:
        sink.port, sink.messages   # email.message.EmailMessage objects, in arrival order

Recipients at the domain ``bounce.invalid`` are refused with 550 (a recipient refused for good); ``outage``
answers every RCPT with 421 (a passing failure)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class SinkHandler:
    messages: list[EmailMessage] = field(default_factory=list)
    outage: bool = False

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if self.outage:
            return "421 4.3.0 Service not available, try again later"
        if address.lower().endswith("@bounce.invalid"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append(msg)
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.handler = SinkHandler()
        self.host = host
        self.port = port or _free_port(host)
        self.controller = Controller(self.handler, hostname=host, port=self.port)

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextmanager
def run_smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()
