"""The chart of accounts Cradle posts to (codes follow the Chinese small-business chart)."""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.finance.models import Account, AccountType

CASH = "1001"  # 库存现金 (till cash)
BANK = "1002"  # 银行存款 (bank, WeChat Pay / Alipay settlements)
RECEIVABLE = "1122"  # 应收账款 (platform receivables)
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
]

_ids: dict[str, int] = {}


async def ensure_chart(conn: BaseDBAsyncClient | None = None) -> None:
    for code, name, type_ in CHART:
        await Account.get_or_create(code=code, defaults={"name": name, "type": type_}, using_db=conn)


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
