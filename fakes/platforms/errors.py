"""The error a fake's API handler raises; each fake renders it in its platform's error JSON."""

from __future__ import annotations


class FakeApiError(Exception):
    def __init__(self, kind: str, message: str = "") -> None:
        super().__init__(message or kind)
        self.kind = kind  # signature, auth, app_key, timestamp, invalid, rate_limit, server, not_found,
        self.message = message or kind  # already_shipped, bad_state, unknown_api
