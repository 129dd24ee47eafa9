"""Settings come from CRADLE_* environment variables (CONTRACT.md) with the embedded defaults."""

from __future__ import annotations

import pytest

from backend.settings import Settings


def test_defaults_are_the_embedded_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DB_URL", "REDIS_URL", "BROKER_URL", "PORT", "HOST", "PUBLIC_BASE_URL"):
        monkeypatch.delenv(f"CRADLE_{name}", raising=False)
    s = Settings.from_env()
    assert s.db_url.startswith("sqlite://") and s.db_url.endswith("var/cradle.sqlite3")
    assert s.redis_url is None and s.broker_url is None
    assert (s.host, s.port, s.public_base_url) == ("127.0.0.1", 8000, "http://127.0.0.1:8000")


def test_public_base_url_follows_the_port_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRADLE_PUBLIC_BASE_URL", raising=False)
    monkeypatch.setenv("CRADLE_PORT", "18555")
    assert Settings.from_env().public_base_url == "http://127.0.0.1:18555"  # the demo's fakes live there
    monkeypatch.setenv("CRADLE_PUBLIC_BASE_URL", "https://erp.example.cn")
    assert Settings.from_env().public_base_url == "https://erp.example.cn"


def test_wechat_pay_merchant_certificate_reaches_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.settings import get_settings, use_settings
    from integrations.wechat import pay as wechat_pay

    monkeypatch.setenv("CRADLE_WECHAT_MCH_CERT", "/etc/cradle/apiclient_cert.pem")
    monkeypatch.setenv("CRADLE_WECHAT_MCH_CERT_KEY", "/etc/cradle/apiclient_key.pem")
    previous = get_settings()
    use_settings(Settings.from_env())
    try:
        pay = wechat_pay.client()
        assert (pay.mch_cert, pay.mch_key) == ("/etc/cradle/apiclient_cert.pem", "/etc/cradle/apiclient_key.pem")
    finally:
        use_settings(previous)
