"""Column mapping: which legacy column feeds which Cradle field. Common Chinese and English headers are
recognised by default; a saved mapping (by name) overrides them for files from a particular old system."""

from __future__ import annotations

from typing import Any

from backend.errors import NotFound, ValidationError
from backend.imports.models import ColumnMapping, ImportKind

# field -> (required, Chinese label, header aliases)
FIELDS: dict[ImportKind, dict[str, tuple[bool, str, tuple[str, ...]]]] = {
    ImportKind.PRODUCTS: {
        "sku_code": (True, "商品编码", ("商品编码", "货号", "编码", "sku", "sku_code", "商品编号")),
        "name": (True, "商品名称", ("商品名称", "名称", "品名", "name")),
        "barcode": (False, "条码", ("条码", "条形码", "barcode", "国际条码")),
        "price": (True, "售价", ("售价", "零售价", "价格", "price", "单价")),
        "category": (True, "分类", ("分类", "类别", "品类", "category")),
        "brand": (False, "品牌", ("品牌", "brand")),
        "spec": (False, "规格", ("规格", "spec")),
        "unit": (False, "单位", ("单位", "unit")),
        "updated_at": (False, "更新时间", ("更新时间", "修改时间", "updated_at")),
    },
    ImportKind.STOCK: {
        "sku_code": (True, "商品编码", ("商品编码", "货号", "编码", "sku", "sku_code")),
        "location_code": (True, "门店编码", ("门店编码", "仓库编码", "门店", "仓库", "location", "location_code")),
        "batch_no": (False, "批号", ("批号", "批次", "batch", "batch_no")),
        "production_date": (False, "生产日期", ("生产日期", "production_date")),
        "expiry_date": (False, "有效期至", ("有效期至", "有效期", "到期日", "保质期至", "expiry_date")),
        "qty": (True, "数量", ("数量", "库存", "库存数量", "qty")),
        "unit_cost": (True, "成本价", ("成本价", "进价", "成本", "unit_cost")),
        "updated_at": (False, "更新时间", ("更新时间", "盘点时间", "updated_at")),
    },
    ImportKind.MEMBERS: {
        "member_code": (False, "会员号", ("会员号", "会员卡号", "卡号", "member_code")),
        "name": (False, "姓名", ("姓名", "会员姓名", "昵称", "name", "nickname")),
        "phone": (True, "手机号", ("手机号", "手机", "电话", "联系电话", "phone", "mobile")),
        "points": (False, "积分", ("积分", "可用积分", "points")),
        "balance": (False, "储值余额", ("储值余额", "储值", "卡内余额", "余额", "balance")),
        "level": (False, "等级", ("等级", "会员等级", "level")),
        "updated_at": (False, "更新时间", ("更新时间", "最后消费", "最近消费时间", "updated_at")),
    },
    # One row per supplier, or per (supplier, supplied SKU): the supplier's columns repeat on each SKU row.
    ImportKind.SUPPLIERS: {
        "supplier_code": (True, "供应商编码", ("供应商编码", "供应商编号", "供应商代码", "supplier_code")),
        "name": (True, "供应商名称", ("供应商名称", "供应商", "名称", "supplier_name", "name")),
        "contact_name": (False, "联系人", ("联系人", "contact_name", "contact")),
        "contact_phone": (False, "联系电话", ("联系电话", "电话", "手机", "手机号", "contact_phone", "phone")),
        "email": (False, "邮箱", ("邮箱", "电子邮箱", "email")),
        "address": (False, "地址", ("地址", "联系地址", "address")),
        "payment_terms_days": (False, "账期（天）", ("账期", "账期天数", "账期（天）", "账期(天)", "结算天数",
                                                 "payment_terms_days")),
        "sku_code": (False, "商品编码", ("商品编码", "货号", "sku", "sku_code")),
        "cost_price": (False, "进价（元）", ("进价", "进价（元）", "进价(元)", "采购价", "供货价", "成本价", "cost_price")),
        "cost_price_fen": (False, "进价（分）", ("进价（分）", "进价(分)", "采购价（分）", "采购价(分)", "cost_price_fen",
                                             "price_fen")),
        "lead_time_days": (False, "交货周期（天）", ("交货周期", "交货周期（天）", "交货周期(天)", "到货天数", "lead_time_days")),
        "min_order_qty": (False, "起订量", ("起订量", "最小起订量", "moq", "min_order_qty")),
        "is_preferred": (False, "首选供应商", ("首选", "首选供应商", "是否首选", "is_preferred")),
        "updated_at": (False, "更新时间", ("更新时间", "修改时间", "updated_at")),
    },
    # One row per order line: the order's columns repeat on each of its lines.
    ImportKind.OPEN_ORDERS: {
        "order_no": (True, "订单号", ("订单号", "订单编号", "单号", "旧系统单号", "order_no")),
        "location_code": (True, "门店编码", ("门店编码", "门店", "location_code", "store_code")),
        "member_phone": (False, "会员手机号", ("会员手机号", "会员手机", "会员电话", "member_phone")),
        "sku_code": (True, "商品编码", ("商品编码", "货号", "sku", "sku_code")),
        "qty": (True, "数量", ("数量", "购买数量", "qty")),
        "unit_price": (True, "单价", ("单价", "成交价", "售价", "unit_price")),
        "paid": (True, "实付金额", ("实付金额", "实付", "已付金额", "付款金额", "paid_amount", "paid")),
        "created_at": (True, "下单时间", ("下单时间", "下单日期", "创建时间", "created_at", "order_date")),
        "status": (False, "订单状态", ("订单状态", "状态", "status")),
        "payment_method": (False, "支付方式", ("支付方式", "付款方式", "payment_method")),
        "receiver_name": (False, "收货人", ("收货人", "收件人", "receiver_name")),
        "receiver_phone": (False, "收货电话", ("收货电话", "收件人电话", "收货人电话", "receiver_phone")),
        "receiver_address": (False, "收货地址", ("收货地址", "地址", "receiver_address")),
        "updated_at": (False, "更新时间", ("更新时间", "修改时间", "updated_at")),
    },
    # Completed orders of the old system, one row per line: the order's columns repeat on each of its lines.
    ImportKind.SALES_HISTORY: {
        "order_no": (True, "订单号", ("订单号", "订单编号", "单号", "旧系统单号", "小票号", "order_no")),
        "location_code": (True, "门店编码", ("门店编码", "门店", "location_code", "store_code")),
        "channel": (False, "渠道", ("渠道", "销售渠道", "来源", "channel")),
        "member_phone": (False, "会员手机号", ("会员手机号", "会员手机", "会员电话", "member_phone")),
        "member_code": (False, "会员卡号", ("会员卡号", "会员号", "卡号", "member_code")),
        "sku_code": (True, "商品编码", ("商品编码", "货号", "sku", "sku_code", "条码", "barcode")),
        "qty": (True, "数量", ("数量", "销售数量", "qty")),
        "unit_price": (True, "单价", ("单价", "成交价", "售价", "unit_price")),
        "paid": (True, "实付金额", ("实付金额", "实付", "实收金额", "付款金额", "paid_amount", "paid")),
        "sold_at": (True, "销售时间", ("销售时间", "下单时间", "成交时间", "销售日期", "created_at", "sold_at")),
        "status": (False, "订单状态", ("订单状态", "状态", "status")),
        "payment_method": (False, "支付方式", ("支付方式", "付款方式", "payment_method")),
        "points": (False, "本单积分", ("本单积分", "获得积分", "赠送积分", "积分", "points")),
        "credit_points": (False, "积分计入", ("积分计入", "补记积分", "credit_points")),
        "updated_at": (False, "更新时间", ("更新时间", "修改时间", "updated_at")),
    },
}


def _norm(h: str) -> str:
    return h.strip().lower().replace(" ", "").replace("_", "")


def _match(kind: ImportKind, headers: list[str], saved: dict[str, str] | None) -> dict[str, int]:
    """field -> column index of what can be matched: a saved mapping wins, then the aliases."""
    fields = FIELDS[kind]
    index = {_norm(h): i for i, h in enumerate(headers) if h}
    out: dict[str, int] = {}
    for header, field in (saved or {}).items():
        if field not in fields:
            raise ValidationError(f"映射中的字段 {field} 不存在")
        if _norm(header) in index:
            out[field] = index[_norm(header)]
    for field, (_, _, aliases) in fields.items():
        if field in out:
            continue
        for alias in aliases:
            if _norm(alias) in index:
                out[field] = index[_norm(alias)]
                break
    return out


def _require(kind: ImportKind, cols: dict[str, int]) -> dict[str, int]:
    missing = [label for f, (req, label, _) in FIELDS[kind].items() if req and f not in cols]
    if missing:
        raise ValidationError(f"文件缺少必需的列：{'、'.join(missing)}（可保存列映射指定对应的列）")
    return cols


def resolve(kind: ImportKind, headers: list[str], saved: dict[str, str] | None = None) -> dict[str, int]:
    """field -> column index. A saved mapping wins, then the aliases. Missing required fields are an error."""
    return _require(kind, _match(kind, headers, saved))


def resolve_exact(kind: ImportKind, headers: list[str], columns: dict[str, str]) -> dict[str, int]:
    """field -> column index from a mapping made for this very file (the console's column mapping step): only
    these columns are read (no alias fills a field the mapping leaves out), each header must be in the file,
    each field known and fed by one column, and every required field mapped."""
    fields = FIELDS[kind]
    index = {_norm(h): i for i, h in enumerate(headers) if h}
    out: dict[str, int] = {}
    errors: list[str] = []
    for header, field in columns.items():
        if field not in fields:
            errors.append(f"字段 {field} 不存在")
        elif _norm(header) not in index:
            errors.append(f"文件中没有列「{header}」")
        elif field in out:
            errors.append(f"{fields[field][1]}只能对应一列")
        else:
            out[field] = index[_norm(header)]
    if errors:
        raise ValidationError("列映射有误：" + "；".join(errors), details=errors)
    return _require(kind, out)


def suggest(kind: ImportKind, headers: list[str], saved: dict[str, str] | None = None) -> dict[str, Any]:
    """What the file's headers map to before a dry run: field -> header (or None), the required fields that
    nothing feeds yet, and the headers nothing reads."""
    cols = _match(kind, headers, saved)
    used = set(cols.values())
    return {
        "columns": {f: (headers[cols[f]] if f in cols else None) for f in FIELDS[kind]},
        "missing": [label for f, (req, label, _) in FIELDS[kind].items() if req and f not in cols],
        "unused": [h for i, h in enumerate(headers) if h and i not in used],
    }


def fields_dict() -> dict[str, dict[str, dict[str, Any]]]:
    """Every kind's fields in order: {kind: {field: {required, label}}}."""
    return {k.value: {f: {"required": req, "label": label} for f, (req, label, _) in fields.items()}
            for k, fields in FIELDS.items()}


def pick(row: list[Any], cols: dict[str, int]) -> dict[str, Any]:
    return {f: (row[i] if i < len(row) else None) for f, i in cols.items()}


async def save_mapping(kind: ImportKind, name: str, columns: dict[str, str]) -> ColumnMapping:
    fields = FIELDS[kind]
    bad = [f for f in columns.values() if f not in fields]
    if bad:
        raise ValidationError(f"字段 {'、'.join(bad)} 不存在，可用字段：{'、'.join(fields)}")
    m, _ = await ColumnMapping.update_or_create(kind=kind, name=name, defaults={"columns": columns})
    return m


async def load_mapping(kind: ImportKind, name: str) -> dict[str, str]:
    m = await ColumnMapping.get_or_none(kind=kind, name=name)
    if m is None:
        raise NotFound(f"列映射「{name}」不存在")
    return dict(m.columns)


def mapping_dict(m: ColumnMapping) -> dict[str, Any]:
    return {"id": m.id, "name": m.name, "kind": m.kind.value, "columns": m.columns}
