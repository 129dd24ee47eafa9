"""Production mode (CRADLE_ENV=production): the guard refuses every published demo secret, every placeholder of
deploy/cradle.env.example, short secrets, mounted fakes and API bases that point at a fake; a fully configured
production passes; the real server and Celery processes exit non-zero with the message."""

from __future__ import annotations

import base64
import dataclasses
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sanic import Blueprint
from sanic.response import text

from backend import production_guard as guard
from backend.settings import ROOT, Settings
from fakes.platforms import DEMO_CREDENTIALS

ENV_EXAMPLE = ROOT / "deploy" / "cradle.env.example"

# Lines of the env example whose value is a sane production value as shipped (not a placeholder to fill in).
AS_SHIPPED = {"CRADLE_HOST", "CRADLE_PORT", "CRADLE_REDIS_URL", "CRADLE_WECOM_AGENT_ID", "CRADLE_LOG_FORMAT",
              "CRADLE_LOG_LEVEL", "CRADLE_FAKES", "PROMETHEUS_MULTIPROC_DIR",
              # paths of files the operator puts there (the guard checks they are readable PEM)
              "CRADLE_WECHAT_MCH_CERT", "CRADLE_WECHAT_MCH_CERT_KEY", "CRADLE_ALIPAY_APP_PRIVATE_KEY",
              "CRADLE_ALIPAY_PUBLIC_KEY"}

# A fake API: this blueprint under /_fakes/ stands for any fake someone might register in production.
FAKE_BP = Blueprint("guard_test_fake", url_prefix="/_fakes/wechat")


@FAKE_BP.get("/sns/jscode2session")
async def _fake_login(request):  # type: ignore[no-untyped-def]
    return text("{}")


def _pem_file(tmp: Path, name: str, kind: str) -> str:
    body = base64.encodebytes(secrets.token_bytes(600)).decode()
    path = tmp / name
    path.write_text(f"-----BEGIN {kind}-----\n{body}-----END {kind}-----\n")
    return str(path)


def production_env(tmp: Path) -> dict[str, str]:
    """Every CRADLE_* variable of a fully configured production, with fresh random secrets."""
    return {
        "CRADLE_ENV": "production",
        "CRADLE_DB_URL": f"postgres://cradle:{secrets.token_hex(12)}@10.0.0.5:5432/cradle",
        "CRADLE_REDIS_URL": "redis://10.0.0.6:6379/0",
        "CRADLE_BROKER_URL": f"amqp://cradle:{secrets.token_hex(12)}@10.0.0.7:5672/cradle",
        "CRADLE_JWT_SECRET": secrets.token_hex(32),
        "CRADLE_FIELD_KEY": secrets.token_hex(32),
        "CRADLE_PUBLIC_BASE_URL": "https://erp.muying-chain.cn",
        "CRADLE_WECOM_CORP_ID": "ww8a3f1c0d5e7b9264",
        "CRADLE_WECOM_TOKEN": secrets.token_hex(12),
        "CRADLE_WECOM_AES_KEY": base64.b64encode(secrets.token_bytes(32)).decode().rstrip("="),
        "CRADLE_WECOM_SECRET": secrets.token_urlsafe(32)[:43],
        "CRADLE_WECHAT_APPID": "wx4f2a8c1e9b7d3605",
        "CRADLE_WECHAT_SECRET": secrets.token_hex(16),
        "CRADLE_WECHAT_MCH_ID": "1612345678",
        "CRADLE_WECHAT_MCH_KEY": secrets.token_hex(16),
        "CRADLE_WECHAT_MCH_CERT": _pem_file(tmp, "apiclient_cert.pem", "CERTIFICATE"),
        "CRADLE_WECHAT_MCH_CERT_KEY": _pem_file(tmp, "apiclient_key.pem", "PRIVATE KEY"),
        "CRADLE_ALIPAY_APP_ID": "2021004123456789",
        "CRADLE_ALIPAY_APP_PRIVATE_KEY": _pem_file(tmp, "alipay_app_private_key.pem", "RSA PRIVATE KEY"),
        "CRADLE_ALIPAY_PUBLIC_KEY": _pem_file(tmp, "alipay_public_key.pem", "PUBLIC KEY"),
    }


def settings_from(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Settings:
    for name in list(os.environ):
        if name.startswith("CRADLE_"):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings.from_env()


@pytest.fixture
def prod_env(tmp_path: Path) -> dict[str, str]:
    return production_env(tmp_path)


@pytest.fixture
def prod(monkeypatch: pytest.MonkeyPatch, prod_env: dict[str, str]) -> Settings:
    return settings_from(monkeypatch, prod_env)


def problems_of(settings: Settings, **changes: object) -> list[str]:
    return guard.settings_problems(dataclasses.replace(settings, **changes))


def test_a_fully_configured_production_passes(prod: Settings) -> None:
    assert guard.is_production(prod)
    assert guard.settings_problems(prod, fakes_env="0") == []
    guard.check_settings(prod)  # does not raise


def test_every_secret_setting_is_guarded() -> None:
    """A secret added to Settings later must be listed in SECRET_SETTINGS or PEM_SETTINGS (or it goes unchecked)."""
    secretish = {f.name for f in dataclasses.fields(Settings)
                 if re.search(r"secret|key|token|password", f.name) and f.name != "wechat_care_template_keys"}
    assert secretish <= set(guard.SECRET_SETTINGS) | set(guard.PEM_SETTINGS) | set(guard.EINVOICE_SECRETS)


def test_einvoicing_left_off_passes_and_the_fakes_platform_is_refused(prod: Settings) -> None:
    from backend import demo_accounts as demo

    assert not prod.einvoice_app_key and guard.settings_problems(prod, fakes_env="0") == []
    fake = problems_of(prod, einvoice_app_key=demo.EINVOICE_APP_KEY, einvoice_app_secret=demo.EINVOICE_APP_SECRET,
                       einvoice_password=demo.EINVOICE_PASSWORD, einvoice_tax_no=demo.EINVOICE_TAX_NO,
                       einvoice_api_base="http://127.0.0.1:8000/_fakes/baiwang/router/rest")
    for name in guard.EINVOICE_SECRETS:
        assert any(guard.env_var(name) in p and "demo" in p for p in fake), fake
    assert any("CRADLE_EINVOICE_API_BASE" in p and "fake" in p for p in fake), fake
    real = problems_of(prod, einvoice_app_key="10001234567", einvoice_app_secret="a8f3c0e2b7d94c1f8e6a",
                       einvoice_password="Zq7!pL2#vR9m", einvoice_tax_no="91310115MA1K4XYZ3B")
    assert real == []


@pytest.mark.parametrize("name", sorted(guard.SECRET_SETTINGS))
def test_the_published_demo_value_of_each_secret_is_refused(prod: Settings, name: str) -> None:
    demo = getattr(Settings(), name)  # what the README prints for make run
    problems = problems_of(prod, **{name: demo})
    assert any(guard.env_var(name) in p and "demo" in p for p in problems), problems
    with pytest.raises(guard.ProductionConfigError, match=guard.env_var(name)):
        guard.check_settings(dataclasses.replace(prod, **{name: demo}))


@pytest.mark.parametrize("name,value", [
    ("wechat_mch_key", "cradledemomchapikey0000000000000"),  # the WeChat fake's merchant key
    ("wechat_secret", "cradle-demo-wechat-secret-000000"),  # the WeChat fake's AppSecret
    ("wecom_aes_key", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"),
    ("jwt_secret", "cradle-demo-taobao-secret-0000000"),  # a demo marketplace shop's secret, reused
])
def test_the_fakes_demo_values_are_refused_too(prod: Settings, name: str, value: str) -> None:
    assert any(guard.env_var(name) in p and "demo" in p for p in problems_of(prod, **{name: value}))


@pytest.mark.parametrize("name", sorted(guard.SECRET_SETTINGS))
def test_a_short_secret_is_refused(prod: Settings, name: str) -> None:
    short = secrets.token_hex(32)[: guard.SECRET_SETTINGS[name] - 1]
    problems = problems_of(prod, **{name: short})
    assert any(guard.env_var(name) in p and ("short" in p or "exactly" in p) for p in problems), problems


@pytest.mark.parametrize("name", sorted(guard.SECRET_SETTINGS))
def test_an_empty_or_one_pattern_secret_is_refused(prod: Settings, name: str) -> None:
    assert any(guard.env_var(name) in p and "not set" in p for p in problems_of(prod, **{name: ""}))
    repeated = ("ab" * 40)[: guard.SECRET_SETTINGS[name]]
    assert any(guard.env_var(name) in p for p in problems_of(prod, **{name: repeated}))


def test_a_wecom_aes_key_that_is_not_base64_is_refused(prod: Settings) -> None:
    problems = problems_of(prod, wecom_aes_key="!" * 20 + secrets.token_hex(12)[:23])
    assert any("CRADLE_WECOM_AES_KEY" in p for p in problems)


def _env_example_lines() -> list[tuple[str, str]]:
    lines = []
    for raw in ENV_EXAMPLE.read_text().splitlines():
        line = raw.split("  #", 1)[0].strip()
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            lines.append((name.strip(), value.strip()))
    return lines


PLACEHOLDER_LINES = [(n, v) for n, v in _env_example_lines() if n not in AS_SHIPPED]


def test_the_env_example_is_read_and_documents_production_mode() -> None:
    names = [n for n, _ in _env_example_lines()]
    assert "CRADLE_JWT_SECRET" in names and len(PLACEHOLDER_LINES) >= 15
    assert ("CRADLE_ENV", "production") in _env_example_lines()


@pytest.mark.parametrize("name,value", [line for line in PLACEHOLDER_LINES if line[0] != "CRADLE_ENV"],
                         ids=[n for n, _ in PLACEHOLDER_LINES if n != "CRADLE_ENV"])
def test_each_placeholder_of_the_env_example_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                        prod_env: dict[str, str], name: str, value: str) -> None:
    settings = settings_from(monkeypatch, {**prod_env, name: value})
    problems = guard.settings_problems(settings)
    assert any(name in p for p in problems), (name, value, problems)


def test_every_env_example_line_is_a_setting_or_known() -> None:
    fields = {guard.env_var(f.name) for f in dataclasses.fields(Settings)}
    for name, _ in _env_example_lines():
        assert name in fields or name in AS_SHIPPED or name == "CRADLE_ENV", name


@pytest.mark.parametrize("name", guard.API_BASES)
@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/_fakes/wechat/",  # make run's mounted fake
    "https://erp.muying-chain.cn/_fakes/wechat/",  # the fake behind the public address
    "http://localhost:18080/",  # a fake server on this machine (tests' fakes.server)
    "http://[::1]:9000/cgi-bin/",
    "http://0.0.0.0:9000/",
    "http://api.weixin.qq.com/",  # plain http
])
def test_an_api_base_pointing_at_a_fake_is_refused(prod: Settings, name: str, url: str) -> None:
    assert any(guard.env_var(name) in p for p in problems_of(prod, **{name: url}))


def test_the_real_api_bases_pass(prod: Settings) -> None:
    defaults = Settings()
    assert problems_of(prod, **{n: getattr(defaults, n) for n in guard.API_BASES}) == []


def test_sqlite_in_process_redis_and_fakes_asked_for_are_refused(prod: Settings) -> None:
    problems = guard.settings_problems(dataclasses.replace(prod, db_url="sqlite:///tmp/x.sqlite3", redis_url=None),
                                       fakes_env="1")
    assert any("CRADLE_DB_URL" in p for p in problems)
    assert any("CRADLE_REDIS_URL" in p for p in problems)
    assert any("CRADLE_FAKES=1" in p for p in problems)


def test_pem_settings_must_be_readable_pem(prod: Settings, tmp_path: Path) -> None:
    not_pem = tmp_path / "cert.txt"
    not_pem.write_text("hello")
    problems = problems_of(prod, wechat_mch_cert=str(tmp_path / "missing.pem"), wechat_mch_cert_key=str(not_pem))
    assert any(p.startswith("CRADLE_WECHAT_MCH_CERT:") and "cannot read" in p for p in problems)
    assert any("CRADLE_WECHAT_MCH_CERT_KEY" in p and "no PEM" in p for p in problems)
    assert any("CRADLE_WECHAT_MCH_CERT" in p and "not set" in p for p in problems_of(prod, wechat_mch_cert=""))


def test_alipay_may_be_left_unconfigured_but_not_half_configured(prod: Settings) -> None:
    off = dataclasses.replace(prod, alipay_app_private_key="", alipay_public_key="",
                              alipay_app_id=Settings().alipay_app_id)
    assert guard.settings_problems(off) == []
    half = dataclasses.replace(prod, alipay_public_key="", alipay_app_id=Settings().alipay_app_id)
    problems = guard.settings_problems(half)
    assert any("CRADLE_ALIPAY_PUBLIC_KEY" in p for p in problems)
    assert any("CRADLE_ALIPAY_APP_ID" in p for p in problems)


def test_the_demo_account_ids_are_refused(prod: Settings) -> None:
    d = Settings()
    problems = problems_of(prod, **{n: getattr(d, n) for n in guard.ACCOUNT_IDS})
    for name in guard.ACCOUNT_IDS:
        assert any(guard.env_var(name) in p for p in problems), name


def test_the_message_lists_every_problem_and_no_secret(prod: Settings) -> None:
    d = Settings()
    bad = dataclasses.replace(prod, jwt_secret=d.jwt_secret, field_key=d.field_key, wechat_mch_key="x" * 10,
                              db_url="postgres://cradle:CHANGE-ME@127.0.0.1:5432/cradle")
    with pytest.raises(guard.ProductionConfigError) as info:
        guard.check_settings(bad)
    message = str(info.value)
    for var in ("CRADLE_JWT_SECRET", "CRADLE_FIELD_KEY", "CRADLE_WECHAT_MCH_KEY", "CRADLE_DB_URL"):
        assert var in message
    assert d.jwt_secret not in message and "CHANGE-ME@" not in message


def test_development_mode_is_not_guarded() -> None:
    guard.check_settings(Settings())  # the make run defaults: development, nothing raised
    assert "DEVELOPMENT" in guard.mode_banner(Settings())


def test_a_misspelt_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRADLE_ENV", "prod")
    with pytest.raises(ValueError, match="CRADLE_ENV"):
        Settings.from_env()


# ---- the app factory -----------------------------------------------------------------------------------------


def _routes(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.path for r in app.router.routes]


def test_the_production_app_never_mounts_the_fakes(prod: Settings) -> None:
    from backend.app import create_app
    from backend.manage import dev_mounts
    from backend.settings import get_settings, use_settings

    previous = get_settings()
    try:
        no_broker = dataclasses.replace(prod, broker_url=None)  # no broker: development would mount them
        app = create_app(no_broker, mounts=dev_mounts(no_broker))
        assert not [p for p in _routes(app) if p.startswith("_fakes")]
        assert app.ctx.settings.wechat_api_base == "https://api.weixin.qq.com/"
        dev = create_app(Settings(db_url=prod.db_url), mounts=dev_mounts(Settings(db_url=prod.db_url)))
        assert [p for p in _routes(dev) if p.startswith("_fakes/wechat")]  # make run keeps its fakes
    finally:
        use_settings(previous)


def test_the_production_app_refuses_a_mounted_fake_and_demo_secrets(prod: Settings,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from backend import app as app_module
    from backend.settings import get_settings, use_settings

    monkeypatch.setattr(app_module, "BLUEPRINTS", [*app_module.BLUEPRINTS, f"{__name__}:FAKE_BP"])
    previous = get_settings()
    try:
        with pytest.raises(guard.ProductionConfigError, match="fakes are mounted") as info:
            app_module.create_app(dataclasses.replace(prod, jwt_secret=Settings().jwt_secret),
                                  manage_resources=False)
        assert "CRADLE_JWT_SECRET" in str(info.value)
    finally:
        use_settings(previous)



def test_the_bench_reference_routes_are_never_mounted_and_refused_in_production(prod: Settings) -> None:
    """/_bench/const and /_bench/stock answer without auth: only `python -m bench.serve` mounts them, and a
    production app that has them refuses to build."""
    from backend.app import create_app
    from backend.manage import dev_mounts
    from backend.settings import get_settings, use_settings
    from bench.routes import mount

    previous = get_settings()
    try:
        dev = Settings(db_url=prod.db_url)
        assert not [p for p in _routes(create_app(dev, mounts=dev_mounts(dev))) if p.startswith("_bench")]
        assert [p for p in _routes(create_app(dev, mounts=[mount])) if p.startswith("_bench/")]
        with pytest.raises(guard.ProductionConfigError, match="benchmark's reference routes are mounted"):
            create_app(dataclasses.replace(prod, broker_url=None), manage_resources=False, mounts=[mount])
    finally:
        use_settings(previous)

# ---- marketplace shops (database) ----------------------------------------------------------------------------


async def test_shops_on_fakes_or_demo_credentials_are_refused(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from backend.channels.accounts import adapter_for
    from backend.channels.models import ChannelAccount
    from backend.errors import ServiceUnavailable
    from backend.settings import get_settings, use_settings

    await ChannelAccount.create(platform="taobao", base_url="http://127.0.0.1:8000/_fakes/taobao",
                                **DEMO_CREDENTIALS["taobao"].adapter_kwargs())
    jd = await ChannelAccount.create(platform="jd", base_url="https://api.jd.com/routerjson",
                                     app_key="JD" + secrets.token_hex(15), app_secret=secrets.token_hex(16),
                                     access_token=secrets.token_hex(16))
    await ChannelAccount.create(platform="pdd", base_url="http://127.0.0.1:1/", is_active=False,
                                app_key="x", app_secret=secrets.token_hex(16))
    problems = await guard.active_channel_problems()
    assert any("taobao" in p and "fake" in p for p in problems)
    assert any("taobao" in p and "app_secret" in p and "demo" in p for p in problems)
    assert any("taobao" in p and "access_token" in p for p in problems)
    assert not [p for p in problems if "jd" in p or "pdd" in p]  # a real shop, an inactive one

    taobao = await ChannelAccount.get(platform="taobao")
    adapter_for(taobao)  # development: the demo shop on its fake is what make run uses
    previous = get_settings()
    use_settings(dataclasses.replace(previous, env="production"))
    try:
        with pytest.raises(ServiceUnavailable) as info:
            adapter_for(taobao)
        assert info.value.code == "channel_misconfigured"
        assert adapter_for(jd) is not None
    finally:
        use_settings(previous)


# ---- real processes ------------------------------------------------------------------------------------------


def _process_env(env: dict[str, str]) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("CRADLE_", "PROMETHEUS_"))}
    return {**base, **env}


def test_the_server_refuses_to_start_in_production_with_a_demo_secret(prod_env: dict[str, str],
                                                                      tmp_path: Path) -> None:
    env = _process_env({**prod_env, "CRADLE_JWT_SECRET": Settings().jwt_secret, "CRADLE_PORT": "1",
                        "CRADLE_DB_URL": f"sqlite://{tmp_path / 'x.sqlite3'}"})
    proc = subprocess.run([sys.executable, "-m", "backend.manage", "serve"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "refuses to start in production mode" in proc.stderr
    assert "CRADLE_JWT_SECRET is the published demo value" in proc.stderr
    assert "CRADLE_DB_URL must be PostgreSQL" in proc.stderr
    assert "serving on" not in proc.stdout


def test_celery_worker_refuses_to_start_in_production_with_a_demo_secret(prod_env: dict[str, str]) -> None:
    env = _process_env({**prod_env, "CRADLE_WECHAT_MCH_KEY": Settings().wechat_mch_key,
                        "CRADLE_BROKER_URL": "memory://", "CRADLE_DB_URL": "sqlite://:memory:"})
    proc = subprocess.run([sys.executable, "-m", "celery", "-A", "backend.tasks.worker", "worker", "--pool",
                           "solo", "--loglevel", "WARNING"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "CRADLE_WECHAT_MCH_KEY is the published demo value" in proc.stderr


async def test_production_refuses_a_shop_put_on_a_fake_through_the_back_office(db: None, client: Any) -> None:
    from backend.channels.models import ChannelAccount
    from backend.org.models import Role
    from backend.settings import get_settings, use_settings
    from tests.factories import auth, make_user

    admin = auth(await make_user(Role.HQ_ADMIN))
    real = {"app_key": "JD" + secrets.token_hex(15), "app_secret": secrets.token_hex(16),
            "access_token": secrets.token_hex(16)}
    previous = get_settings()
    use_settings(dataclasses.replace(previous, env="production"))
    try:
        _, resp = await client.put("/admin/api/v1/channels/jd", headers=admin,
                                   json={**real, "base_url": "http://127.0.0.1:8000/_fakes/jd"})
        assert resp.status == 400 and resp.json["error"]["code"] == "validation_error"
        _, resp = await client.put("/admin/api/v1/channels/jd", headers=admin,
                                   json={**real, "app_secret": DEMO_CREDENTIALS["jd"].app_secret})
        assert resp.status == 400
        assert await ChannelAccount.filter(platform="jd").count() == 0  # nothing written
        _, resp = await client.put("/admin/api/v1/channels/jd", headers=admin,
                                   json={**real, "base_url": "https://api.jd.com/routerjson"})
        assert resp.status == 200, resp.json
        _, resp = await client.put("/admin/api/v1/channels/jd", headers=admin, json={"base_url": "http://localhost:1/"})
        assert resp.status == 400 and (await ChannelAccount.get(platform="jd")).base_url == "https://api.jd.com/routerjson"
    finally:
        use_settings(previous)
    # development (make run, tests): the demo shops live on the fakes
    _, resp = await client.put("/admin/api/v1/channels/pdd", headers=admin,
                               json={**DEMO_CREDENTIALS["pdd"].adapter_kwargs(), "base_url": "http://127.0.0.1:1/"})
    assert resp.status == 200
