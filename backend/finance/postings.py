"""Accounting rules: one posting function per business event, each writing one balanced entry through
backend.finance.ledger.post_entry in the caller's transaction.

Sections: stock events (adjustments, stocktakes, transfer shortfalls) and order events (sale, return, refund...).
Each section is owned by its domain; add functions to your own section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.finance.models import JournalEntry
from backend.timestamps import business_today

# ---------------------------------------------------------------------------------------------------------------
# Stock events (owner: stock). Inventory value changes that are not sales or purchases:
#   loss  (damage, expiry, loss, stocktake shortage, transfer shortfall): Dr INVENTORY_LOSS / Cr INVENTORY
#   gain  (found goods, stocktake surplus):                                Dr INVENTORY      / Cr INVENTORY_GAIN
# Amounts are what backend.finance.costing moved (remove_at_average for losses, add_value for gains), so the
# INVENTORY balance always equals the sum of InventoryValuation.value_fen. Transfers move no value.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryChange:
    """The value one SKU at one location gained (value_fen > 0) or lost (value_fen < 0)."""

    sku_id: int
    location_id: int
    value_fen: int
    category_id: int | None = None


def inventory_variance_lines(changes: list[InventoryChange]) -> list[Line]:
    lines: list[Line] = []
    for c in changes:
        dims = {"sku_id": c.sku_id, "category_id": c.category_id, "location_id": c.location_id}
        if c.value_fen < 0:
            lines.append(Line(accounts.INVENTORY_LOSS, debit_fen=-c.value_fen, **dims))
            lines.append(Line(accounts.INVENTORY, credit_fen=-c.value_fen, **dims))
        elif c.value_fen > 0:
            lines.append(Line(accounts.INVENTORY, debit_fen=c.value_fen, **dims))
            lines.append(Line(accounts.INVENTORY_GAIN, credit_fen=c.value_fen, **dims))
    return lines


async def post_inventory_variance(
    *, source_type: str, source_id: str, memo: str, changes: list[InventoryChange], conn: BaseDBAsyncClient,
    user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """One entry for a stock event whose value changes are `changes` (gains and losses may mix)."""
    return await post_entry(
        date=date or business_today(), memo=memo, source_type=source_type, source_id=source_id,
        lines=inventory_variance_lines(changes), conn=conn, user_id=user_id,
    )


async def post_stock_adjustment(
    *, adjustment_no: str, change: InventoryChange, memo: str, conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="stock_adjustment", source_id=adjustment_no, memo=memo,
                                         changes=[change], conn=conn, user_id=user_id)


async def post_stocktake(
    *, stocktake_no: str, changes: list[InventoryChange], conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="stocktake", source_id=stocktake_no,
                                         memo=f"盘点差异 {stocktake_no}", changes=changes, conn=conn, user_id=user_id)


async def post_transfer_shortfall(
    *, transfer_no: str, changes: list[InventoryChange], conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_inventory_variance(source_type="transfer_shortfall", source_id=transfer_no,
                                         memo=f"调拨短少 {transfer_no}", changes=changes, conn=conn, user_id=user_id)


# --------------------------------------------------------------------------------------------------- end of stock


# ---------------------------------------------------------------------------------------------------------------
# Order events (owner: orders). Prices include VAT at the SKU's tax_rate_bp; per line
#   net = round(gross * 10000 / (10000 + rate)), VAT = gross - net   (integers, half up).
#   payment    Dr CASH / BANK / RECEIVABLE / MEMBER_BALANCES (by method)   Cr CUSTOMER_ADVANCES
#   shipment   Dr CUSTOMER_ADVANCES (gross)   Cr SALES (net, per line)   Cr OUTPUT_VAT (VAT, per line)
#              Dr COGS / Cr INVENTORY (moving-average cost of the units that left)
#   refund     Dr CUSTOMER_ADVANCES (part not yet shipped) + Dr SALES / OUTPUT_VAT (part already recognised)
#              Cr the money account of the refund method
#   return     restocked:    Dr INVENTORY / Cr COGS        at the cost the units left with
#   receipt    written off:  Dr INVENTORY_LOSS / Cr COGS   (the cost stays an expense, as a loss)
# Revenue, VAT and cost lines carry sku / category / location / channel dimensions.
# ---------------------------------------------------------------------------------------------------------------

PAYMENT_ACCOUNTS = {
    "cash": accounts.CASH,
    "wechat": accounts.BANK,
    "alipay": accounts.BANK,
    "platform": accounts.RECEIVABLE,
    "balance": accounts.MEMBER_BALANCES,
    "exchange": accounts.EXCHANGE_CLEARING,  # the credit of returned units paying a replacement order
}


def split_vat(gross_fen: int, tax_rate_bp: int) -> tuple[int, int]:
    """(net, VAT) of a VAT-inclusive amount, integer fen, net rounded half up (negative amounts mirrored)."""
    if gross_fen < 0:
        net, vat = split_vat(-gross_fen, tax_rate_bp)
        return -net, -vat
    base = 10000 + tax_rate_bp
    net = (gross_fen * 10000 * 2 + base) // (2 * base)
    return net, gross_fen - net


@dataclass(frozen=True)
class SaleLine:
    """One order line's part in an event: its VAT-inclusive amount and (shipments) the cost that left."""

    sku_id: int
    gross_fen: int
    tax_rate_bp: int
    category_id: int | None = None
    cogs_fen: int = 0


@dataclass(frozen=True)
class ReturnCost:
    sku_id: int
    cost_fen: int
    restock: bool
    category_id: int | None = None


def _money_account(method: str) -> str:
    try:
        return PAYMENT_ACCOUNTS[method]
    except KeyError as exc:
        raise ValueError(f"unknown payment method {method!r}") from exc


def _revenue_lines(lines: list[SaleLine], *, side: str, location_id: int | None, channel: str) -> list[Line]:
    """SALES and OUTPUT_VAT lines for `lines`, as credits (a sale) or debits (a refund of a sale)."""
    out: list[Line] = []
    for ln in lines:
        net, vat = split_vat(ln.gross_fen, ln.tax_rate_bp)
        dims = {"sku_id": ln.sku_id, "category_id": ln.category_id, "location_id": location_id, "channel": channel}
        out.append(Line(accounts.SALES, **{f"{side}_fen": net}, **dims))
        out.append(Line(accounts.OUTPUT_VAT, **{f"{side}_fen": vat}, **dims))
    return out


def payment_lines(*, method: str, amount_fen: int, channel: str, location_id: int | None) -> list[Line]:
    """The lines of a payment entry (post_payment; the bulk demo generator writes the same)."""
    partner = channel if method == "platform" else None
    return [
        Line(_money_account(method), debit_fen=amount_fen, location_id=location_id, channel=channel,
             partner=partner),
        Line(accounts.CUSTOMER_ADVANCES, credit_fen=amount_fen, location_id=location_id, channel=channel),
    ]


async def post_payment(
    *, payment_id: int, order_no: str, method: str, amount_fen: int, channel: str, location_id: int | None,
    conn: BaseDBAsyncClient, user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    return await post_entry(
        date=date or business_today(), memo=f"订单收款 {order_no}", source_type="order_payment",
        source_id=str(payment_id), conn=conn, user_id=user_id,
        lines=payment_lines(method=method, amount_fen=amount_fen, channel=channel, location_id=location_id),
    )


def shipment_lines(*, channel: str, location_id: int, lines: list[SaleLine]) -> list[Line]:
    """The lines of a shipment entry (post_shipment; the bulk demo generator writes the same)."""
    gross = sum(ln.gross_fen for ln in lines)
    entry_lines = [Line(accounts.CUSTOMER_ADVANCES, debit_fen=gross, location_id=location_id, channel=channel)]
    entry_lines += _revenue_lines(lines, side="credit", location_id=location_id, channel=channel)
    for ln in lines:
        dims = {"sku_id": ln.sku_id, "category_id": ln.category_id, "location_id": location_id, "channel": channel}
        entry_lines.append(Line(accounts.COGS, debit_fen=ln.cogs_fen, **dims))
        entry_lines.append(Line(accounts.INVENTORY, credit_fen=ln.cogs_fen, sku_id=ln.sku_id,
                                category_id=ln.category_id, location_id=location_id))
    return entry_lines


async def post_shipment(
    *, shipment_no: str, order_no: str, channel: str, location_id: int, lines: list[SaleLine],
    conn: BaseDBAsyncClient, user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """Revenue, output VAT and cost of goods for the units of one shipment."""
    return await post_entry(
        date=date or business_today(), memo=f"销售出库 {order_no} {shipment_no}", source_type="order_shipment",
        source_id=shipment_no, lines=shipment_lines(channel=channel, location_id=location_id, lines=lines),
        conn=conn, user_id=user_id,
    )


async def post_refund(
    *, refund_no: str, order_no: str, method: str, amount_fen: int, from_advances_fen: int,
    revenue_lines: list[SaleLine], channel: str, location_id: int | None, conn: BaseDBAsyncClient,
    user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """Money goes back. `revenue_lines` (VAT-inclusive parts of lines already recognised) plus
    `from_advances_fen` make up `amount_fen`."""
    return await post_entry(
        date=date or business_today(), memo=f"订单退款 {order_no} {refund_no}", source_type="order_refund",
        source_id=refund_no, conn=conn, user_id=user_id,
        lines=refund_lines(method=method, amount_fen=amount_fen, from_advances_fen=from_advances_fen,
                           revenue_lines=revenue_lines, channel=channel, location_id=location_id),
    )


def refund_lines(*, method: str, amount_fen: int, from_advances_fen: int, revenue_lines: list[SaleLine],
                 channel: str, location_id: int | None) -> list[Line]:
    """The lines of a refund entry (post_refund; the bulk demo generator writes the same)."""
    if from_advances_fen + sum(ln.gross_fen for ln in revenue_lines) != amount_fen:
        raise ValueError("refund parts do not add up to the refund amount")
    partner = channel if method == "platform" else None
    return [
        Line(accounts.CUSTOMER_ADVANCES, debit_fen=from_advances_fen, location_id=location_id, channel=channel),
        *_revenue_lines(revenue_lines, side="debit", location_id=location_id, channel=channel),
        Line(_money_account(method), credit_fen=amount_fen, location_id=location_id, channel=channel,
             partner=partner),
    ]


async def post_return_receipt(
    *, rma_no: str, order_no: str, channel: str, location_id: int, lines: list[ReturnCost],
    conn: BaseDBAsyncClient, user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """Returned goods arrive: restocked units go back into inventory at the cost they left with; written-off
    units move their cost from COGS to inventory loss."""
    return await post_entry(
        date=date or business_today(), memo=f"退货入库 {order_no} {rma_no}", source_type="order_return",
        source_id=rma_no, lines=return_receipt_lines(channel=channel, location_id=location_id, lines=lines),
        conn=conn, user_id=user_id,
    )


def return_receipt_lines(*, channel: str, location_id: int, lines: list[ReturnCost]) -> list[Line]:
    """The lines of a return receipt entry (post_return_receipt; the bulk demo generator writes the same)."""
    entry_lines: list[Line] = []
    for ln in lines:
        dims = {"sku_id": ln.sku_id, "category_id": ln.category_id, "location_id": location_id}
        debit = accounts.INVENTORY if ln.restock else accounts.INVENTORY_LOSS
        entry_lines.append(Line(debit, debit_fen=ln.cost_fen, **dims))
        entry_lines.append(Line(accounts.COGS, credit_fen=ln.cost_fen, channel=channel, **dims))
    return entry_lines


async def post_exchange_credit(
    *, exchange_no: str, order_no: str, amount_fen: int, line: SaleLine, channel: str, location_id: int | None,
    conn: BaseDBAsyncClient, user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """An exchange moves the value of returned units from the original order to its replacement: their revenue
    and VAT are reversed into the exchange clearing account (Dr SALES / OUTPUT_VAT, Cr EXCHANGE_CLEARING); the
    replacement's payment (method "exchange") then takes it out (Dr EXCHANGE_CLEARING, Cr CUSTOMER_ADVANCES)."""
    part = SaleLine(sku_id=line.sku_id, gross_fen=amount_fen, tax_rate_bp=line.tax_rate_bp,
                    category_id=line.category_id)
    return await post_entry(
        date=date or business_today(), memo=f"换货抵扣 {order_no} {exchange_no}", source_type="order_exchange",
        source_id=exchange_no, conn=conn, user_id=user_id,
        lines=[*_revenue_lines([part], side="debit", location_id=location_id, channel=channel),
               Line(accounts.EXCHANGE_CLEARING, credit_fen=amount_fen, location_id=location_id, channel=channel)],
    )


# -------------------------------------------------------------------------------------------------- end of orders


# ---------------------------------------------------------------------------------------------------------------
# Purchase events (owner: purchasing). Prices on purchase orders are net of VAT; per receipt line
#   receipt   Dr INVENTORY (net, per SKU / location; the same value went to costing.add_value)
#             Dr INPUT_VAT (VAT of the line)   Cr PAYABLE (net + VAT, partner = the supplier's name)
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurchaseLine:
    sku_id: int
    net_fen: int
    vat_fen: int
    category_id: int | None = None


def purchase_receipt_lines(*, supplier: str, location_id: int, lines: list[PurchaseLine]) -> list[Line]:
    """The receipt's ledger lines (the scale generator writes the same through this builder)."""
    entry_lines: list[Line] = []
    for ln in lines:
        entry_lines.append(Line(accounts.INVENTORY, debit_fen=ln.net_fen, sku_id=ln.sku_id,
                                category_id=ln.category_id, location_id=location_id))
        entry_lines.append(Line(accounts.INPUT_VAT, debit_fen=ln.vat_fen, sku_id=ln.sku_id, location_id=location_id))
    total = sum(ln.net_fen + ln.vat_fen for ln in lines)
    entry_lines.append(Line(accounts.PAYABLE, credit_fen=total, location_id=location_id, partner=supplier[:64]))
    return entry_lines


async def post_purchase_receipt(
    *, receipt_no: str, po_no: str, supplier: str, location_id: int, lines: list[PurchaseLine],
    conn: BaseDBAsyncClient, user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    return await post_entry(
        date=date or business_today(), memo=f"采购入库 {po_no} {receipt_no}", source_type="purchase_receipt",
        source_id=receipt_no, lines=purchase_receipt_lines(supplier=supplier, location_id=location_id, lines=lines),
        conn=conn, user_id=user_id,
    )


# ------------------------------------------------------------------------------------------------ end of purchase


# ---------------------------------------------------------------------------------------------------------------
# Member events (owner: members). Stored value is money received in advance, owed to the member:
#   top-up     Dr CASH (cash) / BANK (WeChat Pay, Alipay)   Cr MEMBER_BALANCES (liability)
# Spending it is an order payment (above, method "balance"): Dr MEMBER_BALANCES / Cr CUSTOMER_ADVANCES.
# ---------------------------------------------------------------------------------------------------------------

TOPUP_ACCOUNTS = {"cash": accounts.CASH, "wechat": accounts.BANK, "alipay": accounts.BANK}


async def post_member_topup(
    *, entry_id: int, ref: str, method: str, amount_fen: int, location_id: int | None, conn: BaseDBAsyncClient,
    user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    """One balance entry's top-up; posted once per entry (a retried call returns the first posting)."""
    return await post_entry(
        date=date or business_today(), memo=f"会员储值充值 {ref}", source_type="member_topup", source_id=str(entry_id),
        conn=conn, user_id=user_id,
        lines=[Line(TOPUP_ACCOUNTS[method], debit_fen=amount_fen, location_id=location_id),
               Line(accounts.MEMBER_BALANCES, credit_fen=amount_fen, location_id=location_id)],
    )

# ------------------------------------------------------------------------------------------------- end of members


# ---------------------------------------------------------------------------------------------------------------
# Payables events (owner: purchasing, backend.purchasing.payables). The receipt already credited PAYABLE at the
# PO's prices; a supplier invoice within tolerance moves the difference:
#   invoice variance   Dr PURCHASE_VARIANCE / Cr PAYABLE (invoice above the PO), the reverse below it
#   supplier payment   Dr PAYABLE (per supplier) / Cr BANK
# ---------------------------------------------------------------------------------------------------------------


async def post_invoice_variance(
    *, invoice_id: int, invoice_no: str, supplier: str, variance_fen: int, conn: BaseDBAsyncClient,
    user_id: int | None = None, date: dt.date | None = None,
) -> JournalEntry | None:
    up, down = max(variance_fen, 0), max(-variance_fen, 0)
    return await post_entry(
        date=date or business_today(), memo=f"供应商发票价差 {invoice_no}", source_type="supplier_invoice",
        source_id=str(invoice_id), conn=conn, user_id=user_id,
        lines=[Line(accounts.PURCHASE_VARIANCE, debit_fen=up, credit_fen=down, partner=supplier[:64]),
               Line(accounts.PAYABLE, debit_fen=down, credit_fen=up, partner=supplier[:64])],
    )


async def post_supplier_payments(
    *, run_id: int, per_supplier: dict[str, int], conn: BaseDBAsyncClient, user_id: int | None = None,
    date: dt.date | None = None,
) -> JournalEntry | None:
    return await post_entry(date=date or business_today(), memo=f"供应商付款批次 #{run_id}",
                            source_type="payment_run", source_id=str(run_id),
                            lines=supplier_payment_lines(per_supplier), conn=conn, user_id=user_id)


def supplier_payment_lines(per_supplier: dict[str, int]) -> list[Line]:
    """A payment run's ledger lines: Dr PAYABLE per supplier (by name), Cr BANK the total."""
    lines = [Line(accounts.PAYABLE, debit_fen=amount, partner=name[:64], memo="付款冲销应付")
             for name, amount in sorted(per_supplier.items())]
    lines.append(Line(accounts.BANK, credit_fen=sum(per_supplier.values()), memo="供应商付款"))
    return lines


# ------------------------------------------------------------------------------------------------ end of payables


# ---------------------------------------------------------------------------------------------------------------
# Receivables events (owner: finance, backend.finance.receivables). Partner = the customer's name.
#   invoice     Dr RECEIVABLE (total)   Cr the revenue account (net)   Cr OUTPUT_VAT (VAT)
#   receipt     Dr CASH / BANK (or one of their sub-accounts)   Cr RECEIVABLE (the whole receipt, applied or not)
#   write-off   Dr BAD_DEBT   Cr RECEIVABLE
# ---------------------------------------------------------------------------------------------------------------


async def post_customer_invoice(
    *, invoice_id: int, invoice_no: str, customer: str, revenue_account: str, net_fen: int, vat_fen: int,
    location_id: int | None, date: dt.date, conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_entry(
        date=date, memo=f"赊销应收 {invoice_no} {customer}", source_type="ar_invoice", source_id=str(invoice_id),
        conn=conn, user_id=user_id,
        lines=[Line(accounts.RECEIVABLE, debit_fen=net_fen + vat_fen, location_id=location_id, partner=customer[:64]),
               Line(revenue_account, credit_fen=net_fen, location_id=location_id, partner=customer[:64]),
               Line(accounts.OUTPUT_VAT, credit_fen=vat_fen, location_id=location_id)],
    )


async def post_customer_receipt(
    *, receipt_id: int, receipt_no: str, customer: str, money_account: str, amount_fen: int, reference: str,
    date: dt.date, conn: BaseDBAsyncClient, user_id: int | None = None,
) -> JournalEntry | None:
    return await post_entry(
        date=date, memo=f"客户收款 {receipt_no} {customer} {reference}".strip(), source_type="ar_receipt",
        source_id=str(receipt_id), conn=conn, user_id=user_id,
        lines=[Line(money_account, debit_fen=amount_fen, partner=customer[:64], memo=reference),
               Line(accounts.RECEIVABLE, credit_fen=amount_fen, partner=customer[:64])],
    )


async def post_bad_debt(
    *, write_off_id: int, invoice_no: str, customer: str, amount_fen: int, date: dt.date, conn: BaseDBAsyncClient,
    user_id: int | None = None,
) -> JournalEntry | None:
    return await post_entry(
        date=date, memo=f"坏账核销 {invoice_no} {customer}", source_type="ar_write_off", source_id=str(write_off_id),
        conn=conn, user_id=user_id,
        lines=[Line(accounts.BAD_DEBT, debit_fen=amount_fen, partner=customer[:64]),
               Line(accounts.RECEIVABLE, credit_fen=amount_fen, partner=customer[:64])],
    )

# --------------------------------------------------------------------------------------------- end of receivables
