"""The chart of accounts Cradle posts to (codes follow the Chinese small-business chart)."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance.models import Account, AccountType

CASH = "1001"  # 库存现金 (till cash)
BANK = "1002"  # 银行存款 (bank, WeChat Pay / Alipay settlements)
RECEIVABLE = "1122"  # 应收账款 (platform receivables; customers buying on account)
INVENTORY = "1405"  # 库存商品
INPUT_VAT = "222101"  # 应交增值税-进项税额
PAYABLE = "2202"  # 应付账款 (suppliers)
CUSTOMER_ADVANCES = "2203"  # 预收账款 (paid, not yet delivered)
MEMBER_BALANCES = "2241"  # 其他应付款-会员储值
EXCHANGE_CLEARING = "224102"  # 其他应付款-换货结转 (a returned unit's value on its way to the replacement order)
OUTPUT_VAT = "222102"  # 应交增值税-销项税额
EQUITY = "4001"  # 实收资本
RETAINED = "4103"  # 本年利润
SALES = "6001"  # 主营业务收入
COGS = "6401"  # 主营业务成本
PLATFORM_FEES = "660101"  # 销售费用-平台服务费 (marketplace commission and fees kept from a settlement)
INVENTORY_LOSS = "6711"  # 营业外支出-存货损失 (damage, expiry, loss, write-off)
INVENTORY_GAIN = "6301"  # 营业外收入-存货盘盈
WAGES_PAYABLE = "2211"  # 应付职工薪酬 (wages booked, not yet paid)
SELLING_EXPENSES = "6601"  # 销售费用 (parent of the platform fees and the selling sub-accounts finance adds)
ADMIN_EXPENSES = "6602"  # 管理费用 (parent of rent, wages, utilities and the sub-accounts finance adds)
RENT = "660201"  # 管理费用-房租
WAGES = "660202"  # 管理费用-工资薪酬
UTILITIES = "660203"  # 管理费用-水电费
FINANCIAL_EXPENSES = "6603"  # 财务费用 (bank charges)
PURCHASE_VARIANCE = "640101"  # 主营业务成本-采购价差 (a supplier invoice within tolerance of its PO and receipt)
BAD_DEBT = "6702"  # 信用减值损失 (customer receivables written off)

CHART: list[tuple[str, str, AccountType]] = [
    (CASH, "库存现金", AccountType.ASSET),
    (BANK, "银行存款", AccountType.ASSET),
    (RECEIVABLE, "应收账款", AccountType.ASSET),
    (INVENTORY, "库存商品", AccountType.ASSET),
    (INPUT_VAT, "应交增值税-进项税额", AccountType.ASSET),
    (PAYABLE, "应付账款", AccountType.LIABILITY),
    (CUSTOMER_ADVANCES, "预收账款", AccountType.LIABILITY),
    (MEMBER_BALANCES, "会员储值", AccountType.LIABILITY),
    (EXCHANGE_CLEARING, "其他应付款-换货结转", AccountType.LIABILITY),
    (OUTPUT_VAT, "应交增值税-销项税额", AccountType.LIABILITY),
    (EQUITY, "实收资本", AccountType.EQUITY),
    (RETAINED, "本年利润", AccountType.EQUITY),
    (SALES, "主营业务收入", AccountType.REVENUE),
    (INVENTORY_GAIN, "营业外收入-存货盘盈", AccountType.REVENUE),
    (COGS, "主营业务成本", AccountType.EXPENSE),
    (PLATFORM_FEES, "销售费用-平台服务费", AccountType.EXPENSE),
    (INVENTORY_LOSS, "营业外支出-存货损失", AccountType.EXPENSE),
    (WAGES_PAYABLE, "应付职工薪酬", AccountType.LIABILITY),
    (SELLING_EXPENSES, "销售费用", AccountType.EXPENSE),
    (ADMIN_EXPENSES, "管理费用", AccountType.EXPENSE),
    (RENT, "管理费用-房租", AccountType.EXPENSE),
    (WAGES, "管理费用-工资薪酬", AccountType.EXPENSE),
    (UTILITIES, "管理费用-水电费", AccountType.EXPENSE),
    (FINANCIAL_EXPENSES, "财务费用", AccountType.EXPENSE),
    (PURCHASE_VARIANCE, "主营业务成本-采购价差", AccountType.EXPENSE),
    (BAD_DEBT, "信用减值损失", AccountType.EXPENSE),
]
BUILT_IN = frozenset(code for code, _, _ in CHART)

# Built-in sub-accounts and their parents (finance adds more under any account that is not a control account).
PARENTS: dict[str, str] = {
    PLATFORM_FEES: SELLING_EXPENSES, RENT: ADMIN_EXPENSES, WAGES: ADMIN_EXPENSES, UTILITIES: ADMIN_EXPENSES,
    PURCHASE_VARIANCE: COGS,
}

# Control accounts: their balance is the sum of a subledger Cradle keeps (open items per partner, the inventory
# valuation, member stored value, customer advances per order, the exchange clearing per exchange). Only the
# automatic postings write to them; a manual entry or a sub-account there would let the ledger and the
# subledger drift apart.
CONTROL = frozenset({RECEIVABLE, PAYABLE, INVENTORY, CUSTOMER_ADVANCES, MEMBER_BALANCES, EXCHANGE_CLEARING})

_ids: dict[str, int] = {}


async def ensure_chart(conn: BaseDBAsyncClient | None = None) -> None:
    """Create the built-in accounts that are missing and hang the built-in sub-accounts under their parents."""
    present = set(await Account.filter(code__in=list(BUILT_IN)).using_db(conn).values_list("code", flat=True))
    for code, name, type_ in CHART:
        if code not in present:
            await Account.get_or_create(code=code, defaults={"name": name, "type": type_}, using_db=conn)
    ids = dict(await Account.filter(code__in=list(BUILT_IN)).using_db(conn).values_list("code", "id"))
    for child, parent in PARENTS.items():
        await Account.filter(code=child, parent_id__isnull=True).using_db(conn).update(parent_id=ids[parent])


async def chart_complete(conn: BaseDBAsyncClient | None = None) -> bool:
    return await Account.filter(code__in=list(BUILT_IN)).using_db(conn).count() == len(BUILT_IN)


async def account_id(code: str, conn: BaseDBAsyncClient | None = None) -> int:
    """Account ids are stable once created; the chart is created on first use."""
    cached = _ids.get(code)
    if cached is not None and await Account.filter(id=cached, code=code).using_db(conn).exists():
        return cached
    acc = await Account.get_or_none(code=code).using_db(conn)
    if acc is None:
        await ensure_chart(conn)
        acc = await Account.get(code=code).using_db(conn)
    _ids[code] = acc.id
    return acc.id
