"""The product publishing page in the browser: HQ admin finds a product, sees it unpublished on all six
platforms, publishes it to Taobao (the demo's shop points at the mounted Taobao fake), sees a refusal for a
missing category attribute on JD as JD's error, and the SKU mappings and the audit log have the publish."""

from __future__ import annotations

import httpx
from playwright.sync_api import expect

from tests.console.conftest import NEEDS_CHROMIUM, Totp, doc_screenshot, menu_titles, sign_in
from tests.ops.server import Server, login

pytestmark = NEEDS_CHROMIUM

IMAGE = "https://img.cradle.example/demo/main.jpg"


def _product(server: Server) -> tuple[str, int]:
    """A demo product with active SKUs that no test has published yet, and how many SKUs it sells."""
    rows = server.db.query(
        "SELECT p.code, COUNT(s.id) FROM products p JOIN skus s ON s.product_id = p.id AND s.is_active "
        "WHERE NOT EXISTS (SELECT 1 FROM channel_publications c WHERE c.product_id = p.id) "
        "GROUP BY p.id, p.code ORDER BY p.id DESC LIMIT 1")
    return rows[0][0], int(rows[0][1])


def _publish(page, platform: str, category: str, attributes: str) -> None:  # type: ignore[no-untyped-def]
    row = page.locator("[data-test=publication-table] .el-table__body-wrapper .el-table__row", has_text=platform)
    row.locator("[data-test=publish]").click()
    dialog = page.locator(".el-dialog", has_text=f"发布到{platform}")
    dialog.wait_for()
    dialog.locator("input[data-test=publish-category]").fill(category)
    dialog.locator("textarea[data-test=publish-attributes]").fill(attributes)
    dialog.locator("textarea[data-test=publish-images]").fill(IMAGE)
    dialog.locator("[data-test=publish-submit]").click()


def test_admin_publishes_a_product_and_sees_each_platforms_state(open_page, server: Server,  # type: ignore[no-untyped-def]
                                                                 admin_totp: Totp) -> None:
    code, sku_count = _product(server)
    page = open_page()
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, "admin", admin_totp)
    assert "商品发布" in menu_titles(page)
    page.locator("[data-test=menu] .el-menu-item", has_text="商品发布").click()
    page.locator("input[data-test=product-code]").fill(code)
    page.locator("[data-test=find-product]").click()
    rows = page.locator("[data-test=publication-table] .el-table__body-wrapper .el-table__row")
    expect(rows).to_have_count(6)
    expect(page.locator("[data-test=publish-state]", has_text="未发布")).to_have_count(6)

    _publish(page, "淘宝", "50018813", "20000=爱他美")
    page.get_by_text("已发布到淘宝").wait_for()
    taobao = rows.filter(has_text="淘宝")
    expect(taobao.locator("[data-test=publish-state]")).to_have_text("已发布")

    _publish(page, "京东", "1527", "")  # JD's category requires attribute 1001 (品牌)
    page.get_by_text("京东未接受").wait_for()
    jd = rows.filter(has_text="京东")
    expect(jd.locator("[data-test=publish-state]")).to_have_text("发布失败")
    expect(jd.locator("[data-test=publish-error]")).to_contain_text("缺少类目必填属性: 1001")
    doc_screenshot(page, "channels-publishing")

    headers = {"Authorization": f"Bearer {login(server.base, 'marketing1')}"}  # an HQ admin without MFA
    with httpx.Client(base_url=server.base, headers=headers, timeout=30) as hq:
        view = hq.get(f"/admin/api/v1/channels/publications/{code}").json()
        published = next(p["publication"] for p in view["platforms"] if p["platform"] == "taobao")
        mapped = {m["platform_sku_id"] for m in hq.get("/admin/api/v1/channels/taobao/mappings").json()["items"]}
    finance = {"Authorization": f"Bearer {login(server.base, 'finance1')}"}  # finance reads the audit log
    entries = httpx.get(server.base + "/admin/api/v1/audit/", headers=finance, timeout=30,
                        params={"action": "channels.publication.publish"}).json()["items"]
    assert published["state"] == "published" and len(published["sku_ids"]) == sku_count
    assert set(published["sku_ids"].values()) <= mapped
    assert {e["entity_id"] for e in entries if e["username"] == "admin"} >= {str(published["id"])}
