"""Import kind "members": one member per phone, with legacy points through backend.members.points.credit."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from backend.errors import Conflict
from backend.imports import cleaning
from backend.imports.kind import Failed, Ids, Kind, Reject, record, user_id
from backend.imports.models import ImportJob, ImportRecord, ImportRow


def clean(v: dict[str, Any]) -> dict[str, Any]:
    points_raw = cleaning.text(v.get("points"), label="积分")
    return {
        "member_code": cleaning.text(v.get("member_code"), max_len=16, label="会员号") or None,
        "name": cleaning.text(v.get("name"), max_len=64, label="姓名"),
        "phone": cleaning.phone(v.get("phone"), required=True),
        "points": cleaning.integer(points_raw, label="积分") if points_raw else 0,
        "level": cleaning.text(v.get("level"), max_len=16, label="等级") or "normal",
    }


async def check(rows: list[dict[str, Any]], reject: Reject, failed: Failed) -> None:
    from backend.members.models import Member
    from backend.security.fieldcrypt import blind_index

    hashes = {r["_row"]: blind_index(r["phone"], purpose="phone") for r in rows}
    taken_hashes = set(await Member.filter(phone_hash__in=list(hashes.values())).values_list("phone_hash", flat=True))
    codes = [r["member_code"] for r in rows if r["member_code"]]
    taken_codes = set(await Member.filter(member_code__in=codes).values_list("member_code", flat=True))
    for r in rows:
        if hashes[r["_row"]] in taken_hashes:
            reject(r, f"手机号 {r['phone'][:3]}****{r['phone'][-4:]} 已是会员")
        elif r["member_code"] and r["member_code"] in taken_codes:
            reject(r, f"会员号 {r['member_code']} 已存在")


async def import_row(job: ImportJob, row: ImportRow, conn: BaseDBAsyncClient, user: Any) -> None:
    from backend.members import points
    from backend.members.models import Member, PointsKind
    from backend.security.fieldcrypt import blind_index, seal

    d = row.data
    code = d["member_code"] or f"L{job.id:05d}{row.row_no:06d}"
    member = await Member.create(member_code=code, nickname=d["name"], phone=seal(d["phone"]),
                                 phone_hash=blind_index(d["phone"], purpose="phone"), level=d["level"],
                                 source="import", using_db=conn)
    await record(job, row.row_no, "member", member.id, conn)
    if d["points"] > 0:
        entry = await points.credit(member.id, d["points"], PointsKind.ADJUST, conn, reason="旧系统积分迁入",
                                    ref=f"import:{job.id}", user_id=user_id(user))
        if entry is not None:
            await record(job, row.row_no, "points_entry", entry.id, conn)


async def blockers(job: ImportJob, ids: Ids, conn: BaseDBAsyncClient) -> list[str]:
    from backend.members.models import BalanceEntry, Coupon, Member, PointsEntry
    from backend.orders.models import Order

    out: list[str] = []
    if ids["member"]:
        if await Order.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有订单")
        others = await PointsEntry.filter(member_id__in=ids["member"]).using_db(conn) \
            .exclude(id__in=ids["points_entry"] or [0]).count()
        if others:
            out.append("导入的会员积分已有后续变动")
        if await BalanceEntry.filter(member_id__in=ids["member"]).using_db(conn).exists() or \
                await Coupon.filter(member_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已有储值或优惠券")
        if await Member.filter(merged_into_id__in=ids["member"]).using_db(conn).exists():
            out.append("导入的会员已合并其他账户")
    return out


async def _undo_points_entry(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    from backend.dbutil import fetch
    from backend.members.models import PointsEntry

    entry = await PointsEntry.get_or_none(id=rec.entity_id).using_db(conn)
    if entry is not None:
        rows = await fetch(conn, "UPDATE members SET points = points - $1 WHERE id = $2 AND points >= $1 "
                                 "RETURNING points", [entry.delta, entry.member_id])
        if not rows:
            raise Conflict("导入的会员积分已被使用，不能撤回")
        await entry.delete(using_db=conn)


async def _undo_member(rec: ImportRecord, conn: BaseDBAsyncClient) -> None:
    from backend.members.models import Member

    await Member.filter(id=rec.entity_id).using_db(conn).delete()


KIND = Kind(clean=clean, dup_key="phone", check=check, import_row=import_row, blockers=blockers,
            undo={"points_entry": _undo_points_entry, "member": _undo_member})
