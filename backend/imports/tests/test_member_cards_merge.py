"""Member import: two cards on one phone become one member with both cards' points and stored value (an entry
per card naming it, the older card an alias); a card whose phone is already a member merges into it; what
cannot be merged is refused row by row with the reason; rollback undoes the merge exactly."""

from __future__ import annotations

from typing import Any

from backend.fieldcrypt import phone_hash, seal
from backend.finance import accounts
from backend.imports.tests.test_legacy_import import _run, _upload
from backend.members.models import BalanceEntry, Member, MemberAlias, PointsEntry
from backend.orders.tests.helpers import balance
from backend.org.models import Role
from tests.factories import auth, make_location, make_user

TWO_CARDS = "\n".join([
    "会员卡号,姓名,手机号,积分,储值余额,等级,最近消费时间",
    "C100,王女士,13800138000,300,50.00,normal,2022-03-01",  # the old card
    "C200,王女士（新卡）,138 0013 8000,120,20.50,gold,2023-06-01",  # the new card, same phone
    "C300,李女士,13900139000,10,,,",
]) + "\n"


async def test_two_cards_on_one_phone_merge_points_and_stored_value(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    rep = await _upload(client, h, "members", TWO_CARDS)
    assert rep["rejected"] == [] and rep["job"]["ok_rows"] == 3
    notes = {n["row"]: n["note"] for n in rep["notes"]}
    assert "保留卡号 C200" in notes[3] and "C100 记为别名" in notes[3] and "合并到第 3 行" in notes[2]
    job = await _run(client, h, rep["job"]["id"])

    m = await Member.get(phone_hash=phone_hash("13800138000"))
    assert (m.member_code, m.nickname, m.level) == ("C200", "王女士（新卡）", "gold")
    assert (m.points, m.balance_fen) == (420, 7050)
    assert await Member.filter(phone_hash=phone_hash("13800138000")).count() == 1
    pts = await PointsEntry.filter(member_id=m.id).order_by("id")
    assert [(e.delta, e.reason) for e in pts] == [(300, "旧系统积分迁入（卡号 C100）"), (120, "旧系统积分迁入（卡号 C200）")]
    bal = await BalanceEntry.filter(member_id=m.id).order_by("id")
    assert [(e.delta_fen, e.reason) for e in bal] == [(5000, "旧系统储值迁入（卡号 C100）"),
                                                      (2050, "旧系统储值迁入（卡号 C200）")]
    assert [a.card_no for a in await MemberAlias.filter(member_id=m.id)] == ["C100"]
    assert await balance(accounts.MEMBER_BALANCES) == -7050  # the liability, opened against equity
    # The counter finds the member by the old card number.
    store = await make_location("ST-A")
    clerk = await make_user(Role.CLERK, locations=[store])
    _, found = await client.get("/api/v1/pos/members?q=C100", headers=auth(clerk))
    assert [i["member_code"] for i in found.json["items"]] == ["C200"]

    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 200, resp.text
    assert not await Member.exists() and not await MemberAlias.exists()
    assert not await PointsEntry.exists() and not await BalanceEntry.exists()
    assert await balance(accounts.MEMBER_BALANCES) == 0


async def test_card_of_an_existing_member_merges_and_rollback_restores_it(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    old = await Member.create(member_code="M000000000001", nickname="老会员", phone=seal("13800138000"),
                              phone_hash=phone_hash("13800138000"), points=0)
    text = "\n".join(["会员卡号,姓名,手机号,积分,储值余额", "C100,王女士,13800138000,300,50"]) + "\n"
    rep = await _upload(client, h, "members", text)
    assert rep["rejected"] == [] and "已是会员 M000000000001" in rep["notes"][0]["note"]
    job = await _run(client, h, rep["job"]["id"])
    m = await Member.get(id=old.id)
    assert (m.points, m.balance_fen, m.member_code) == (300, 5000, "M000000000001")
    assert await MemberAlias.filter(member_id=old.id, card_no="C100").exists()
    # The same file again: that card is already in the member, refused with the reason.
    again = await _upload(client, h, "members", text)
    assert [r["reason"] for r in again["rejected"]] == ["会员卡 C100 已导入会员 M000000000001，不重复计入积分和储值"]
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 200, resp.text
    m = await Member.get(id=old.id)  # the member stays, exactly as before the import
    assert (m.points, m.balance_fen, m.nickname) == (0, 0, "老会员")
    assert not await MemberAlias.exists() and not await PointsEntry.exists()


async def test_unmergeable_rows_refused_with_reasons(db: None, client: Any) -> None:
    h = auth(await make_user(Role.HQ_ADMIN))
    await Member.create(member_code="TAKEN", phone=seal("13600136000"), phone_hash=phone_hash("13600136000"))
    text = "\n".join([
        "会员卡号,姓名,手机号,积分,最近消费时间",
        ",甲,13700137000,5,2022-01-01",  # no card number, same phone as the next: cannot tell apart
        ",甲,13700137000,8,2023-01-01",
        "C1,乙,13500135000,10,2022-01-01",  # the same card twice: the newest row stands for it
        "C1,乙,13500135000,12,2023-01-01",
        "C2,丙,13300133000,1,",
        "C2,丁,13200132000,1,",  # the same card number on another phone
        "TAKEN,戊,13100131000,1,",  # a card number held by another member
    ]) + "\n"
    rep = await _upload(client, h, "members", text)
    reasons = {r["row"]: r["reason"] for r in rep["rejected"]}
    assert reasons == {
        2: "与第 3 行同一手机号且都没有会员卡号：无法判断是否同一张卡，未合并积分和储值（请补上卡号后重新导入）",
        4: "与第 5 行是同一会员卡 C1，已保留较新的一行",
        7: "会员号 C2 与第 6 行相同但手机号不同，无法合并",
        8: "会员号 TAKEN 已存在",
    }
    await _run(client, h, rep["job"]["id"])
    assert (await Member.get(member_code="C1")).points == 12


async def test_rollback_refused_when_merged_points_were_used(db: None, client: Any) -> None:
    from tortoise.transactions import in_transaction

    from backend.members import points
    from backend.members.models import PointsKind

    h = auth(await make_user(Role.HQ_ADMIN))
    old = await Member.create(member_code="M000000000002", phone=seal("13800138000"),
                              phone_hash=phone_hash("13800138000"))
    rep = await _upload(client, h, "members", "会员卡号,手机号,积分\nC9,13800138000,100\n")
    job = await _run(client, h, rep["job"]["id"])
    async with in_transaction() as conn:
        await points.debit(old.id, 30, PointsKind.SPEND, conn, ref="spent")
    _, resp = await client.post(f"/admin/api/v1/imports/{job['id']}/rollback", headers=h)
    assert resp.status == 409 and "合并导入的会员积分之后已有变动" in resp.json["error"]["message"]
    assert (await Member.get(id=old.id)).points == 70
