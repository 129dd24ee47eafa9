"""Counter sales and online orders with their returns: the plan (what sells, where and when; seeded), then each
order, its return and the members' points written as the order, payment, shipment, return and refund services
would write them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.catalog.models import Sku
from backend.demo.scale.copy import Ids
from backend.demo.scale.master import Staff
from backend.demo.scale.promotions import PROMO_LIFT, Promo
from backend.demo.scale.spec import (
    CHANNEL_MIX,
    MEMBER_SHARE,
    METHODS,
    PLATFORMS,
    RETURN_SHARE,
    WEEKDAY,
    ScaleSpec,
)
from backend.demo.scale.writer import Writer
from backend.fieldcrypt import seal
from backend.finance.postings import (
    ReturnCost,
    SaleLine,
    payment_lines,
    refund_lines,
    return_receipt_lines,
    shipment_lines,
)
from backend.members.models import PointsEntry, PointsKind
from backend.members.points import default_expiry
from backend.members.rules import level_for_spend, points_for_payment, rank
from backend.money import prorate, yuan
from backend.orders.models import (
    Order,
    OrderDiscount,
    OrderEvent,
    OrderItem,
    OrderPayment,
    OrderStatus,
    Refund,
    RefundStatus,
    ReturnLine,
    ReturnRequest,
    ReturnStatus,
    Shipment,
    ShipmentLine,
)
from backend.orders.serializers import PAYMENT_METHOD_ZH
from backend.org.models import Channel, Location
from backend.promotions import rules as promo_rules
from backend.promotions.models import PromotionApplication
from backend.stock.models import MovementKind, Reservation, ReservationStatus, StockMovement
from backend.timestamps import CHINA

CARRIERS = ("顺丰速运", "中通快递", "京东物流")


@dataclass(frozen=True)
class Return:
    day: dt.date
    qty: list[int]  # units back per order line (0: that line stays sold)
    restock: bool


@dataclass(frozen=True)
class Planned:
    day: dt.date
    location_id: int
    lines: list[tuple[Sku, int]]
    member: int | None
    channel: Channel
    method: str
    ret: Return | None


def plan(spec: ScaleSpec, today: dt.date, stores: list[Location], skus: list[Sku], member_ids: list[int],
         promo_of_day: dict[dt.date, Promo], promoted: list[Sku]) -> Iterator[Planned]:
    """The orders, oldest first; seeded, so a second pass yields the same ones (nothing kept in memory)."""
    last = today - dt.timedelta(days=1)
    prng = random.Random(f"cradle-scale-orders:{spec.seed}")
    # a long tail: some SKUs sell far more (cumulative weights: choices() would add them up at every call)
    weights = list(accumulate(1.0 / (1 + i % 50) for i in range(len(skus))))
    channels, channel_weights = zip(*CHANNEL_MIX, strict=True)
    channel_weights = tuple(accumulate(channel_weights))
    for d in range(spec.days, 0, -1):
        day = today - dt.timedelta(days=d)
        for st in stores:
            n = max(1, round(spec.orders_per_store_day * WEEKDAY[day.weekday()] * prng.uniform(0.85, 1.15)))
            for _ in range(n):
                lines: dict[int, tuple[Sku, int]] = {}
                for s in prng.choices(skus, cum_weights=weights, k=prng.choice((1, 1, 2, 2, 3))):
                    lines[s.id] = (s, prng.choice((1, 1, 1, 2, 3)))
                if day in promo_of_day and promoted and prng.random() < PROMO_LIFT:  # the promotion sells
                    s = prng.choice(promoted)
                    lines.setdefault(s.id, (s, prng.choice((1, 2))))
                channel: Channel = prng.choices(channels, cum_weights=channel_weights)[0]
                member = member_ids[prng.randrange(len(member_ids))] if member_ids and \
                    prng.random() < MEMBER_SHARE[channel] else None
                method = prng.choice(METHODS[channel])
                ret = None
                if prng.random() < RETURN_SHARE[channel]:  # comes back some days later, whole or one unit
                    rday = day + dt.timedelta(days=prng.randint(2, 10))
                    whole, restock = prng.random() < 0.5, prng.random() < 0.75
                    if rday <= last:
                        ret = Return(rday, [q for _, q in lines.values()] if whole
                                     else [1] + [0] * (len(lines) - 1), restock)
                yield Planned(day, st.id, list(lines.values()), member, channel, method, ret)


class History:
    """Writes each planned order (and its return) as the services would have: placement, payment, allocation,
    shipment (picked up at the counter, or sent by a carrier and delivered), completion; a return requested,
    approved, received (restocked into the batch it left or written off) and refunded to the tender it was paid
    with. Member points are kept in the order things happened: earned when paid, taken back at the refund."""

    def __init__(self, w: Writer, ids: Ids, codes: dict[str, int], stock_id: dict[tuple[int, int], int],
                 batch_of: dict[int, int], cost_of: dict[int, int], category_of: dict[int, int],
                 rng: random.Random, staff: Staff, promo_of_day: dict[dt.date, Promo]) -> None:
        self.w, self.ids, self.codes, self.stock_id, self.staff = w, ids, codes, stock_id, staff
        self.promo_of_day = promo_of_day
        self.batch_of, self.cost_of, self.category_of, self.rng = batch_of, cost_of, category_of, rng
        self.members: dict[int, list[Any]] = {}  # member id -> [points, spent, level]
        self.minute: dict[tuple[dt.date, int, dt.time], int] = defaultdict(int)
        self.pending: list[tuple[dt.date, dt.datetime, int, int, int, str, int, int]] = []
        self.returns = 0

    def _moment(self, day: dt.date, location_id: int, opens: dt.time) -> dt.datetime:
        k = self.minute[(day, location_id, opens)]
        self.minute[(day, location_id, opens)] += 1
        return dt.datetime.combine(day, opens, tzinfo=CHINA) + dt.timedelta(seconds=37 * k)

    def _event(self, order_id: int, frm: str, to: str, note: str, at: dt.datetime, user: int | None = None) -> None:
        self.w.add(OrderEvent, {"id": self.ids.take("order_events"), "order_id": order_id, "from_status": frm,
                                "to_status": to, "note": note, "user_id": user, "created_at": at})

    def order(self, p: Planned) -> None:
        w, ids = self.w, self.ids
        at = self._moment(p.day, p.location_id, dt.time(9))
        pos = p.channel == Channel.POS
        oid = ids.take("orders")
        order_no = f"SO{at:%Y%m%d%H%M%S}S{oid:011d}"
        shipment_no = f"SH{at:%Y%m%d%H%M%S}S{oid:011d}"
        ship_id = ids.take("shipments")
        pid = ids.take("order_payments")
        # pricing: the live promotion's percent off its category's lines (promotions.engine apply_promotions)
        promo = self.promo_of_day.get(p.day)
        off = [promo_rules.percent_off(promo_rules.LineIn(s.price_fen, q), promo.off_bp)
               if promo is not None and self.category_of[s.id] == promo.category_id else 0 for s, q in p.lines]
        subtotal = sum(s.price_fen * q for s, q in p.lines)
        saved = sum(off)
        total = subtotal - saved
        carrier, tracking = ("门店自提", "") if pos else (self.rng.choice(CARRIERS), f"SC{oid:012d}")
        order = {"id": oid, "order_no": order_no, "channel": p.channel, "status": OrderStatus.COMPLETED,
                 "member_id": p.member, "location_id": p.location_id, "subtotal_fen": subtotal, "discount_fen": saved,
                 "total_fen": total,
                 "paid_fen": total, "payment_method": p.method, "pickup": pos, "placed_at": at, "paid_at": at,
                 "shipped_at": at, "completed_at": at, "updated_at": at,
                 "external_id": f"{p.channel.value.upper()}{oid:012d}" if p.channel in PLATFORMS else None}
        if not pos:  # sealed at rest as placement seals them
            order.update(receiver_name=f"收货人{oid % 1000}", receiver_phone=seal(f"138{oid % 10**8:08d}"),
                         receiver_address=seal(f"上海市测试路 {oid % 997} 号"))
        clerk = self.staff.clerk[p.location_id] if pos else None  # the counter's clerk places and sells it
        if clerk is not None:
            order.update(created_by_id=clerk[0], seller_id=clerk[0])
        w.add(Order, order)
        w.add(Shipment, {"id": ship_id, "shipment_no": shipment_no, "order_id": oid, "location_id": p.location_id,
                         "carrier": carrier, "tracking_no": tracking, "shipped_at": at})
        if saved and promo is not None:  # the receipt's discount line and the promotion's application
            w.add(OrderDiscount, {"id": ids.take("order_discounts"), "order_id": oid, "kind": "promotion",
                                  "code": promo.code, "label": promo.name, "amount_fen": saved})
            w.add(PromotionApplication, {"id": ids.take("promotion_applications"), "order_id": oid,
                                         "promotion_id": promo.id, "name": promo.name[:64], "amount_fen": saved,
                                         "created_at": at})
        sale_lines, items = [], []
        for (s, q), disc in zip(p.lines, off, strict=True):
            iid = ids.take("order_items")
            line_total = s.price_fen * q - disc
            cogs = self.cost_of[s.id] * q  # one cost per SKU: the moving average is that cost
            sid = self.stock_id[(s.id, p.location_id)]
            item = {"id": iid, "order_id": oid, "sku_id": s.id, "sku_name": s.name, "qty": q,
                    "unit_price_fen": s.price_fen, "discount_fen": disc, "line_total_fen": line_total,
                    "qty_shipped": q, "cogs_fen": cogs}
            sl = {"id": ids.take("shipment_lines"), "shipment_id": ship_id, "order_item_id": iid,
                  "batch_id": self.batch_of[s.id], "qty": q, "cogs_fen": cogs}
            w.add(OrderItem, item)
            w.add(ShipmentLine, sl)
            items.append((s, item, sl))
            w.add(Reservation, {"id": ids.take("reservations"), "stock_id": sid, "order_item_id": iid,
                                "ref_type": "order", "ref_id": str(oid), "qty": q, "qty_consumed": q,
                                "status": ReservationStatus.CONSUMED, "created_at": at})
            base = {"stock_id": sid, "sku_id": s.id, "location_id": p.location_id,
                    "batch_id": self.batch_of[s.id], "created_at": at}
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.RESERVE,
                                  "reserved_delta": q, "ref_type": "order", "ref_id": str(oid)})
            w.add(StockMovement, {"id": ids.take("stock_movements"), **base, "kind": MovementKind.SALE,
                                  "on_hand_delta": -q, "reserved_delta": -q, "ref_type": "shipment",
                                  "ref_id": shipment_no})
            sale_lines.append(SaleLine(sku_id=s.id, gross_fen=line_total, tax_rate_bp=s.tax_rate_bp,
                                       category_id=self.category_of[s.id], cogs_fen=cogs))
        w.add(OrderPayment, {"id": pid, "order_id": oid, "method": p.method, "amount_fen": total,
                             "external_ref": f"SCALE-{order_no}", "created_at": at})
        how = f"{carrier} {tracking}".strip()
        placed = f"下单：{promo.name} 省{yuan(saved)}" if saved and promo is not None else "下单"
        steps = [("", "pending", placed), ("pending", "paid", f"收款 {yuan(total)}（{PAYMENT_METHOD_ZH[p.method]}）"),
                 ("paid", "allocated", "库存已锁定"), ("allocated", "shipped", f"发货 {shipment_no}（{how}）")]
        steps += [("shipped", "completed", "门店收银完成")] if pos else \
            [("shipped", "delivered", "已签收"), ("delivered", "completed", "订单完成")]
        for frm, to, note in steps:
            self._event(oid, frm, to, note, at, clerk[0] if clerk else None)
        if clerk is not None:  # placement's audit entry (_after_rows), then record_payment's, ship's, complete's
            w.audit(clerk, "order.create", "order", oid, at, after={
                "order_no": order_no, "channel": p.channel.value, "total_fen": total,
                "items": [{"sku_code": s.code, "qty": q} for s, q in p.lines]})
            w.audit(clerk, "order.pay", "order", oid, at, after={"method": p.method, "amount_fen": total,
                                                                  "external_ref": f"SCALE-{order_no}"})
            w.audit(clerk, "order.ship", "order", oid, at, after={
                "shipment_no": shipment_no, "lines": [  # in fulfilment.ship's plan order: by SKU, then item
                    {"item_id": item["id"], "qty": item["qty"]}
                    for item in sorted((it for _, it, _ in items), key=lambda it: (it["sku_id"], it["id"]))],
                "carrier": carrier, "tracking_no": tracking})
            w.audit(clerk, "order.complete", "order", oid, at)
        w.entry(p.day, f"订单收款 {order_no}", "order_payment", str(pid), at,
                payment_lines(method=p.method, amount_fen=total, channel=p.channel.value,
                              location_id=p.location_id), self.codes)
        w.entry(p.day, f"销售出库 {order_no} {shipment_no}", "order_shipment", shipment_no, at,
                shipment_lines(channel=p.channel.value, location_id=p.location_id, lines=sale_lines), self.codes)
        earned = 0
        if p.member is not None:  # members.checkout.on_paid: points by the level, then the spend, then the level
            m = self.members.setdefault(p.member, [0, 0, "normal"])
            earned = points_for_payment(total, m[2])
            if earned > 0:
                m[0] += earned
                w.add(PointsEntry, {"id": ids.take("member_points_entries"), "member_id": p.member,
                                    "delta": earned, "kind": PointsKind.EARN, "reason": f"订单 {order_no} 赠送"[:128],
                                    "order_id": oid, "ref": f"order:{oid}", "expires_on": default_expiry(p.day),
                                    "balance_after": m[0], "created_at": at})
            m[1] += total
            reached = level_for_spend(m[1])
            if rank(reached.code) > rank(m[2]):
                m[2] = reached.code
        if p.ret is not None:
            self._return(p, order, items, pid, earned)

    def _return(self, p: Planned, order: dict[str, Any], items: list[tuple[Sku, dict[str, Any], dict[str, Any]]],
                pid: int, earned: int) -> None:
        """returns.request_return, approve_return, receive_return, refunds.refund_order (one tender, everything
        shipped: the refund reverses the returned lines' revenue) on the return day; the order's rows above are
        already in their final state."""
        w, ids, ret = self.w, self.ids, p.ret
        assert ret is not None
        clerk = self.staff.clerk[p.location_id] if p.channel == Channel.POS else None  # the counter takes it back
        at = self._moment(ret.day, p.location_id, dt.time(19))
        oid, order_no = order["id"], order["order_no"]
        rid, fid = ids.take("return_requests"), ids.take("refunds")
        rma_no = f"RMA{at:%Y%m%d%H%M%S}S{rid:011d}"
        refund_no = f"RF{at:%Y%m%d%H%M%S}S{fid:011d}"
        reason = "宝宝不适应，申请退货" if ret.restock else "外包装破损"
        costs, parts = [], []
        for (s, item, sl), q in zip(items, ret.qty, strict=True):
            if not q:
                continue
            cost = prorate(sl["cogs_fen"], q, sl["qty"])
            item["qty_returned"] = sl["qty_returned"] = q
            w.add(ReturnLine, {"id": ids.take("return_lines"), "rma_id": rid, "order_item_id": item["id"], "qty": q,
                               "restock": ret.restock, "cost_fen": cost})
            if ret.restock:
                w.add(StockMovement, {"id": ids.take("stock_movements"),
                                      "stock_id": self.stock_id[(s.id, p.location_id)], "sku_id": s.id,
                                      "location_id": p.location_id, "batch_id": sl["batch_id"],
                                      "kind": MovementKind.RETURN, "on_hand_delta": q, "reserved_delta": 0,
                                      "note": f"退货入库 {order_no}", "ref_type": "rma", "ref_id": rma_no,
                                      "created_at": at})
            costs.append(ReturnCost(sku_id=s.id, cost_fen=cost, restock=ret.restock,
                                    category_id=self.category_of[s.id]))
            parts.append(SaleLine(sku_id=s.id, gross_fen=prorate(item["line_total_fen"], q, item["qty"]),
                                  tax_rate_bp=s.tax_rate_bp, category_id=self.category_of[s.id]))
        amount = sum(x.gross_fen for x in parts)
        everything = all(item.get("qty_returned", 0) >= item["qty"] for _, item, _ in items)
        status = OrderStatus.RETURNED if everything else OrderStatus.COMPLETED
        order.update(refunded_fen=amount, status=status, updated_at=at)
        w.add(ReturnRequest, {"id": rid, "rma_no": rma_no, "order_id": oid, "status": ReturnStatus.REFUNDED,
                              "handled_by_id": clerk[0] if clerk else None,
                              "reason": reason, "refund_fen": amount, "created_at": at, "updated_at": at})
        w.add(Refund, {"id": fid, "refund_no": refund_no, "order_id": oid, "rma_id": rid, "payment_id": pid,
                       "amount_fen": amount, "method": p.method, "reason": "退货退款", "from_advances_fen": 0,
                       "revenue_parts": [{"sku_id": x.sku_id, "gross_fen": x.gross_fen, "tax_rate_bp": x.tax_rate_bp,
                                          "category_id": x.category_id}
                                         for x in sorted(parts, key=lambda x: x.sku_id) if x.gross_fen],
                       "status": RefundStatus.SUCCEEDED, "confirmed_at": at, "created_at": at, "updated_at": at})
        done = OrderStatus.COMPLETED.value
        by = clerk[0] if clerk else None
        self._event(oid, done, done, f"申请退货 {rma_no}：{reason}", at, by)
        self._event(oid, done, done, f"同意退货 {rma_no}", at, by)
        self._event(oid, done, status.value, f"退货入库 {rma_no}", at, by)
        self._event(oid, status.value, status.value,
                    f"退款 {yuan(amount)} {refund_no}（{PAYMENT_METHOD_ZH[p.method]}）：退货退款", at, by)
        if clerk is not None:  # returns.request_return, approve_return, receive_return, refunds.refund_order
            w.audit(clerk, "order.return_request", "order", oid, at, after={"rma_no": rma_no})
            w.audit(clerk, "order.return_approve", "return_request", rid, at, after={"rma_no": rma_no})
            w.audit(clerk, "order.return_receive", "return_request", rid, at, after={
                "rma_no": rma_no, "restock": {str(item["id"]): ret.restock
                                              for (_, item, _), q in zip(items, ret.qty, strict=True) if q}})
            w.audit(clerk, "order.refund", "order", oid, at, after={
                "refund_nos": [refund_no], "amount_fen": amount, "rma_id": rid, "methods": [p.method],
                "gateways": [""]})
        w.entry(ret.day, f"退货入库 {order_no} {rma_no}", "order_return", rma_no, at,
                return_receipt_lines(channel=p.channel.value, location_id=p.location_id, lines=costs), self.codes)
        w.entry(ret.day, f"订单退款 {order_no} {refund_no}", "order_refund", refund_no, at,
                refund_lines(method=p.method, amount_fen=amount, from_advances_fen=0, revenue_lines=parts,
                             channel=p.channel.value, location_id=p.location_id), self.codes)
        if p.member is not None:
            self.pending.append((ret.day, at, p.member, oid, fid, order_no, earned * amount // order["paid_fen"],
                                 amount))
        self.returns += 1

    def points_until(self, day: dt.date) -> None:
        """members.checkout.on_refund for the refunds before `day`, in the order they happened: the earned points
        in proportion to the money back, as far as the member still has them; the spend goes down (never the
        level)."""
        due = sorted((x for x in self.pending if x[0] < day), key=lambda x: (x[1], x[4]))
        if not due:
            return
        self.pending = [x for x in self.pending if x[0] >= day]
        for _, at, member, oid, fid, order_no, back, amount in due:
            m = self.members[member]
            take = min(back, m[0])
            if take > 0:
                m[0] -= take
                self.w.add(PointsEntry, {"id": self.ids.take("member_points_entries"), "member_id": member,
                                         "delta": -take, "kind": PointsKind.REVERSE,
                                         "reason": f"订单 {order_no} 退款扣回"[:128], "order_id": oid,
                                         "ref": f"refund:{fid}", "balance_after": m[0], "created_at": at})
            m[1] = max(m[1] - amount, 0)


async def set_members(conn: BaseDBAsyncClient, state: dict[int, list[Any]]) -> None:
    """Points, spend and level of the members who bought, in one UPDATE from a COPYed temporary table."""
    if not state:
        return
    async with conn.acquire_connection() as raw:  # type: ignore[attr-defined]
        await raw.execute("CREATE TEMP TABLE scale_members (id int, points int, spent bigint, level varchar(16))")
        await raw.copy_records_to_table("scale_members", records=[(k, v[0], v[1], v[2]) for k, v in state.items()])
        await raw.execute("UPDATE members m SET points = t.points, total_spent_fen = t.spent, level = t.level "
                          "FROM scale_members t WHERE m.id = t.id")
        await raw.execute("DROP TABLE scale_members")
