"""A purchase order as an A4 PDF to send to the supplier: the chain's header, supplier and delivery address,
lines with net price, VAT and amounts, totals, who drafted and approved it, and signature lines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm

from backend.org.models import Location
from backend.printing import pdf
from backend.printing.pdf import amount
from backend.purchasing.models import Supplier
from backend.purchasing.orders import get_po, po_json, vat_of
from backend.security import Actor
from backend.timestamps import business_now


async def supplier_of(po: dict[str, Any]) -> dict[str, str]:
    s = await Supplier.get_or_none(code=po["supplier_code"])
    if s is None:
        return {"name": po["supplier_name"], "contact": "", "address": ""}
    contact = " ".join(x for x in (s.contact_name, s.contact_phone) if x)
    return {"name": s.name, "contact": contact, "address": s.address}


def render(po: dict[str, Any], supplier: dict[str, str], delivery_address: str, *, printed_at: dt.datetime,
           printed_by: str = "") -> bytes:
    info = [
        ["采购单号", po["po_no"], "状态", po["status_name"]],
        ["供应商", f"{supplier['name']}（{po['supplier_code']}）", "联系人", supplier["contact"] or "—"],
        ["收货地点", f"{po['location_name']}（{po['location_code']}）", "预计到货", po.get("expected_date") or "—"],
        ["收货地址", delivery_address or "—", "审批人数", str(po["approvals_required"])],
    ]
    rows = [["#", "商品编码", "商品名称", "数量", "不含税单价", "税率", "不含税金额", "税额"]]
    for n, ln in enumerate(po.get("lines", []), 1):
        net = ln["unit_price_fen"] * ln["qty"]
        vat = vat_of(net, ln["tax_rate_bp"])
        rows.append([str(n), ln["sku_code"], pdf.para(ln["name"], pdf.SMALL), str(ln["qty"]),
                     amount(ln["unit_price_fen"]), f"{ln['tax_rate_bp'] / 100:g}%", amount(net), amount(vat)])
    totals = [["不含税合计", amount(po["net_fen"])], ["税额合计", amount(po["vat_fen"])],
              ["价税合计", amount(po["total_fen"])]]
    people = [["制单", po.get("created_by") or "—", "审批", po.get("decided_by") or "—"],
              ["初审", po.get("first_approved_by") or "—", "审批时间", (po.get("decided_at") or "—")[:16].replace("T", " ")]]
    story: list[Any] = [
        pdf.table(info, (22 * mm, 70 * mm, 22 * mm, 60 * mm), header_rows=0), pdf.gap(),
        pdf.table(rows, (8 * mm, 24 * mm, 52 * mm, 13 * mm, 21 * mm, 12 * mm, 23 * mm, 21 * mm),
                  right_cols=(3, 4, 5, 6, 7)),
        pdf.gap(2),
        pdf.table(totals, (153 * mm, 21 * mm), header_rows=0, bold_rows=(2,), right_cols=(1,)), pdf.gap(),
        pdf.table(people, (22 * mm, 65 * mm, 22 * mm, 65 * mm), header_rows=0),
    ]
    if po.get("note"):
        story += [pdf.gap(2), pdf.para(f"备注：{po['note']}")]
    story += [pdf.gap(12), pdf.para("供应商确认（签字/盖章）：________________　　日期：____________"),
              pdf.gap(2), pdf.para("金额单位：人民币元。请按本单数量与价格供货，随货附送货单与批号、效期信息。", pdf.SMALL)]
    header = pdf.Header("采购订单", f"{po['po_no']}　下单日期：{(po.get('created_at') or '')[:10]}", printed_by)
    return pdf.build(header, story, printed_at)


async def po_document(actor: Actor, po_no: str) -> tuple[bytes, dict[str, Any]]:
    """The PO's PDF if the caller may see the PO (store staff: POs delivering to their stores)."""
    po = await get_po(po_no)
    actor.require_location(po.location_id)
    data = await po_json(po)
    location = await Location.get(id=po.location_id)
    return render(data, await supplier_of(data), location.address, printed_at=business_now(),
                  printed_by=actor.username), data
