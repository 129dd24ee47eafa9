"""Error messages: Chinese by default, English with Accept-Language: en."""

from __future__ import annotations

from typing import Any

from backend.i18n import MESSAGES_EN, translate, wants_english
from tests.factories import auth, make_user


async def test_chinese_by_default_english_on_request(db: None, client: Any) -> None:
    _, resp = await client.get("/api/v1/orders/1")
    assert resp.status == 401 and resp.json["error"]["message"] == "请先登录"
    _, resp = await client.get("/api/v1/orders/1", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert resp.status == 401 and resp.json["error"] == {"code": "unauthorized", "message": "Please log in",
                                                         "message_zh": "请先登录"}
    assert resp.headers["content-language"] == "en"
    # Chinese preferred over English: Chinese
    _, resp = await client.get("/api/v1/orders/1", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"})
    assert resp.json["error"]["message"] == "请先登录"


async def test_english_for_domain_errors_and_validation(db: None, client: Any) -> None:
    clerk = await make_user("clerk")
    h = {**auth(clerk), "Accept-Language": "en"}
    _, resp = await client.get("/admin/api/v1/orders", headers=h)
    assert resp.status == 403
    assert resp.json["error"]["message"] == "The admin API is for HQ, finance, purchasing and store managers"
    _, resp = await client.post("/api/v1/auth/login", content=b"{oops", headers={"Accept-Language": "en"})
    assert resp.status == 400 and resp.json["error"]["message"] == "The request body is not valid JSON"
    _, resp = await client.get("/api/v1/nope", headers={"Accept-Language": "en"})
    assert resp.status == 404 and resp.json["error"]["message"] == "Not found"
    _, resp = await client.post("/api/v1/auth/login", json={"username": "x"}, headers={"Accept-Language": "en"})
    assert resp.status == 400 and resp.json["error"]["message"] == "Invalid parameter password"


def test_catalogue_rules() -> None:
    assert translate("not_found", "商品编码 MILK9 不存在") == "SKU MILK9 does not exist"
    assert translate("conflict", "某个没有收录的中文消息") == "The request conflicts with the current data"
    assert all(v and v.isascii() for v in MESSAGES_EN.values())
    assert wants_english(None) is False
