"""From a parsed command to a :class:`~bots.replies.Reply`, acting as the staff member bound to the WeCom user.

``handle_command(user, command)`` is the one entry point the callback calls (after :func:`resolve_user`).
Authorisation lives in the services it calls (a clerk cannot approve, a manager only their stores' POs, ...);
their :class:`~backend.errors.AppError` becomes a Chinese text reply here.

Each handler calls one service (catalog search + stock availability, purchasing approvals, staff attendance,
staff performance) with the user's role and stores, and formats its answer in Chinese.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from backend.catalog.search import search_skus
from backend.crm import report as crm_report
from backend.errors import AppError, Forbidden, NotFound
from backend.imports import parallel_run
from backend.imports.parallel_export import SECTION_NAMES_ZH, Section
from backend.org.models import Location, Role, User
from backend.purchasing import orders as po_service
from backend.purchasing.models import POStatus
from backend.purchasing.notify import approval_card_for
from backend.security.actor import load_staff_actor
from backend.staff import attendance, performance
from backend.stock.availability import stock_for_sku
from backend.timestamps import CHINA, business_today
from bots.commands import (
    Approve,
    ClockIn,
    ClockOut,
    Command,
    Help,
    ParallelRunStatus,
    PendingApprovals,
    Reject,
    StockQuery,
    TodayCampaigns,
    TodaySales,
)
from bots.replies import (
    LABEL_APPROVED,
    LABEL_REJECTED,
    Reply,
    failure_text,
    help_text,
)
from integrations.wecom.cards import yuan

APPROVER_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
SALES_ROLES = frozenset({Role.STORE_MANAGER, Role.HQ_ADMIN})
MARKETING_ROLES = frozenset({Role.HQ_ADMIN})


async def resolve_user(wecom_userid: str) -> User | None:
    """The staff account bound to a WeCom user id (``User.wecom_userid``), or None."""
    if not wecom_userid:
        return None
    return await User.get_or_none(wecom_userid=wecom_userid)


async def handle_command(user: User, command: Command) -> Reply:
    try:
        match command:
            case Help(hint=hint):
                return Reply(text=help_text(can_approve=user.role in APPROVER_ROLES,
                                            can_see_sales=user.role in SALES_ROLES,
                                            can_see_marketing=user.role in MARKETING_ROLES, hint=hint))
            case StockQuery():
                return await _stock_query(user, command)
            case PendingApprovals():
                return await _pending_approvals(user, command)
            case Approve():
                return await _approve(user, command)
            case Reject():
                return await _reject(user, command)
            case ClockIn():
                return await _clock_in(user, command)
            case ClockOut():
                return await _clock_out(user, command)
            case TodaySales():
                return await _today_sales(user, command)
            case ParallelRunStatus():
                return await _parallel_run(user, command)
            case TodayCampaigns():
                return await _today_campaigns(user, command)
    except AppError as exc:
        return Reply(text=failure_text(exc.message))
    raise TypeError(f"unknown command {command!r}")


# ---- handlers: each calls one service and formats its answer ----------------------------------------------

NEAR_EXPIRY_DAYS = 90  # batches expiring within this many days are listed as near expiry
MAX_SKUS = 3


async def _stock_query(user: User, command: StockQuery) -> Reply:
    found = await search_skus(command.term, page_size=MAX_SKUS)
    if not found.items:
        raise NotFound(f"没有找到“{command.term}”相关的商品")
    actor = await load_staff_actor(user)
    ids = {code: int(i) for code, i in await Location.all().values_list("code", "id")}
    out: list[str] = []
    for sku in found.items:
        stock = await stock_for_sku(sku)
        locs = stock["locations"]
        # the user's own stores first, then every location holding the SKU
        mine = [x for x in locs if actor.location_ids is not None and ids.get(x["location_code"]) in actor.location_ids]
        others = [x for x in locs if x not in mine and x["on_hand"] > 0]
        out.append(f"【{sku.name}】{sku.code}")
        for x in mine + others:
            out.append(f"· {x['location_name']}（{x['location_code']}）：可售 {x['sellable']}，"
                       f"在库 {x['on_hand']}，预留 {x['reserved']}")
            for b in x["batches"]:
                days = b["days_to_expiry"]
                if days is not None and days <= NEAR_EXPIRY_DAYS and b["on_hand"] > 0:
                    state = "已过期" if days < 0 else f"剩 {days} 天"
                    out.append(f"  临期 批次 {b['batch_no']} 到期 {b['expiry_date']}（{state}）× {b['on_hand']}")
        if not mine and not others:
            out.append("· 各门店和仓库均无库存")
    if found.total > len(found.items):
        out.append(f"共 {found.total} 个商品匹配，只列出前 {len(found.items)} 个，请说得更具体些")
    return Reply(text="\n".join(out))


async def _pending_approvals(user: User, command: PendingApprovals) -> Reply:
    if user.role not in APPROVER_ROLES:
        raise Forbidden("你没有审批权限")
    pos = await po_service.pending_for(await load_staff_actor(user), limit=10)
    if not pos:
        return Reply(text="目前没有等你审批的采购单。")
    lines = [f"待你审批的采购单（{len(pos)} 张）："]
    for po in pos:
        lines.append(f"· {po.po_no} {po.supplier.name} → {po.location.name} {yuan(po.total_fen)}")
    lines.append("回复“同意 单号”或“驳回 单号 理由”，或点下面卡片上的按钮。")
    cards = tuple([await approval_card_for(po) for po in pos[:5]])
    return Reply(text="\n".join(lines), cards=cards)


async def _approve(user: User, command: Approve) -> Reply:
    t = await po_service.decide_po(command.po_no, approve=True, actor=await load_staff_actor(user), via="wecom")
    if t.po.status == POStatus.SUBMITTED:  # a PO above the second-approval amount: one approval of two
        done = "已同意" if t.changed else "你已同意过"
        return Reply(text=f"{done}采购单 {t.po.po_no}（{yuan(t.po.total_fen)}）。金额超过双人审批额度，"
                          "还需另一位审批人同意后才生效。", button_label=LABEL_APPROVED)
    if not t.changed:
        return Reply(text=f"采购单 {t.po.po_no} 已经同意过了，无需重复操作。", button_label=LABEL_APPROVED)
    return Reply(text=f"已同意采购单 {t.po.po_no}（{yuan(t.po.total_fen)}）。", button_label=LABEL_APPROVED)


async def _reject(user: User, command: Reject) -> Reply:
    t = await po_service.decide_po(command.po_no, approve=False, reason=command.reason or "企业微信驳回",
                                   actor=await load_staff_actor(user), via="wecom")
    if not t.changed:
        return Reply(text=f"采购单 {t.po.po_no} 已经驳回过了。", button_label=LABEL_REJECTED)
    return Reply(text=f"已驳回采购单 {t.po.po_no}，理由：{t.po.reject_reason}。", button_label=LABEL_REJECTED)


async def _clock(user: User, kind: str) -> Reply:
    r = await attendance.clock(user, kind, source="wecom")
    label = "上班" if kind == "in" else "下班"
    at = r.record.clocked_at.astimezone(CHINA).strftime("%H:%M")
    where = f"，{r.location.name}" if r.location else ""
    if r.duplicate:
        return Reply(text=f"你在 {at} 已经打过{label}卡了，1 分钟内不重复记录。")
    if r.record.unverified:
        return Reply(text=f"{label}打卡已记录：{at}{where}。未获取定位，需店长确认后计入考勤；"
                          "在小程序里打卡可自动定位。")
    return Reply(text=f"{label}打卡成功：{at}{where}。")


async def _clock_in(user: User, command: ClockIn) -> Reply:
    return await _clock(user, "in")


async def _clock_out(user: User, command: ClockOut) -> Reply:
    return await _clock(user, "out")


async def _today_sales(user: User, command: TodaySales) -> Reply:
    if user.role not in SALES_ROLES:
        raise Forbidden("只有店长可以查看今日销售")
    actor = await load_staff_actor(user)
    ids = None if actor.location_ids is None else sorted(actor.location_ids)
    rep = await performance.today_sales(ids)
    lines = [f"{dt.date.fromisoformat(rep['date']):%m月%d日}销售：{rep['orders']} 单，{yuan(rep['sales_fen'])}"]
    for item in rep["items"]:
        if ids is None and not item["orders"]:
            continue
        lines.append(f"· {item['location_name']}：{item['orders']} 单，{yuan(item['sales_fen'])}")
        for ch, amount in sorted(item["channels"].items(), key=lambda kv: -kv[1]):
            lines.append(f"  {ch} {yuan(amount)}")
    return Reply(text="\n".join(lines))


def _day_line(d: dict[str, Any]) -> str:
    if d["missing_sections"]:
        names = "、".join(SECTION_NAMES_ZH[Section(x)] for x in d["missing_sections"])
        return f"旧系统数据未传齐（缺{names}）"
    if d["unexplained"]:
        return f"有 {d['unexplained']} 处差异待说明（共 {d['differences']} 处）"
    if d["differences"]:
        return f"{d['differences']} 处差异均已说明"
    return "两边数据一致"


async def _parallel_run(user: User, command: ParallelRunStatus) -> Reply:
    if user.role not in SALES_ROLES:
        raise Forbidden("只有店长和总部可以查看并行对账")
    runs = await parallel_run.today_status(await load_staff_actor(user))
    today = business_today()
    if not runs:
        return Reply(text="你的门店目前没有进行中的并行运行。")
    lines = [f"并行对账（{today:%m月%d日}）："]
    for r in runs:
        lines.append(f"【{r['location_name']}（{r['location_code']}）】连续通过 {r['clear_streak']}/"
                     f"{r['required_days']} 天")
        if r["today"] is not None:
            lines.append(f"· 今日：{_day_line(r['today'])}")
        else:
            lines.append("· 今日：旧系统日结数据尚未上传")
            if r["latest"] is not None:
                latest = dt.date.fromisoformat(r["latest"]["business_day"])
                lines.append(f"· 最近 {latest:%m月%d日}：{_day_line(r['latest'])}")
        open_days = [d for d in r["days"] if d["unexplained"] and d is not r["today"]]
        if open_days:
            shown = "、".join(f"{dt.date.fromisoformat(d['business_day']):%m月%d日} {d['unexplained']} 处"
                              for d in open_days[-3:])
            lines.append(f"· 待说明差异：{shown}")
        lines.append("· 已满足签核条件，可在后台签核" if r["can_sign_off"] else "· 暂不能签核")
    return Reply(text="\n".join(lines))


async def _today_campaigns(user: User, command: TodayCampaigns) -> Reply:
    if user.role not in MARKETING_ROLES:
        raise Forbidden("只有总部管理员可以查看营销结果")
    rep = await crm_report.today()
    day = f"{dt.date.fromisoformat(rep['date']):%m月%d日}"
    if not rep["campaigns"]:
        return Reply(text=f"{day}没有营销活动发送。今日退订 {rep['unsubscribed']} 人。")
    lines = [f"{day}营销活动（{len(rep['campaigns'])} 个）："]
    for c in rep["campaigns"]:
        lines.append(f"· {c['name']}（{c['channel_name']}，{c['status_name']}）：目标 {c['recipients']} 人，"
                     f"已发 {c['sent']}，送达 {c['delivered']}，失败 {c['failed']}，待发 {c['pending']}，"
                     f"未发 {c['skipped']}")
    lines.append(f"今日退订 {rep['unsubscribed']} 人。")
    return Reply(text="\n".join(lines))
