"""The legacy import: dry run (clean + validate every row, reasons in Chinese, nothing written to the business
tables), the import in batches with progress, and a rollback that removes exactly what one import added.

    job = await dry_run(kind, file_bytes, filename, user=...)      # ImportJob(status=checked) + ImportRows
    await run_import(job.id, user=...)                              # batches of job.batch_size rows
    await rollback(job.id, user=...)                                # refused if later activity depends on it

Stock enters through backend.stock.management.put_away (a movement per row) with its value posted to the
ledger (Dr Inventory / Cr Equity) and added to the moving-average valuation; rollback takes back exactly those
movements (retract_movement), ledger entries and valuation amounts. Members get their legacy points through
backend.members.points.credit. Suppliers and their supplied SKUs go through backend.purchasing.suppliers. Open
orders are placed through backend.orders.placement (channel phone, external_id = the legacy order no, reserved at
the file's store, paid -> allocated, priced as the old system sold them, no points earned); rollback retracts their
reservations' movements and deletes the reservations, the payment's ledger entries and the orders. Every import
and rollback is audited.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.catalog.models import Brand, Category, Product, Sku
from backend.catalog.products import valid_barcode
from backend.errors import AppError, Conflict, InvalidState, NotFound, ValidationError
from backend.imports import cleaning, mapping
from backend.imports.cleaning import CellError
from backend.imports.models import ImportJob, ImportKind, ImportRecord, ImportRow, ImportStatus
from backend.orders.pricing import PricingContext, charge_as_sold, register_step

MAX_ROWS = 50_000
BATCH_SIZE = 200


# ------------------------------------------------------------------------------------------------ cleaning rows


def _clean_product(v: dict[str, Any]) -> dict[str, Any]:
    code = cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码")
    barcode = cleaning.text(v.get("barcode"), max_len=32, label="条码") or None
    if barcode and not valid_barcode(barcode):
        raise CellError(f"条码「{barcode}」校验位不正确")
    category = cleaning.text(v.get("category"), max_len=200, required=True, label="分类")
    return {
        "sku_code": code, "name": cleaning.text(v.get("name"), max_len=128, required=True, label="商品名称"),
        "barcode": barcode, "price_fen": cleaning.money_fen(v.get("price"), label="售价"),
        "category": [c.strip() for c in category.replace(">", "/").split("/") if c.strip()],
        "brand": cleaning.text(v.get("brand"), max_len=64, label="品牌") or None,
        "spec": cleaning.text(v.get("spec"), max_len=64, label="规格"),
        "unit": cleaning.text(v.get("unit"), max_len=8, label="单位") or "件",
    }


def _clean_stock(v: dict[str, Any]) -> dict[str, Any]:
    production = cleaning.date(v.get("production_date"), label="生产日期")
    expiry = cleaning.date(v.get("expiry_date"), label="有效期")
    if production and expiry and expiry <= production:
        raise CellError("有效期必须晚于生产日期")
    batch_no = cleaning.text(v.get("batch_no"), max_len=48, label="批号")
    if not batch_no:
        batch_no = f"EXP{expiry:%Y%m%d}" if expiry else "-"
    return {
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "batch_no": batch_no, "production_date": production.isoformat() if production else None,
        "expiry_date": expiry.isoformat() if expiry else None,
        "qty": cleaning.integer(v.get("qty"), label="数量", minimum=1),
        "unit_cost_fen": cleaning.money_fen(v.get("unit_cost"), label="成本价"),
    }


def _clean_member(v: dict[str, Any]) -> dict[str, Any]:
    points_raw = cleaning.text(v.get("points"), label="积分")
    return {
        "member_code": cleaning.text(v.get("member_code"), max_len=16, label="会员号") or None,
        "name": cleaning.text(v.get("name"), max_len=64, label="姓名"),
        "phone": cleaning.phone(v.get("phone"), required=True),
        "points": cleaning.integer(points_raw, label="积分") if points_raw else 0,
        "level": cleaning.text(v.get("level"), max_len=16, label="等级") or "normal",
    }


_SUPPLIER_CODE = re.compile(r"^[A-Za-z0-9_.-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SUPPLIER_FIELDS = ("name", "contact_name", "contact_phone", "email", "address", "payment_terms_days")


def _bounded(raw: Any, *, label: str, default: int, minimum: int, maximum: int, suffix: str = "") -> int:
    s = cleaning.text(raw, label=label).removesuffix(suffix).strip() if suffix else cleaning.text(raw, label=label)
    if not s:
        return default
    n = cleaning.integer(s, label=label, minimum=minimum)
    if n > maximum:
        raise CellError(f"{label}不能大于 {maximum}")
    return n


def _clean_supplier(v: dict[str, Any]) -> dict[str, Any]:
    code = cleaning.text(v.get("supplier_code"), max_len=32, required=True, label="供应商编码")
    if not _SUPPLIER_CODE.match(code):
        raise CellError(f"供应商编码「{code}」只能包含字母、数字和 _ . -")
    email = cleaning.text(v.get("email"), max_len=128, label="邮箱")
    if email and not _EMAIL.match(email):
        raise CellError(f"邮箱「{email}」格式不正确")
    out: dict[str, Any] = {
        "supplier_code": code, "name": cleaning.text(v.get("name"), max_len=128, required=True, label="供应商名称"),
        "contact_name": cleaning.text(v.get("contact_name"), max_len=64, label="联系人"),
        "contact_phone": cleaning.contact_phone(v.get("contact_phone")), "email": email,
        "address": cleaning.text(v.get("address"), max_len=255, label="地址"),
        "payment_terms_days": _bounded(v.get("payment_terms_days"), label="账期", default=30, minimum=0,
                                       maximum=365, suffix="天"),
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, label="商品编码") or None,
    }
    yuan_raw = cleaning.text(v.get("cost_price"), label="进价")
    fen_raw = cleaning.text(v.get("cost_price_fen"), label="进价（分）")
    extra = [cleaning.text(v.get(f)) for f in ("lead_time_days", "min_order_qty", "is_preferred")]
    if out["sku_code"] is None:
        if yuan_raw or fen_raw or any(extra):
            raise CellError("填写了进价、交货周期或起订量，但缺少商品编码")
        return out
    if fen_raw:
        price = cleaning.integer(fen_raw, label="进价（分）", minimum=1)
        if yuan_raw and cleaning.money_fen(yuan_raw, label="进价") != price:
            raise CellError(f"进价「{yuan_raw}」元与进价（分）「{fen_raw}」不一致")
    elif yuan_raw:
        price = cleaning.money_fen(yuan_raw, label="进价")
    else:
        raise CellError(f"商品 {out['sku_code']} 缺少进价")
    if price <= 0:
        raise CellError("进价必须大于 0")
    if price > 10**10:
        raise CellError("进价过大（最多 1 亿元）")
    out.update({
        "price_fen": price,
        "lead_time_days": _bounded(v.get("lead_time_days"), label="交货周期", default=7, minimum=0, maximum=365,
                                   suffix="天"),
        "min_order_qty": _bounded(v.get("min_order_qty"), label="起订量", default=1, minimum=1, maximum=100000),
        "is_preferred": cleaning.flag(v.get("is_preferred"), label="首选供应商"),
    })
    return out


# Old systems' order states: paid and waiting to be handed over become allocated orders; the rest are refused.
OPEN_STATUSES = {"已付款", "待发货", "已付款待发货", "待配送", "待出库", "备货中", "待自提", "待取货"}
PICKUP_STATUSES = {"待自提", "待取货"}
UNPAID_STATUSES = {"待付款", "未付款", "待支付", "unpaid"}
CLOSED_STATUSES = {"已发货", "已完成", "已签收", "交易成功", "已取消", "已关闭", "交易关闭", "已退款", "已作废"}
PAYMENT_METHODS = {"现金": "cash", "cash": "cash", "微信": "wechat", "微信支付": "wechat", "wechat": "wechat",
                   "支付宝": "alipay", "alipay": "alipay"}
# Columns that belong to the order (repeated on each of its lines), not to one line.
ORDER_FIELDS = {"location_code": "门店编码", "member_phone": "会员手机号", "paid_fen": "实付金额",
                "created_at": "下单时间", "status": "订单状态", "payment_method": "支付方式",
                "receiver_name": "收货人", "receiver_phone": "收货电话", "receiver_address": "收货地址"}


def _qty(raw: Any) -> int:
    n = cleaning.integer(raw, label="数量", minimum=1)
    if n > 99999:
        raise CellError("数量不能大于 99999")
    return n


def _clean_open_order(v: dict[str, Any]) -> dict[str, Any]:
    from backend.orders.util import CHINA

    status = cleaning.text(v.get("status"), max_len=16, label="订单状态") or "已付款"
    if status.lower() in UNPAID_STATUSES:
        raise CellError(f"订单状态「{status}」：未付款的订单不导入，请在 Cradle 重新下单")
    if status in CLOSED_STATUSES:
        raise CellError(f"订单状态「{status}」：已完结的订单不是未完结订单，不导入")
    status = "已付款" if status.lower() == "paid" else status
    if status not in OPEN_STATUSES:
        raise CellError(f"订单状态「{status}」无法识别（可导入：{'、'.join(sorted(OPEN_STATUSES))}）")
    method_raw = cleaning.text(v.get("payment_method"), max_len=16, label="支付方式") or "现金"
    method = PAYMENT_METHODS.get(method_raw.lower())
    if method is None:
        raise CellError(f"支付方式「{method_raw}」不支持（可用：现金、微信、支付宝）")
    created = cleaning.moment(v.get("created_at"), label="下单时间", required=True)
    assert created is not None
    created = created.replace(tzinfo=CHINA)
    if created > datetime.now(CHINA):
        raise CellError(f"下单时间「{created:%Y-%m-%d %H:%M}」晚于当前时间")
    return {
        "order_no": cleaning.text(v.get("order_no"), max_len=64, required=True, label="订单号"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "member_phone": cleaning.phone(v.get("member_phone")),
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "qty": _qty(v.get("qty")),
        "unit_price_fen": cleaning.money_fen(v.get("unit_price"), label="单价"),
        "paid_fen": cleaning.money_fen(v.get("paid"), label="实付金额"),
        "created_at": created.isoformat(), "status": status, "payment_method": method,
        "receiver_name": cleaning.text(v.get("receiver_name"), max_len=64, label="收货人"),
        "receiver_phone": cleaning.contact_phone(v.get("receiver_phone"), label="收货电话"),
        "receiver_address": cleaning.text(v.get("receiver_address"), max_len=255, label="收货地址"),
    }


_CLEANERS: dict[ImportKind, Callable[[dict[str, Any]], dict[str, Any]]] = {
    ImportKind.PRODUCTS: _clean_product, ImportKind.STOCK: _clean_stock, ImportKind.MEMBERS: _clean_member,
    ImportKind.SUPPLIERS: _clean_supplier, ImportKind.OPEN_ORDERS: _clean_open_order,
}
_DUP_KEY = {ImportKind.PRODUCTS: "sku_code", ImportKind.STOCK: "_stock_key", ImportKind.MEMBERS: "phone",
            ImportKind.SUPPLIERS: "_supplier_key", ImportKind.OPEN_ORDERS: "_line_key"}


async def _check_products(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    codes = [r["sku_code"] for r in rows]
    existing = set(await Sku.filter(code__in=codes).values_list("code", flat=True))
    existing_products = set(await Product.filter(code__in=[f"P{c}"[:32] for c in codes]).values_list("code", flat=True))
    barcodes = [r["barcode"] for r in rows if r["barcode"]]
    taken = set(await Sku.filter(barcode__in=barcodes).values_list("barcode", flat=True))
    seen_barcodes: dict[str, int] = {}
    for r in rows:
        if r["sku_code"] in existing or f"P{r['sku_code']}"[:32] in existing_products:
            reject(r, f"商品编码 {r['sku_code']} 已存在")
        elif r["barcode"] and r["barcode"] in taken:
            reject(r, f"条码 {r['barcode']} 已被其他商品使用")
        elif r["barcode"] and r["barcode"] in seen_barcodes:
            reject(r, f"条码 {r['barcode']} 与第 {seen_barcodes[r['barcode']]} 行重复")
        elif r["barcode"]:
            seen_barcodes[r["barcode"]] = r["_row"]


async def _check_stock(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    from backend.stock.models import Batch, Location

    skus = {s.code: s for s in await Sku.filter(code__in=[r["sku_code"] for r in rows])}
    locs = {loc.code: loc for loc in await Location.filter(code__in=[r["location_code"] for r in rows])}
    batches = {(b.sku_id, b.batch_no): b for b in await Batch.filter(sku_id__in=[s.id for s in skus.values()])}
    for r in rows:
        sku = skus.get(r["sku_code"])
        loc = locs.get(r["location_code"])
        if sku is None:
            reject(r, f"商品编码 {r['sku_code']} 不存在")
        elif loc is None:
            reject(r, f"门店或仓库 {r['location_code']} 不存在")
        elif not loc.is_active:
            reject(r, f"{loc.name}（{loc.code}）已停用")
        elif sku.batch_tracked and not r["expiry_date"]:
            reject(r, f"商品 {sku.code} 按批次管理，缺少有效期")
        else:
            b = batches.get((sku.id, r["batch_no"]))
            if b is not None and b.expiry_date and r["expiry_date"] and b.expiry_date.isoformat() != r["expiry_date"]:
                reject(r, f"批号 {r['batch_no']} 已存在且有效期为 {b.expiry_date.isoformat()}，与文件不一致")


async def _check_members(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    from backend.members.models import Member
    from backend.security.fieldcrypt import blind_index

    hashes = {r["_row"]: blind_index(r["phone"], purpose="phone") for r in rows}
    taken_hashes = set(await Member.filter(phone_hash__in=list(hashes.values())).values_list("phone_hash", flat=True))
    codes = [r["member_code"] for r in rows if r["member_code"]]
    taken_codes = set(await Member.filter(member_code__in=codes).values_list("member_code", flat=True))
    for r in rows:
        if hashes[r["_row"]] in taken_hashes:
            reject(r, f"手机号 {r['phone'][:3]}****{r['phone'][-4:]} 已是会员")
        elif r["member_code"] and r["member_code"] in taken_codes:
            reject(r, f"会员号 {r['member_code']} 已存在")


async def _check_suppliers(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None]) -> None:
    from backend.purchasing.models import Supplier

    taken = set(await Supplier.filter(code__in=[r["supplier_code"] for r in rows]).values_list("code", flat=True))
    skus = set(await Sku.filter(code__in=[r["sku_code"] for r in rows if r["sku_code"]]).values_list("code", flat=True))
    kept: list[dict[str, Any]] = []
    for r in rows:
        if r["supplier_code"] in taken:
            reject(r, f"供应商编码 {r['supplier_code']} 已存在")
        elif r["sku_code"] and r["sku_code"] not in skus:
            reject(r, f"商品编码 {r['sku_code']} 不存在")
        else:
            kept.append(r)
    # A supplier's own columns repeat on each of its rows: the newest row's values stand for the supplier.
    newest: dict[str, dict[str, Any]] = {}
    for r in kept:
        cur = newest.get(r["supplier_code"])
        if cur is None or cleaning.newer(r, cur):
            newest[r["supplier_code"]] = r
    for r in kept:
        r.update({f: newest[r["supplier_code"]][f] for f in SUPPLIER_FIELDS})


async def _check_open_orders(rows: list[dict[str, Any]], reject: Callable[[dict[str, Any], str], None],
                             failed: dict[int, tuple[str, str]]) -> None:
    """Whole orders or nothing: a line that is wrong refuses its order's other lines too. Then stock: each
    order must be fillable at its store from what is sellable there, less what earlier orders of the file take."""
    from backend.members.models import Member
    from backend.orders.allocation import availability
    from backend.orders.models import Channel, Order
    from backend.security.fieldcrypt import blind_index
    from backend.stock.models import Location

    orders: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        orders.setdefault(r["order_no"], []).append(r)
    bad: dict[int, str] = {}  # row -> reason
    for lines in orders.values():
        first = lines[0]
        for r in lines[1:]:
            diff = [label for f, label in ORDER_FIELDS.items() if r[f] != first[f]]
            if diff:
                bad[r["_row"]] = f"与第 {first['_row']} 行同属订单 {r['order_no']}，但{'、'.join(diff)}不一致"
    existing = dict(await Order.filter(channel=Channel.PHONE, external_id__in=list(orders))
                    .values_list("external_id", "order_no"))
    locs = {loc.code: loc for loc in await Location.filter(code__in=[r["location_code"] for r in rows])}
    skus = {s.code: s for s in await Sku.filter(code__in=[r["sku_code"] for r in rows]).select_related("product")}
    hashes = {p: blind_index(p, purpose="phone") for p in {r["member_phone"] for r in rows if r["member_phone"]}}
    members = set(await Member.filter(phone_hash__in=list(hashes.values())).values_list("phone_hash", flat=True))
    for r in rows:
        loc, sku, phone = locs.get(r["location_code"]), skus.get(r["sku_code"]), r["member_phone"]
        if r["_row"] in bad:
            continue
        if r["order_no"] in existing:
            bad[r["_row"]] = f"旧系统订单 {r['order_no']} 已导入（订单 {existing[r['order_no']]}）"
        elif loc is None:
            bad[r["_row"]] = f"门店或仓库 {r['location_code']} 不存在"
        elif not loc.is_active:
            bad[r["_row"]] = f"{loc.name}（{loc.code}）已停用"
        elif sku is None:
            bad[r["_row"]] = f"商品编码 {r['sku_code']} 不存在"
        elif not sku.is_active or not sku.product.is_active:
            bad[r["_row"]] = f"商品 {sku.code}（{sku.name}）已停售"
        elif phone and hashes[phone] not in members:
            bad[r["_row"]] = f"会员手机号 {phone[:3]}****{phone[-4:]} 不存在，请先导入会员"
    # lines refused while cleaning (bad quantity, date...) take their order with them
    for row_no, (order_no, reason) in failed.items():
        for r in orders.get(order_no, []):
            bad.setdefault(r["_row"], f"同一订单第 {row_no} 行有误（{reason}），整单未导入")
    for lines in orders.values():
        wrong = [r for r in lines if r["_row"] in bad]
        for r in wrong:
            reject(r, bad[r["_row"]])
        if wrong:
            for r in lines:
                if r["_row"] not in bad:
                    reject(r, f"同一订单第 {wrong[0]['_row']} 行有误（{bad[wrong[0]['_row']]}），整单未导入")
    good = [lines for lines in orders.values() if not any(r["_row"] in bad for r in lines)]
    avail = await availability([skus[r["sku_code"]].id for lines in good for r in lines])
    for lines in good:
        loc = locs[lines[0]["location_code"]]
        need: dict[str, int] = {}
        for r in lines:
            need[r["sku_code"]] = need.get(r["sku_code"], 0) + r["qty"]
        short = [(code, qty, avail.get((loc.id, skus[code].id), 0)) for code, qty in need.items()
                 if avail.get((loc.id, skus[code].id), 0) < qty]
        if short:
            reason = f"{loc.name}（{loc.code}）库存不足：" + "；".join(
                f"{code} 需要 {qty}，可用 {have}" for code, qty, have in short)
            for r in lines:
                reject(r, reason)
            continue
        for code, qty in need.items():  # held for this order: later orders of the file cannot have it
            avail[(loc.id, skus[code].id)] -= qty
        lines[0]["lines"] = [{"sku_code": r["sku_code"], "qty": r["qty"], "unit_price_fen": r["unit_price_fen"]}
                             for r in lines]
        for r in lines[1:]:
            r["order_row"] = lines[0]["_row"]


_CHECKS = {ImportKind.PRODUCTS: _check_products, ImportKind.STOCK: _check_stock, ImportKind.MEMBERS: _check_members,
           ImportKind.SUPPLIERS: _check_suppliers}


def _raw_json(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in raw.items()}


async def dry_run(kind: ImportKind | str, data: bytes, filename: str, *, user: Any, mapping_name: str | None = None,
                  columns: dict[str, str] | None = None, batch_size: int = BATCH_SIZE) -> ImportJob:
    """Read, clean and validate every row; store the verdicts. Nothing outside the import tables changes."""
    kind = ImportKind(kind)
    headers, raw_rows, encoding = cleaning.read_table(data, filename)
    if len(raw_rows) > MAX_ROWS:
        raise ValidationError(f"一次最多导入 {MAX_ROWS} 行")
    saved = dict(columns or {})
    if mapping_name:
        saved = {**await mapping.load_mapping(kind, mapping_name), **saved}
    cols = mapping.resolve(kind, headers, saved)
    good: list[dict[str, Any]] = []
    verdicts: dict[int, tuple[bool, str, dict[str, Any]]] = {}
    failed: dict[int, tuple[str, str]] = {}  # open orders: row -> (order no, reason) of lines refused while cleaning
    for i, raw_row in enumerate(raw_rows):
        row_no = i + 2
        raw = mapping.pick(raw_row, cols)
        try:
            clean = _CLEANERS[kind](raw)
        except CellError as exc:
            verdicts[row_no] = (False, str(exc), _raw_json(raw))
            if kind == ImportKind.OPEN_ORDERS and cleaning.text(raw.get("order_no")):
                failed[row_no] = (cleaning.text(raw.get("order_no")), str(exc))
            continue
        clean["_row"] = row_no
        clean["_updated"] = cleaning.datetime_or_none(raw.get("updated_at"))
        if kind == ImportKind.STOCK:
            clean["_stock_key"] = (clean["sku_code"], clean["location_code"], clean["batch_no"])
        elif kind == ImportKind.SUPPLIERS:
            clean["_supplier_key"] = (clean["supplier_code"], clean["sku_code"] or "")
        elif kind == ImportKind.OPEN_ORDERS:
            clean["_line_key"] = (clean["order_no"], clean["sku_code"])
        good.append(clean)
        verdicts[row_no] = (True, "", clean)

    def reject(r: dict[str, Any], reason: str) -> None:
        verdicts[r["_row"]] = (False, reason, verdicts[r["_row"]][2])

    dropped = cleaning.newest_of_duplicates(good, _DUP_KEY[kind])
    for r in good:
        if r["_row"] in dropped:
            reject(r, f"与第 {dropped[r['_row']]} 行重复，已保留较新的一行")
    kept = [r for r in good if r["_row"] not in dropped]
    if kind == ImportKind.OPEN_ORDERS:
        await _check_open_orders(kept, reject, failed)
    else:
        await _CHECKS[kind](kept, reject)

    async with in_transaction() as conn:
        job = await ImportJob.create(
            kind=kind, filename=filename[:255], encoding=encoding, mapping={f: headers[i] for f, i in cols.items()},
            total_rows=len(verdicts), ok_rows=sum(1 for v in verdicts.values() if v[0]),
            rejected_rows=sum(1 for v in verdicts.values() if not v[0]), batch_size=max(1, min(batch_size, 5000)),
            created_by_id=getattr(user, "id", None), using_db=conn,
        )
        await ImportRow.bulk_create([
            ImportRow(job_id=job.id, row_no=n, ok=ok_, reason=reason[:255],
                      data={k: v for k, v in d.items() if not k.startswith("_")})
            for n, (ok_, reason, d) in sorted(verdicts.items())
        ], batch_size=1000, using_db=conn)
        await record_audit(user, "import.check", "import", job.id, via="admin", using_db=conn,
                           after={"kind": kind.value, "filename": filename, "encoding": encoding,
                                  "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows})
    return job


# ------------------------------------------------------------------------------------------------ importing


async def _record(job: ImportJob, row_no: int, entity_type: str, entity_id: int, conn: BaseDBAsyncClient,
                  **extra: Any) -> None:
    await ImportRecord.create(job_id=job.id, row_no=row_no, entity_type=entity_type, entity_id=entity_id,
                              extra=extra, using_db=conn)


async def _import_product(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient) -> None:
    d = row.data
    parent: Category | None = None
    for name in d["category"]:
        cat = await Category.get_or_none(name=name, parent_id=parent.id if parent else None).using_db(conn)
        if cat is None:
            cat = await Category.create(name=name[:64], parent_id=parent.id if parent else None, using_db=conn)
            await _record(job, row.row_no, "category", cat.id, conn)
        parent = cat
    assert parent is not None
    brand = None
    if d.get("brand"):
        brand = await Brand.get_or_none(name=d["brand"]).using_db(conn)
        if brand is None:
            brand = await Brand.create(name=d["brand"], using_db=conn)
            await _record(job, row.row_no, "brand", brand.id, conn)
    product = await Product.create(code=f"P{d['sku_code']}"[:32], name=d["name"], brand_id=brand.id if brand else None,
                                   category_id=parent.id, using_db=conn)
    await _record(job, row.row_no, "product", product.id, conn)
    sku = Sku(code=d["sku_code"], product_id=product.id, name=d["name"], spec=d["spec"], barcode=d["barcode"],
              unit=d["unit"], price_fen=d["price_fen"])
    await sku.save(using_db=conn)
    await _record(job, row.row_no, "sku", sku.id, conn)


async def _import_stock(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    from backend.finance import accounts
    from backend.finance.costing import add_value
    from backend.finance.ledger import Line, post_entry
    from backend.finance.models import InventoryValuation
    from backend.stock.management import Ref, put_away
    from backend.stock.models import Batch, Location, MovementKind, Stock, StockMovement

    d = row.data
    sku = await Sku.get_or_none(code=d["sku_code"]).using_db(conn)
    loc = await Location.get_or_none(code=d["location_code"]).using_db(conn)
    if sku is None or loc is None:
        raise Conflict(f"第 {row.row_no} 行：商品或门店已不存在")
    batch = await Batch.get_or_none(sku_id=sku.id, batch_no=d["batch_no"]).using_db(conn)
    if batch is None:
        batch = await Batch.create(sku_id=sku.id, batch_no=d["batch_no"],
                                   production_date=dt.date.fromisoformat(d["production_date"])
                                   if d["production_date"] else None,
                                   expiry_date=dt.date.fromisoformat(d["expiry_date"]) if d["expiry_date"] else None,
                                   using_db=conn)
        await _record(job, row.row_no, "batch", batch.id, conn)
    had_row = await Stock.filter(sku_id=sku.id, location_id=loc.id, batch_id=batch.id).using_db(conn).exists()
    had_valuation = await InventoryValuation.filter(sku_id=sku.id).using_db(conn).exists()
    ref = Ref("import", str(job.id))
    stock_id = await put_away(sku_id=sku.id, location_id=loc.id, batch_id=batch.id, qty=d["qty"],
                              kind=MovementKind.IMPORT, ref=ref, user_id=user_id, note=f"旧系统导入第 {row.row_no} 行",
                              conn=conn)
    if not had_row:
        await _record(job, row.row_no, "stock", stock_id, conn)
    movement = await StockMovement.filter(stock_id=stock_id, ref_type=ref.type, ref_id=ref.id).using_db(conn) \
        .order_by("-id").first()
    assert movement is not None
    await _record(job, row.row_no, "movement", movement.id, conn)
    value = d["qty"] * d["unit_cost_fen"]
    await add_value(sku.id, d["qty"], value, conn)
    await _record(job, row.row_no, "valuation", sku.id, conn, qty=d["qty"], value_fen=value, created=not had_valuation)
    entry = await post_entry(
        date=dt.date.today(), memo=f"旧系统期初库存导入 {sku.code} {d['batch_no']}", source_type="import_stock",
        source_id=f"{job.id}:{row.row_no}", conn=conn, user_id=user_id,
        lines=[Line(accounts.INVENTORY, debit_fen=value, sku_id=sku.id, location_id=loc.id),
               Line(accounts.EQUITY, credit_fen=value)],
    )
    if entry is not None:
        await _record(job, row.row_no, "journal_entry", entry.id, conn)


async def _import_member(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user_id: int | None) -> None:
    from backend.members import points
    from backend.members.models import Member, PointsKind
    from backend.security.fieldcrypt import blind_index, seal

    d = row.data
    code = d["member_code"] or f"L{job.id:05d}{row.row_no:06d}"
    member = await Member.create(member_code=code, nickname=d["name"], phone=seal(d["phone"]),
                                 phone_hash=blind_index(d["phone"], purpose="phone"), level=d["level"],
                                 source="import", using_db=conn)
    await _record(job, row.row_no, "member", member.id, conn)
    if d["points"] > 0:
        entry = await points.credit(member.id, d["points"], PointsKind.ADJUST, conn, reason="旧系统积分迁入",
                                    ref=f"import:{job.id}", user_id=user_id)
        if entry is not None:
            await _record(job, row.row_no, "points_entry", entry.id, conn)


async def _import_supplier(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    """Through the purchasing services (their transactions become savepoints of this batch's)."""
    from backend.purchasing import suppliers
    from backend.purchasing.models import Supplier

    d = row.data
    s = await Supplier.get_or_none(code=d["supplier_code"]).using_db(conn)
    if s is None:
        s = await suppliers.create_supplier(
            suppliers.SupplierIn(code=d["supplier_code"], **{f: d[f] for f in SUPPLIER_FIELDS}), user=user,
            via="import")
        await _record(job, row.row_no, "supplier", s.id, conn)
    elif not await ImportRecord.filter(job_id=job.id, entity_type="supplier", entity_id=s.id).using_db(conn).exists():
        raise Conflict(f"第 {row.row_no} 行：供应商编码 {s.code} 已存在")
    if d.get("sku_code"):
        sp = await suppliers.set_supplier_product(s.code, suppliers.SupplierProductIn(
            sku_code=d["sku_code"], price_fen=d["price_fen"], lead_time_days=d["lead_time_days"],
            min_order_qty=d["min_order_qty"], is_preferred=d["is_preferred"]), user=user, via="import")
        if not await ImportRecord.filter(job_id=job.id, entity_type="supplier_product", entity_id=sp.id) \
                .using_db(conn).exists():
            await _record(job, row.row_no, "supplier_product", sp.id, conn)


# Pricing option of imported open orders: {sku code: unit price fen} and what the shopper paid, as the old
# system recorded them.
LEGACY_PRICES = "legacy_prices"
LEGACY_PAID = "legacy_paid_fen"


async def _legacy_pricing(ctx: PricingContext) -> None:
    """Runs after every other step and replaces it: the old system priced the order (live promotions of ours
    were not given, so an imported order records no savings it did not get)."""
    prices = ctx.options.get(LEGACY_PRICES)
    if prices is None:
        return
    ctx.handled.update({LEGACY_PRICES, LEGACY_PAID})
    charge_as_sold(ctx, [int(prices[ln.sku.code]) for ln in ctx.lines], int(ctx.options[LEGACY_PAID]))
    ctx.notes.append("旧系统订单，按原成交价导入")


register_step(_legacy_pricing, stage=1000)


async def _import_open_order(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    """An order placed through backend.orders.placement (its transaction is a savepoint of this batch's):
    channel phone (a staff-taken order handed over later), reserved at the file's store, paid with the file's
    amount -> allocated. The legacy order no is the order's external_id, so the same file imports it once."""
    from backend.finance.models import JournalEntry
    from backend.members.models import Member
    from backend.orders.models import Channel, OrderPayment
    from backend.orders.placement import LineIn, PaymentIn, place_order
    from backend.security.actor import load_staff_actor
    from backend.security.fieldcrypt import blind_index
    from backend.stock.models import MovementKind, Reservation, StockMovement

    d = row.data
    if "lines" not in d:
        return  # a further line of an order placed with its first line
    member_code = None
    if d["member_phone"]:
        member = await Member.get_or_none(phone_hash=blind_index(d["member_phone"], purpose="phone")).using_db(conn)
        if member is None:
            raise Conflict(f"第 {row.row_no} 行：会员手机号已不存在")
        member_code = member.member_code
    actor = await load_staff_actor(user)
    placed = await place_order(
        actor, channel=Channel.PHONE.value, items=[LineIn(ln["sku_code"], ln["qty"]) for ln in d["lines"]],
        location_code=d["location_code"], member_code=member_code, external_id=d["order_no"],
        payments_in=[PaymentIn(d["payment_method"], d["paid_fen"])] if d["paid_fen"] else None,
        options={LEGACY_PRICES: {ln["sku_code"]: ln["unit_price_fen"] for ln in d["lines"]},
                 LEGACY_PAID: d["paid_fen"]},
        receiver_name=d["receiver_name"], receiver_phone=d["receiver_phone"], receiver_address=d["receiver_address"],
        note=f"旧系统订单 {d['order_no']}（{d['status']}）", pickup=d["status"] in PICKUP_STATUSES,
        now=datetime.fromisoformat(d["created_at"]).astimezone(UTC), paid_hooks=False,
    )
    if not placed.created:
        raise Conflict(f"第 {row.row_no} 行：旧系统订单 {d['order_no']} 已导入")
    oid = placed.order_id
    await _record(job, row.row_no, "order", oid, conn)
    # what the placement did, so rollback can take exactly that back (newest first)
    for m in await StockMovement.filter(ref_type="order", ref_id=str(oid), kind=MovementKind.RESERVE) \
            .using_db(conn).order_by("id"):
        await _record(job, row.row_no, "movement", m.id, conn)
    for r in await Reservation.filter(ref_type="order", ref_id=str(oid)).using_db(conn).order_by("id"):
        await _record(job, row.row_no, "reservation", r.id, conn)
    pay_ids = [str(i) for i in await OrderPayment.filter(order_id=oid).using_db(conn).values_list("id", flat=True)]
    for e in await JournalEntry.filter(source_type="order_payment", source_id__in=pay_ids).using_db(conn) \
            .order_by("id"):
        await _record(job, row.row_no, "journal_entry", e.id, conn)


async def _load_job(job_id: int, conn: BaseDBAsyncClient | None = None) -> ImportJob:
    job = await ImportJob.get_or_none(id=job_id).using_db(conn)
    if job is None:
        raise NotFound("导入任务不存在")
    return job


async def run_import(job_id: int, *, user: Any) -> ImportJob:
    """Import the accepted rows in batches (one transaction each; progress in job.imported_rows). A batch that
    fails stops the job (status failed, reason kept); the batches before it stay and rollback removes them."""
    job = await _load_job(job_id)
    # Guarded: of two concurrent runs of one job exactly one starts it.
    if not await ImportJob.filter(id=job.id, status=ImportStatus.CHECKED).update(status=ImportStatus.RUNNING):
        raise InvalidState("只有完成预检的导入任务可以执行")
    job.status = ImportStatus.RUNNING
    user_id = getattr(user, "id", None)
    try:
        while True:
            async with in_transaction() as conn:
                rows = await ImportRow.filter(job_id=job.id, ok=True, imported=False).using_db(conn) \
                    .order_by("row_no").limit(job.batch_size)
                if not rows:
                    break
                for row in rows:
                    if job.kind == ImportKind.PRODUCTS:
                        await _import_product(job, row, conn)
                    elif job.kind == ImportKind.STOCK:
                        await _import_stock(job, row, conn, user_id)
                    elif job.kind == ImportKind.MEMBERS:
                        await _import_member(job, row, conn, user_id)
                    elif job.kind == ImportKind.SUPPLIERS:
                        await _import_supplier(job, row, conn, user)
                    else:
                        await _import_open_order(job, row, conn, user)
                await ImportRow.filter(id__in=[r.id for r in rows]).using_db(conn).update(imported=True)
                job.imported_rows += len(rows)
                await job.save(update_fields=["imported_rows"], using_db=conn)
    except (IntegrityError, AppError, PydanticValidationError) as exc:  # conflicts, stock gone since the dry run
        job.status = ImportStatus.FAILED
        job.error = (getattr(exc, "message", None) or "数据冲突，导入中止")[:255]
        job.finished_at = datetime.now(UTC)
        await job.save(update_fields=["status", "error", "finished_at"])
        await record_audit(user, "import.fail", "import", job.id, after={"error": job.error,
                                                                         "imported_rows": job.imported_rows})
        return job
    job.status = ImportStatus.DONE
    job.finished_at = datetime.now(UTC)
    await job.save(update_fields=["status", "finished_at"])
    await record_audit(user, "import.run", "import", job.id, via="admin",
                       after={"kind": job.kind.value, "imported_rows": job.imported_rows})
    return job


# ------------------------------------------------------------------------------------------------ rollback


async def _blockers(job: ImportJob, records: list[ImportRecord], conn: BaseDBAsyncClient) -> list[str]:
    """Later activity that depends on what this import created: then rollback is refused."""
    from backend.finance.models import JournalEntry, Period
    from backend.members.models import BalanceEntry, Coupon, Member, PointsEntry
    from backend.orders.models import Order, OrderItem, OrderStatus, Refund, ReturnRequest, Shipment
    from backend.purchasing.models import PurchaseOrder, SupplierProduct
    from backend.stock.models import StockMovement

    out: list[str] = []
    ids = {t: [r.entity_id for r in records if r.entity_type == t] for t in
           ("sku", "movement", "member", "points_entry", "journal_entry", "supplier", "supplier_product", "order")}
    mine_movements = set(ids["movement"])
    if ids["sku"]:
        if await OrderItem.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有订单")
        if await StockMovement.filter(sku_id__in=ids["sku"]).using_db(conn).exists():
            out.append("导入的商品已有库存变动")
    if mine_movements:
        first = min(mine_movements)
        mine = StockMovement.filter(id__in=list(mine_movements)).using_db(conn)
        if job.kind == ImportKind.OPEN_ORDERS:
            # Reservations move no value: only later changes of the same stock rows stand in the way.
            later_qs = StockMovement.filter(stock_id__in=list(set(await mine.values_list("stock_id", flat=True))))
        else:
            # Stock added value to the SKU's moving average: any later movement of the SKU depends on it.
            later_qs = StockMovement.filter(sku_id__in=list(set(await mine.values_list("sku_id", flat=True))))
        later = await later_qs.filter(id__gt=first).using_db(conn).exclude(id__in=list(mine_movements)).count()
        if later:
            out.append(f"导入的库存之后已有 {later} 笔库存变动（销售、调拨、盘点等）")
    if ids["order"]:
        moved = await Order.filter(id__in=ids["order"]).using_db(conn).exclude(status=OrderStatus.ALLOCATED).count()
        if moved or await Shipment.filter(order_id__in=ids["order"]).using_db(conn).exists() or \
                await Refund.filter(order_id__in=ids["order"]).using_db(conn).exists() or \
                await ReturnRequest.filter(order_id__in=ids["order"]).using_db(conn).exists():
            out.append("导入的订单已有后续处理（拣货、发货、取消或退款）")
    if ids["supplier"]:
        if await PurchaseOrder.filter(supplier_id__in=ids["supplier"]).using_db(conn).exists():
            out.append("导入的供应商已有采购单")
        if await SupplierProduct.filter(supplier_id__in=ids["supplier"]).using_db(conn) \
                .exclude(id__in=ids["supplier_product"] or [0]).exists():
            out.append("导入的供应商之后又维护了供货商品")
    if ids["journal_entry"]:
        months = {e.strftime("%Y-%m") for e in await JournalEntry.filter(id__in=ids["journal_entry"])
                  .using_db(conn).values_list("date", flat=True)}
        if await Period.filter(month__in=list(months)).using_db(conn).exists():
            out.append("导入记账所在月份已结账")
    if ids["member"]:
        if await Order.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有订单")
        others = await PointsEntry.filter(member_id__in=ids["member"]).using_db(conn) \
            .exclude(id__in=ids["points_entry"] or [0]).count()
        if others:
            out.append("导入的会员积分已有后续变动")
        if await BalanceEntry.filter(member_id__in=ids["member"]).using_db(conn).exists() or \
                await Coupon.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有储值或优惠券")
        if await Member.filter(merged_into_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已合并其他账户")
    return out


async def _undo(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    from backend.dbutil import execute, fetch
    from backend.finance.models import InventoryValuation, JournalEntry, JournalLine
    from backend.members.models import Member, PointsEntry
    from backend.orders.models import Order, OrderEvent, OrderItem, OrderPayment
    from backend.promotions.models import PromotionApplication
    from backend.purchasing.models import Supplier, SupplierProduct
    from backend.stock.management import retract_movement
    from backend.stock.models import Batch, Reservation, Stock

    t, eid = rec.entity_type, rec.entity_id
    if t == "reservation":
        await Reservation.filter(id=eid).using_db(conn).delete()
    elif t == "order":
        # Its reservations, their movements and the payment's ledger entry went first (newer records).
        await PromotionApplication.filter(order_id=eid).using_db(conn).delete()
        await OrderPayment.filter(order_id=eid).using_db(conn).delete()
        await OrderEvent.filter(order_id=eid).using_db(conn).delete()
        await OrderItem.filter(order_id=eid).using_db(conn).delete()
        await Order.filter(id=eid).using_db(conn).delete()
    elif t == "supplier_product":
        await SupplierProduct.filter(id=eid).using_db(conn).delete()
    elif t == "supplier":
        await Supplier.filter(id=eid).using_db(conn).delete()
    elif t == "movement":
        await retract_movement(eid, conn=conn)
    elif t == "stock":
        await Stock.filter(id=eid, on_hand=0, reserved=0).using_db(conn).delete()
    elif t == "batch":
        await Batch.filter(id=eid).using_db(conn).delete()
    elif t == "valuation":
        qty, value = int(rec.extra["qty"]), int(rec.extra["value_fen"])
        await execute(conn, "UPDATE inventory_valuations SET qty = qty - $1, value_fen = value_fen - $2 "
                            "WHERE sku_id = $3", [qty, value, eid])
        if rec.extra.get("created"):
            await InventoryValuation.filter(sku_id=eid, qty=0, value_fen=0).using_db(conn).delete()
    elif t == "journal_entry":
        await JournalLine.filter(entry_id=eid).using_db(conn).delete()
        await JournalEntry.filter(id=eid).using_db(conn).delete()
    elif t == "points_entry":
        entry = await PointsEntry.get_or_none(id=eid).using_db(conn)
        if entry is not None:
            rows = await fetch(conn, "UPDATE members SET points = points - $1 WHERE id = $2 AND points >= $1 "
                                     "RETURNING points", [entry.delta, entry.member_id])
            if not rows:
                raise Conflict("导入的会员积分已被使用，不能撤回")
            await entry.delete(using_db=conn)
    elif t == "member":
        await Member.filter(id=eid).using_db(conn).delete()
    elif t == "sku":
        await Sku.filter(id=eid).using_db(conn).delete()
    elif t == "product":
        await Product.filter(id=eid).using_db(conn).delete()
    elif t == "brand":
        if not await Product.filter(brand_id=eid).using_db(conn).exists():
            await Brand.filter(id=eid).using_db(conn).delete()
    elif t == "category":
        if not await Product.filter(category_id=eid).using_db(conn).exists() and \
                not await Category.filter(parent_id=eid).using_db(conn).exists():
            await Category.filter(id=eid).using_db(conn).delete()


async def rollback(job_id: int, *, user: Any) -> ImportJob:
    """Remove exactly what this import added, newest first, in one transaction; refused (409, with the
    reasons) when later activity depends on it."""
    async with in_transaction() as conn:
        job = await _load_job(job_id, conn)
        # Guarded (and on PostgreSQL the row stays locked until commit): one rollback per import.
        claimed = await ImportJob.filter(id=job.id, status__in=[ImportStatus.DONE, ImportStatus.FAILED]) \
            .using_db(conn).update(status=ImportStatus.ROLLED_BACK)
        if not claimed:
            raise InvalidState("只有已执行（或执行失败）的导入任务可以撤回")
        records = await ImportRecord.filter(job_id=job.id).using_db(conn).order_by("-id")
        blockers = await _blockers(job, records, conn)
        if blockers:
            raise Conflict("不能撤回：" + "；".join(blockers), details=blockers)
        try:
            for rec in records:
                await _undo(rec, conn)
        except IntegrityError as exc:
            raise Conflict("不能撤回：导入的数据已被其他业务引用") from exc
        await ImportRecord.filter(job_id=job.id).using_db(conn).delete()
        await ImportRow.filter(job_id=job.id).using_db(conn).update(imported=False)
        job.status = ImportStatus.ROLLED_BACK
        job.rolled_back_at = datetime.now(UTC)
        removed = job.imported_rows
        job.imported_rows = 0
        await job.save(update_fields=["status", "rolled_back_at", "imported_rows"], using_db=conn)
        await record_audit(user, "import.rollback", "import", job.id, via="admin", using_db=conn,
                           before={"imported_rows": removed, "records": len(records)}, after={"status": "rolled_back"})
    return job


# ------------------------------------------------------------------------------------------------ views


def job_dict(job: ImportJob) -> dict[str, Any]:
    from backend.imports.models import KIND_NAMES_ZH

    return {
        "id": job.id, "kind": job.kind.value, "kind_name": KIND_NAMES_ZH[job.kind], "filename": job.filename,
        "encoding": job.encoding, "status": job.status.value, "mapping": job.mapping, "total_rows": job.total_rows,
        "ok_rows": job.ok_rows, "rejected_rows": job.rejected_rows, "imported_rows": job.imported_rows,
        "progress_pct": (job.imported_rows * 100 // job.ok_rows) if job.ok_rows else 100,
        "batch_size": job.batch_size, "error": job.error,
        "created_at": job.created_at.isoformat() if job.created_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
        "rolled_back_at": job.rolled_back_at.isoformat() if job.rolled_back_at else None,
    }


async def rejected_rows(job_id: int) -> list[dict[str, Any]]:
    rows = await ImportRow.filter(job_id=job_id, ok=False).order_by("row_no")
    return [{"row": r.row_no, "reason": r.reason, "data": r.data} for r in rows]
