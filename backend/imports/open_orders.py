"""Import kind "open_orders": paid, not yet handed-over orders of the old system, one row per line. Placed
through backend.orders.placement (channel phone, external_id = the legacy order no, reserved at the file's
store, paid -> allocated, priced as the old system sold them, no points earned); rollback retracts their
reservations' movements and deletes the reservations, the payment's ledger entries and the orders."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.catalog.models import Sku
from backend.cleaning import CellError
from backend.errors import Conflict
from backend.fieldcrypt import blind_index
from backend.finance.models import JournalEntry
from backend.imports.kind import Failed, Ids, Kind, Reject, record
from backend.imports.models import ImportJob, ImportRecord, ImportRow
from backend.members.models import Member
from backend.orders.allocation import availability
from backend.orders.models import (
    Order,
    OrderEvent,
    OrderItem,
    OrderPayment,
    OrderStatus,
    Refund,
    ReturnRequest,
    Shipment,
)
from backend.orders.placement import LineIn, OrderRequest, PaymentIn, place_order
from backend.orders.pricing import PricingContext, charge_as_sold
from backend.org.models import Channel, Location
from backend.promotions.models import PromotionApplication
from backend.security.actor import load_staff_actor
from backend.stock.models import MovementKind, Reservation, StockMovement
from backend.timestamps import CHINA, iso

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


def clean(v: dict[str, Any]) -> dict[str, Any]:
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
    out = {
        "order_no": cleaning.text(v.get("order_no"), max_len=64, required=True, label="订单号"),
        "location_code": cleaning.text(v.get("location_code"), max_len=32, required=True, label="门店编码"),
        "member_phone": cleaning.phone(v.get("member_phone")),
        "sku_code": cleaning.text(v.get("sku_code"), max_len=32, required=True, label="商品编码"),
        "qty": _qty(v.get("qty")),
        "unit_price_fen": cleaning.money_fen(v.get("unit_price"), label="单价"),
        "paid_fen": cleaning.money_fen(v.get("paid"), label="实付金额"),
        "created_at": iso(created), "status": status, "payment_method": method,
        "receiver_name": cleaning.text(v.get("receiver_name"), max_len=64, label="收货人"),
        "receiver_phone": cleaning.contact_phone(v.get("receiver_phone"), label="收货电话"),
        "receiver_address": cleaning.text(v.get("receiver_address"), max_len=255, label="收货地址"),
    }
    out["_line_key"] = (out["order_no"], out["sku_code"])
    return out


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    """Whole orders or nothing: a line that is wrong refuses its order's other lines too. Then stock: each
    order must be fillable at its store from what is sellable there, less what earlier orders of the file take."""
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


# Pricing option of imported open orders: {sku code: unit price fen} and what the shopper paid, as the old
# system recorded them.
LEGACY_PRICES = "legacy_prices"
LEGACY_PAID = "legacy_paid_fen"


async def legacy_pricing(ctx: PricingContext) -> None:
    """Runs after every other step and replaces it: the old system priced the order (live promotions of ours
    were not given, so an imported order records no savings it did not get)."""
    prices = ctx.options.get(LEGACY_PRICES)
    if prices is None:
        return
    ctx.handled.update({LEGACY_PRICES, LEGACY_PAID})
    charge_as_sold(ctx, [int(prices[ln.sku.code]) for ln in ctx.lines], int(ctx.options[LEGACY_PAID]))
    ctx.notes.append("旧系统订单，按原成交价导入")



async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    """An order placed through backend.orders.placement (its transaction is a savepoint of this batch's):
    channel phone (a staff-taken order handed over later), reserved at the file's store, paid with the file's
    amount -> allocated. The legacy order no is the order's external_id, so the same file imports it once."""
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
        actor, OrderRequest(channel=Channel.PHONE.value, items=[LineIn(ln["sku_code"], ln["qty"]) for ln in d["lines"]],
        location_code=d["location_code"], member_code=member_code, external_id=d["order_no"],
        payments_in=[PaymentIn(d["payment_method"], d["paid_fen"])] if d["paid_fen"] else None,
        options={LEGACY_PRICES: {ln["sku_code"]: ln["unit_price_fen"] for ln in d["lines"]},
                 LEGACY_PAID: d["paid_fen"]},
        receiver_name=d["receiver_name"], receiver_phone=d["receiver_phone"], receiver_address=d["receiver_address"],
        note=f"旧系统订单 {d['order_no']}（{d['status']}）", pickup=d["status"] in PICKUP_STATUSES,
        now=datetime.fromisoformat(d["created_at"]).astimezone(UTC), paid_hooks=False,
    ))
    if not placed.created:
        raise Conflict(f"第 {row.row_no} 行：旧系统订单 {d['order_no']} 已导入")
    oid = placed.order_id
    await record(job, row.row_no, "order", oid, conn)
    # what the placement did, so rollback can take exactly that back (newest first)
    for m in await StockMovement.filter(ref_type="order", ref_id=str(oid), kind=MovementKind.RESERVE) \
            .using_db(conn).order_by("id"):
        await record(job, row.row_no, "movement", m.id, conn)
    for r in await Reservation.filter(ref_type="order", ref_id=str(oid)).using_db(conn).order_by("id"):
        await record(job, row.row_no, "reservation", r.id, conn)
    pay_ids = [str(i) for i in await OrderPayment.filter(order_id=oid).using_db(conn).values_list("id", flat=True)]
    for e in await JournalEntry.filter(source_type="order_payment", source_id__in=pay_ids).using_db(conn) \
            .order_by("id"):
        await record(job, row.row_no, "journal_entry", e.id, conn)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    out: list[str] = []
    mine_movements = set(ids["movement"])
    if mine_movements:
        first = min(mine_movements)
        mine = StockMovement.filter(id__in=list(mine_movements)).using_db(conn)
        # Reservations move no value: only later changes of the same stock rows stand in the way.
        later_qs = StockMovement.filter(stock_id__in=list(set(await mine.values_list("stock_id", flat=True))))
        later = await later_qs.filter(id__gt=first).using_db(conn).exclude(id__in=list(mine_movements)).count()
        if later:
            out.append(f"导入的库存之后已有 {later} 笔库存变动（销售、调拨、盘点等）")
    if ids["order"]:
        moved = await Order.filter(id__in=ids["order"]).using_db(conn).exclude(
            status__in=(OrderStatus.REVIEW, OrderStatus.ALLOCATED)).count()
        if moved or await Shipment.filter(order_id__in=ids["order"]).using_db(conn).exists() or \
                await Refund.filter(order_id__in=ids["order"]).using_db(conn).exists() or \
                await ReturnRequest.filter(order_id__in=ids["order"]).using_db(conn).exists():
            out.append("导入的订单已有后续处理（拣货、发货、取消或退款）")
    return out


async def _undo_reservation(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Reservation.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_order(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    """Its reservations, their movements and the payment's ledger entry went first (newer records)."""
    eid = rec.entity_id
    await PromotionApplication.filter(order_id=eid).using_db(conn).delete()
    await OrderPayment.filter(order_id=eid).using_db(conn).delete()
    await OrderEvent.filter(order_id=eid).using_db(conn).delete()
    await OrderItem.filter(order_id=eid).using_db(conn).delete()
    await Order.filter(id=eid).using_db(conn).delete()


def _order_of(raw: dict[str, Any]) -> str:
    return cleaning.text(raw.get("order_no"))


KIND = Kind(clean=clean, dup_key="_line_key", checker=lambda: check, import_row=import_row, blockers=blockers,
            undo={"reservation": _undo_reservation, "order": _undo_order}, failed_group=_order_of, whole_file=True)
