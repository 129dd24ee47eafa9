"""Import kind "members": one member per phone, with legacy points and stored value through their ledgers.

Several cards on one phone (a shopper who got a new card, the old system keyed per card) become one member:

- cards in the file sharing a phone, with different card numbers, are merged: the newest card (by the update
  column, then the later line) gives the member its code, name and level; every card's points and stored value
  are credited to it, one ledger entry per card naming the card number; the older card numbers become aliases
  of the member (MemberAlias, found by the counter lookup). The other cards' rows are accepted with a note
  "合并到第 N 行" in the dry-run report;
- a card whose phone already belongs to a member is merged into that member the same way;
- refused row by row with the reason, never silently dropped: the same card number twice on one phone keeps the
  newest row (a repeated export: summing would count the card twice); rows sharing a phone without a card
  number (they cannot be told apart from a repeated export); a card number used by another member or on another
  phone in the file; a card already imported into the member holding the phone.

Stored value is a liability to the member: its import posts Dr EQUITY / Cr MEMBER_BALANCES (opening balance, as
the stock import posts Dr INVENTORY / Cr EQUITY). Rollback takes back exactly the entries, aliases and members
the import wrote; it is refused when the points or stored value were used since.
"""

from __future__ import annotations

from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient

from backend import cleaning
from backend.errors import Conflict
from backend.fieldcrypt import blind_index, seal
from backend.finance import accounts
from backend.finance.ledger import Line, post_entry
from backend.imports.kind import Failed, Ids, Kind, Reject, record, user_id
from backend.imports.models import ImportJob, ImportRecord, ImportRow
from backend.members import balance, points
from backend.members.models import (
    BalanceEntry,
    BalanceKind,
    Coupon,
    Member,
    MemberAlias,
    PointsEntry,
    PointsKind,
)
from backend.orders.models import Order
from backend.raw_sql import fetch
from backend.timestamps import business_today


def clean(v: dict[str, Any]) -> dict[str, Any]:
    points_raw = cleaning.text(v.get("points"), label="积分")
    return {
        "member_code": cleaning.text(v.get("member_code"), max_len=16, label="会员号") or None,
        "name": cleaning.text(v.get("name"), max_len=64, label="姓名"),
        "phone": cleaning.phone(v.get("phone"), required=True),
        "points": cleaning.integer(points_raw, label="积分") if points_raw else 0,
        "balance_fen": cleaning.money_fen(v.get("balance"), label="储值余额", required=False),
        "level": cleaning.text(v.get("level"), max_len=16, label="等级") or "normal",
    }


def _masked(phone: str) -> str:
    return f"{phone[:3]}****{phone[-4:]}"


def _card(r: dict[str, Any]) -> dict[str, Any]:
    return {"card_no": r["member_code"], "points": r["points"], "balance_fen": r["balance_fen"], "row_no": r["_row"]}


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    hashes = {r["_row"]: blind_index(r["phone"], purpose="phone") for r in rows}
    holders = {m.phone_hash: m for m in await Member.filter(phone_hash__in=list(set(hashes.values())))}
    codes = [r["member_code"] for r in rows if r["member_code"]]
    code_owner = dict(await Member.filter(member_code__in=codes).values_list("member_code", "id"))
    code_owner.update(dict(await MemberAlias.filter(card_no__in=codes).values_list("card_no", "member_id")))

    live: list[dict[str, Any]] = []
    card_phone: dict[str, dict[str, Any]] = {}  # card no -> first row naming it
    for r in rows:
        holder = holders.get(hashes[r["_row"]])
        code = r["member_code"]
        if holder is not None and holder.merged_into_id is not None:
            reject(r, f"手机号 {_masked(r['phone'])} 属于已合并的会员账户 {holder.member_code}，无法导入")
        elif code and code in code_owner:
            if holder is not None and code_owner[code] == holder.id:
                reject(r, f"会员卡 {code} 已导入会员 {holder.member_code}，不重复计入积分和储值")
            else:
                reject(r, f"会员号 {code} 已存在")
        elif code and code in card_phone and card_phone[code]["phone"] != r["phone"]:
            reject(r, f"会员号 {code} 与第 {card_phone[code]['_row']} 行相同但手机号不同，无法合并")
        else:
            if code:
                card_phone.setdefault(code, r)
            live.append(r)

    by_phone: dict[str, list[dict[str, Any]]] = {}
    for r in live:
        by_phone.setdefault(r["phone"], []).append(r)
    for phone, group in by_phone.items():
        # the same card twice (a repeated export): its newest row stands for it
        newest_of_card: dict[Any, dict[str, Any]] = {}
        for r in group:
            key = r["member_code"] or ""
            cur = newest_of_card.get(key)
            if cur is None or cleaning.newer(r, cur):
                newest_of_card[key] = r
        cards: list[dict[str, Any]] = []
        for r in group:
            key = r["member_code"] or ""
            kept = newest_of_card[key]
            if kept is r:
                cards.append(r)
            elif key:
                reject(r, f"与第 {kept['_row']} 行是同一会员卡 {key}，已保留较新的一行")
            else:
                reject(r, f"与第 {kept['_row']} 行同一手机号且都没有会员卡号：无法判断是否同一张卡，"
                          "未合并积分和储值（请补上卡号后重新导入）")
        holder = holders.get(hashes[group[0]["_row"]])
        if holder is not None:
            # merge into the member who holds the phone: every card's row does its own part
            for r in cards:
                r["existing_member_id"] = holder.id
                r["_note"] = (f"手机号 {_masked(phone)} 已是会员 {holder.member_code}："
                              f"积分和储值合并到该会员" + (f"，卡号 {r['member_code']} 记为别名" if r["member_code"]
                                                   else ""))
            continue
        if len(cards) < 2:
            continue
        survivor = cards[0]
        for r in cards[1:]:
            if cleaning.newer(r, survivor):
                survivor = r
        survivor["cards"] = [_card(r) for r in sorted(cards, key=lambda c: c["_row"])]
        others = [r for r in cards if r is not survivor]
        kept_no = survivor["member_code"] or "（新会员号）"
        survivor["_note"] = (f"同一手机号 {len(cards)} 张会员卡合并：保留卡号 {kept_no}，"
                             f"卡号 {'、'.join(r['member_code'] for r in others)} 记为别名，积分和储值相加")
        for r in others:
            r["merged_into_row"] = survivor["_row"]
            r["_note"] = f"合并到第 {survivor['_row']} 行（卡号 {kept_no}）：积分和储值相加"


async def _credit_card(job: ImportJob, row_no: int, member: Any, card: dict[str, Any], conn: BaseDBAsyncClient,
                       user: Any) -> None:
    """One card's points and stored value into `member`, each an entry naming the card; the card number an
    alias when it is not the member's own code."""
    card_no = card["card_no"]
    label = f"（卡号 {card_no}）" if card_no else ""
    ref = f"import:{job.id}:{card['row_no']}"
    if card_no and card_no != member.member_code:
        alias = await MemberAlias.create(member_id=member.id, card_no=card_no, source="import", using_db=conn)
        await record(job, row_no, "member_alias", alias.id, conn)
    if card["points"] > 0:
        entry = await points.credit(member.id, card["points"], PointsKind.ADJUST, conn, reason=f"旧系统积分迁入{label}",
                                    ref=ref, user_id=user_id(user))
        if entry is not None:
            await record(job, row_no, "points_entry", entry.id, conn)
    if card.get("balance_fen", 0) > 0:
        amount = int(card["balance_fen"])
        bal = await balance.change(member.id, amount, BalanceKind.ADJUST, conn, reason=f"旧系统储值迁入{label}",
                                   ref=ref, user_id=user_id(user))
        if bal is not None:
            await record(job, row_no, "balance_entry", bal.id, conn)
        posted = await post_entry(
            date=business_today(), memo=f"旧系统会员储值导入 {member.member_code}{label}", source_type="import_balance",
            source_id=f"{job.id}:{card['row_no']}", conn=conn, user_id=user_id(user),
            lines=[Line(accounts.EQUITY, debit_fen=amount), Line(accounts.MEMBER_BALANCES, credit_fen=amount)])
        if posted is not None:
            await record(job, row_no, "journal_entry", posted.id, conn)


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    d = row.data
    if d.get("merged_into_row"):
        return  # its card is credited by the row it merges into
    cards = d.get("cards") or [{"card_no": d["member_code"], "points": d["points"],
                                "balance_fen": d.get("balance_fen", 0), "row_no": row.row_no}]
    digest = blind_index(d["phone"], purpose="phone")
    if d.get("existing_member_id"):
        member = await Member.get_or_none(id=d["existing_member_id"], merged_into_id=None, deleted_at=None).using_db(conn)
        if member is None or member.phone_hash != digest:
            raise Conflict(f"第 {row.row_no} 行：要合并的会员已变更，请重新预检")
    else:
        code = d["member_code"] or f"L{job.id:05d}{row.row_no:06d}"
        member = await Member.create(member_code=code, nickname=d["name"], phone=seal(d["phone"]),
                                     phone_hash=digest, level=d["level"], source="import", using_db=conn)
        await record(job, row.row_no, "member", member.id, conn)
    for card in cards:
        await _credit_card(job, row.row_no, member, card, conn, user)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    out: list[str] = []
    if ids["member"]:
        if await Order.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有订单")
        others = await PointsEntry.filter(member_id__in=ids["member"]).using_db(conn) \
            .exclude(id__in=ids["points_entry"] or [0]).count()
        if others:
            out.append("导入的会员积分已有后续变动")
        if await BalanceEntry.filter(member_id__in=ids["member"]).using_db(conn) \
                .exclude(id__in=ids["balance_entry"] or [0]).exists() or \
                await Coupon.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有储值或优惠券")
        if await Member.filter(merged_into_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已合并其他账户")
    # Members the import merged cards into (they existed before it): nothing may have moved after its entries.
    points_entries = await PointsEntry.filter(id__in=ids["points_entry"] or [0]).using_db(conn) \
        .exclude(member_id__in=ids["member"] or [0])
    balance_entries = await BalanceEntry.filter(id__in=ids["balance_entry"] or [0]).using_db(conn) \
        .exclude(member_id__in=ids["member"] or [0])
    if points_entries and await PointsEntry.filter(
            member_id__in=list({e.member_id for e in points_entries}), id__gt=min(e.id for e in points_entries)) \
            .using_db(conn).exclude(id__in=ids["points_entry"]).exists():
        out.append("合并导入的会员积分之后已有变动")
    if balance_entries and await BalanceEntry.filter(
            member_id__in=list({e.member_id for e in balance_entries}), id__gt=min(e.id for e in balance_entries)) \
            .using_db(conn).exclude(id__in=ids["balance_entry"]).exists():
        out.append("合并导入的会员储值之后已有变动")
    return out


async def _take_back(conn: BaseDBAsyncClient, column: Literal["points", "balance_fen"], amount: int, member_id: int, used: str) -> None:
    """Subtract an imported ledger entry's amount from the member's points or balance, refusing (Conflict) if the
    member has spent part of it since."""
    rows = await fetch(conn, f"UPDATE members SET {column} = {column} - $1 WHERE id = $2 AND {column} >= $1 "
                             f"RETURNING {column}", [amount, member_id])
    if not rows:
        raise Conflict(f"导入的会员{used}已被使用，不能撤回")


async def _undo_points_entry(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    entry = await PointsEntry.get_or_none(id=rec.entity_id).using_db(conn)
    if entry is not None:
        await _take_back(conn, "points", entry.delta, entry.member_id, "积分")
        await entry.delete(using_db=conn)


async def _undo_balance_entry(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    entry = await BalanceEntry.get_or_none(id=rec.entity_id).using_db(conn)
    if entry is not None:
        await _take_back(conn, "balance_fen", entry.delta_fen, entry.member_id, "储值")
        await entry.delete(using_db=conn)


async def _undo_alias(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await MemberAlias.filter(id=rec.entity_id).using_db(conn).delete()


async def _undo_member(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    await Member.filter(id=rec.entity_id).using_db(conn).delete()


KIND = Kind(clean=clean, dup_key="phone", checker=lambda: check, import_row=import_row, blockers=blockers,
            undo={"points_entry": _undo_points_entry, "balance_entry": _undo_balance_entry,
                  "member_alias": _undo_alias, "member": _undo_member}, keeps_duplicates=True, whole_file=True)
