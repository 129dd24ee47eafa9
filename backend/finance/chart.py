"""The chart of accounts finance extends (科目设置).

The built-in accounts (backend.finance.accounts.CHART) are fixed: the automatic postings name them by code,
so they are never renamed, moved or deactivated. Finance adds sub-accounts (明细科目) under any account that is
not a control account: the code is the parent's code plus two digits (given, or the next free one), the type is
the parent's. A sub-account may be renamed, and deactivated once its balance is zero and it has no active
sub-accounts. Control accounts (receivable, payable, inventory, customer advances, member balances, exchange
clearing) take no sub-accounts and no manual postings: their subledgers would no longer add up to them.

`require_postable` is the one check manual entries and expenses use: the account exists, is active, is not a
control account and has no sub-accounts (an entry goes to the most detailed account).
"""

from __future__ import annotations

import re
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState, NotFound, ValidationError
from backend.finance import accounts
from backend.finance.models import Account, AccountType, JournalLine

MAX_CODE_LEN = 12  # four levels below a four-digit account
_SUFFIX = re.compile(r"^\d{2}$")


async def get_account(code: str, conn: BaseDBAsyncClient | None = None) -> Account:
    await accounts.ensure_chart(conn)
    acc = await Account.get_or_none(code=code).using_db(conn)
    if acc is None:
        raise NotFound(f"科目 {code} 不存在")
    return acc


async def _next_code(parent: Account, conn: BaseDBAsyncClient) -> str:
    taken = set(await Account.filter(parent_id=parent.id).using_db(conn).values_list("code", flat=True))
    for n in range(1, 100):
        code = f"{parent.code}{n:02d}"
        if code not in taken and not await Account.filter(code=code).using_db(conn).exists():
            return code
    raise InvalidState(f"科目 {parent.code} 的明细科目已满（最多 99 个）", code="too_many_sub_accounts")


async def create_sub_account(parent_code: str, name: str, code: str | None = None, *, user: Any) -> Account:
    """A sub-account under a non-control account; code: the parent's code + 2 digits, the next free one if None."""
    parent = await get_account(parent_code)
    if parent.code in accounts.CONTROL:
        raise InvalidState(f"{parent.code} {parent.name} 是控制科目，由明细账自动维护，不能增设明细科目",
                           code="control_account")
    if not parent.is_active:
        raise InvalidState(f"科目 {parent.code} 已停用", code="account_inactive")
    if len(parent.code) + 2 > MAX_CODE_LEN:
        raise ValidationError(f"科目级次过多，编码不能超过 {MAX_CODE_LEN} 位")
    name = name.strip()
    if not name:
        raise ValidationError("科目名称不能为空")
    async with in_transaction() as conn:
        if code is not None:
            code = code.strip()
            if not (code.startswith(parent.code) and _SUFFIX.match(code[len(parent.code):])):
                raise ValidationError(f"明细科目编码应为上级编码 {parent.code} 加两位数字")
        else:
            code = await _next_code(parent, conn)
        if await Account.filter(code=code).using_db(conn).exists():
            raise Conflict(f"科目编码 {code} 已存在", code="duplicate_code")
        try:
            acc = await Account.create(code=code, name=name, type=AccountType(parent.type), parent_id=parent.id,
                                       using_db=conn)
        except IntegrityError as exc:  # a concurrent create took the code
            raise Conflict(f"科目编码 {code} 已存在", code="duplicate_code") from exc
        await record_audit(user, "finance.account_create", "account", code, via="admin", using_db=conn,
                           after={"code": code, "name": name, "parent": parent.code, "type": acc.type.value})
    return acc


async def update_account(code: str, name: str | None = None, is_active: bool | None = None, *,
                         user: Any) -> Account:
    acc = await get_account(code)
    if acc.code in accounts.BUILT_IN:
        raise InvalidState(f"{acc.code} {acc.name} 是系统科目，不能修改或停用", code="built_in_account")
    changes: dict[str, Any] = {}
    if name is not None and name.strip() and name.strip() != acc.name:
        changes["name"] = name.strip()
    if is_active is not None and is_active != acc.is_active:
        changes["is_active"] = is_active
    if not changes:
        return acc
    async with in_transaction() as conn:
        if changes.get("is_active") is False:
            if await Account.filter(parent_id=acc.id, is_active=True).using_db(conn).exists():
                raise InvalidState("请先停用该科目下的明细科目", code="has_active_children")
            if await balance_fen(acc.id, conn):
                raise InvalidState("科目余额不为零，不能停用", code="balance_not_zero")
        if changes.get("is_active") is True and acc.parent_id is not None:
            parent = await Account.get(id=acc.parent_id).using_db(conn)
            if not parent.is_active:
                raise InvalidState(f"上级科目 {parent.code} 已停用", code="account_inactive")
        before = {k: getattr(acc, k) for k in changes}
        await Account.filter(id=acc.id).using_db(conn).update(**changes)
        await record_audit(user, "finance.account_update", "account", acc.code, via="admin", using_db=conn,
                           before=before, after=changes)
        return await Account.get(id=acc.id).using_db(conn)


async def balance_fen(account_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    """Debits less credits over all time."""
    rows = await JournalLine.filter(account_id=account_id).using_db(conn).values_list("debit_fen", "credit_fen")
    return sum(d - c for d, c in rows)


async def require_postable(codes: set[str], conn: BaseDBAsyncClient | None = None) -> dict[str, Account]:
    """The accounts named by `codes`, each usable by a person's entry; else 400 naming the first problem."""
    await accounts.ensure_chart(conn)
    found = {a.code: a for a in await Account.filter(code__in=list(codes)).using_db(conn)}
    unknown = sorted(codes - set(found))
    if unknown:
        raise ValidationError(f"科目不存在：{'、'.join(unknown)}", code="unknown_account")
    control = sorted(codes & accounts.CONTROL)
    if control:
        raise ValidationError(f"控制科目由业务单据自动过账，不能手工记账：{'、'.join(control)}",
                              code="control_account")
    inactive = sorted(c for c, a in found.items() if not a.is_active)
    if inactive:
        raise ValidationError(f"科目已停用：{'、'.join(inactive)}", code="account_inactive")
    parents = set(await Account.filter(parent_id__in=[a.id for a in found.values()]).using_db(conn)
                  .values_list("parent_id", flat=True))
    headers = sorted(c for c, a in found.items() if a.id in parents)
    if headers:
        raise ValidationError(f"请记到明细科目，以下科目有下级科目：{'、'.join(headers)}", code="not_leaf_account")
    return found


async def account_json(acc: Account) -> dict[str, Any]:
    parent_code = (await Account.get(id=acc.parent_id)).code if acc.parent_id else None
    return {"code": acc.code, "name": acc.name, "type": AccountType(acc.type).value, "parent_code": parent_code,
            "built_in": acc.code in accounts.BUILT_IN, "control": acc.code in accounts.CONTROL,
            "is_active": acc.is_active}
