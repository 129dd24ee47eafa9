"""/open/v1: the versioned partner API (orders, stock, SKUs, shipments). Thin handlers over backend.partners.

Every route is a row of the authorization table with the OAuth scope it needs; the gate (backend.partners.access)
checks the partner's token, its rate limit and that scope before the handler runs and sets request.ctx.partner.
Errors are {"error": {"code", "message"}} like the rest of the API."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic_ext import openapi

from backend.http import Body, Query, ok, parse_body, parse_query
from backend.openapi_doc import doc_body
from backend.orders.models import OrderStatus
from backend.partners import reads, writes
from backend.partners.oauth import PartnerCaller
from open_api.docs import partner_operation, query

bp = Blueprint("open_v1", url_prefix="/open/v1")

_ORDER = {"order_no": "SO202612060001", "status": "paid", "channel": "miniprogram", "external_id": "",
          "location_code": "ST-001", "subtotal_fen": 25800, "discount_fen": 1000, "shipping_fen": 0,
          "total_fen": 24800, "paid_fen": 24800, "refunded_fen": 0, "payment_method": "wechat", "pickup": False,
          "placed_at": "2026-12-06T10:00:00+08:00", "paid_at": "2026-12-06T10:01:00+08:00", "shipped_at": None,
          "completed_at": None, "cancelled_at": None,
          "items": [{"sku_code": "MF-A2-900-1", "name": "a2 奶粉 1段 900g", "qty": 1, "unit_price_fen": 25800,
                     "discount_fen": 1000, "line_total_fen": 24800, "qty_shipped": 0, "qty_returned": 0}]}
_STOCK = {"sku_code": "MF-A2-900-1", "totals": {"on_hand": 30, "reserved": 2, "available": 28},
          "locations": [{"location_code": "WH-SH", "on_hand": 20, "reserved": 0, "available": 20},
                        {"location_code": "ST-001", "on_hand": 10, "reserved": 2, "available": 8}]}
_SKU = {"sku_code": "MF-A2-900-1", "name": "a2 奶粉 1段 900g", "barcode": "9300000000011", "spec": "900g",
        "unit": "罐", "price_fen": 25800, "list_price_fen": 25800, "is_active": True}
_SHIPMENT = {"shipment_no": "SH202612060001", "order_no": "SO202612060001", "location_code": "WH-SH",
             "carrier": "顺丰", "tracking_no": "SF1234567890", "shipped_at": "2026-12-06T15:00:00+08:00",
             "lines": [{"sku_code": "MF-A2-900-1", "qty": 1, "batch_no": "B20260601"}]}
_NEXT = "eyJhZnRlciI6IDUwfQ"


class CursorQuery(Query):
    cursor: str | None = Field(default=None, max_length=200)
    limit: int = Field(default=50, ge=1, le=200)


class OrderListQuery(CursorQuery):
    status: OrderStatus | None = None
    updated_since: datetime | None = None


class ShipmentQuery(CursorQuery):
    order_no: str | None = Field(default=None, max_length=32)


class AdjustmentIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    sku_code: str = Field(min_length=1, max_length=32)
    qty_delta: int = Field(ge=-100_000, le=100_000)
    reason: Literal["damage", "expiry", "loss", "found", "correction", "sample", "other"]
    note: str = Field(default="", max_length=255)


def _partner(request: Request) -> PartnerCaller:
    return request.ctx.partner


_CURSOR = (query("cursor", "上一页返回的 next_cursor（首页不传）"),
           query("limit", "每页条数，1 到 200，默认 50", schema=int))


@bp.get("/orders")
@partner_operation("orders:read", "订单列表（按 id 升序，游标分页）", {"items": [_ORDER], "next_cursor": _NEXT},
                   parameters=(*_CURSOR, query("status", "订单状态，如 paid、shipped"),
                               query("updated_since", "只返回此时间之后更新的订单（ISO 8601）")))
async def list_orders(request: Request) -> HTTPResponse:
    q = parse_query(request, OrderListQuery)
    return ok(await reads.list_orders(cursor=q.cursor, limit=q.limit, status=q.status, updated_since=q.updated_since,
                                      members="members:read" in _partner(request).scopes))


@bp.get("/orders/<order_no:str>")
@partner_operation("orders:read", "单个订单", {"order": _ORDER})
async def get_order(request: Request, order_no: str) -> HTTPResponse:
    return ok(await reads.get_order(order_no, members="members:read" in _partner(request).scopes))


@bp.get("/stock/<sku_code:str>")
@partner_operation("stock:read", "一个 SKU 在各门店和仓库的库存", _STOCK)
async def get_stock(request: Request, sku_code: str) -> HTTPResponse:
    return ok(await reads.stock_of(sku_code))


@bp.post("/stock/adjustments")
@doc_body(AdjustmentIn)
@partner_operation("stock:write", "库存调整（须带 Idempotency-Key 请求头）", {"adjustment": {
    "adjustment_no": "ADJ202612060001", "location_code": "WH-SH", "sku_code": "MF-A2-900-1", "qty_delta": -2,
    "reason": "damage", "note": "3PL 入库破损", "lines": [{"batch_no": "B20260601", "qty_delta": -2}],
    "stock": {"on_hand": 18, "reserved": 0, "available": 18}}}, status=201,
    parameters=(openapi.parameter("Idempotency-Key", str, "header", required=True,
                                  description="每次新的调整用新的值，重试时用同一个值"),))
async def create_adjustment(request: Request) -> HTTPResponse:
    body = parse_body(request, AdjustmentIn)
    status, answer = await writes.adjust_stock(
        _partner(request).client, writes.PartnerAdjustment(body.location_code, body.sku_code, body.qty_delta,
                                                           body.reason, body.note),
        request.headers.get("idempotency-key"))
    return ok(answer, status=status)


@bp.get("/skus")
@partner_operation("skus:read", "SKU 列表（游标分页）", {"items": [_SKU], "next_cursor": _NEXT}, parameters=_CURSOR)
async def list_skus(request: Request) -> HTTPResponse:
    q = parse_query(request, CursorQuery)
    return ok(await reads.list_skus(cursor=q.cursor, limit=q.limit))


@bp.get("/skus/<sku_code:str>")
@partner_operation("skus:read", "单个 SKU", {"sku": _SKU})
async def get_sku(request: Request, sku_code: str) -> HTTPResponse:
    return ok(await reads.get_sku(sku_code))


@bp.get("/shipments")
@partner_operation("shipments:read", "发货记录（游标分页）", {"items": [_SHIPMENT], "next_cursor": None},
                   parameters=(*_CURSOR, query("order_no", "只看这个订单的发货")))
async def list_shipments(request: Request) -> HTTPResponse:
    q = parse_query(request, ShipmentQuery)
    return ok(await reads.list_shipments(cursor=q.cursor, limit=q.limit, order_no=q.order_no))
