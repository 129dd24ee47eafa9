"""Recruiting: job postings per store, candidates moving through their stages, interviews (the interviewers are
told on WeCom through the staff outbox, in the same transaction), offers and the candidate's answer. Hiring
(offer accepted -> employee record and staff account) is backend.hr.hiring.

    applied -> screening -> interview -> offer -> hired
        (any stage before hired) -> rejected

Each stage change is a guarded UPDATE (only from the stage read), so two managers acting at once change it once.
Store managers work on their own stores' postings; HQ on all. Every change is audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState, ValidationError
from backend.fieldcrypt import mask_phone
from backend.hr import contact, notify, scope
from backend.hr.models import (
    Candidate,
    CandidateStage,
    Interview,
    InterviewResult,
    JobPosting,
    Offer,
    OfferStatus,
    PostingStatus,
)
from backend.messaging import notifications
from backend.org.models import ROLE_NAMES_ZH, Location, LocationKind, Role, User
from backend.timestamps import business_today, iso, to_china

POSTING_MISSING = "招聘岗位不存在"
CANDIDATE_MISSING = "候选人不存在"
HIREABLE_ROLES = frozenset({Role.CLERK, Role.STORE_MANAGER, Role.LIVE_SELLER})
STAGE_NAMES = {CandidateStage.APPLIED: "已投递", CandidateStage.SCREENING: "筛选中",
               CandidateStage.INTERVIEW: "面试中", CandidateStage.OFFER: "已发录用",
               CandidateStage.HIRED: "已入职", CandidateStage.REJECTED: "未录用"}
# the moves a person makes by hand; interview, offer and hired are entered by scheduling, offering and hiring
MANUAL_MOVES = {CandidateStage.APPLIED: {CandidateStage.SCREENING, CandidateStage.REJECTED},
                CandidateStage.SCREENING: {CandidateStage.REJECTED},
                CandidateStage.INTERVIEW: {CandidateStage.REJECTED},
                CandidateStage.OFFER: {CandidateStage.REJECTED}}


def _user(actor: Any) -> Any:
    return getattr(actor, "user", actor)


# ---- postings --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewPosting:
    location_code: str
    title: str
    position: str
    role: Role = Role.CLERK
    headcount: int = 1
    description: str = ""


async def create_posting(new: NewPosting, *, actor: Any) -> JobPosting:
    if new.role not in HIREABLE_ROLES:
        raise ValidationError("门店岗位只能招聘店员、店长或主播")
    async with in_transaction() as conn:
        loc = await scope.location_by_code(new.location_code, actor, conn)
        if loc.kind != LocationKind.STORE:
            raise ValidationError(f"{loc.code} 不是门店")
        posting = await JobPosting.create(location_id=loc.id, title=new.title.strip(), position=new.position.strip(),
                                          role=new.role, headcount=new.headcount, description=new.description,
                                          created_by=_user(actor), using_db=conn)
        await record_audit(_user(actor), "hr.posting.create", "hr_job_posting", posting.id, using_db=conn,
                           after={"location_code": loc.code, "title": posting.title, "position": posting.position,
                                  "role": posting.role.value, "headcount": posting.headcount})
    return posting


async def set_posting_status(posting_id: int, status: PostingStatus, *, actor: Any) -> JobPosting:
    async with in_transaction() as conn:
        posting = await scope.load(JobPosting, posting_id, actor, missing=POSTING_MISSING, conn=conn, lock=True)
        before = posting.status.value
        posting.status = status
        await posting.save(update_fields=["status", "updated_at"], using_db=conn)
        await record_audit(_user(actor), "hr.posting.status", "hr_job_posting", posting.id, using_db=conn,
                           before={"status": before}, after={"status": status.value})
    return posting


async def posting_dict(p: JobPosting) -> dict[str, Any]:
    loc = await Location.get(id=p.location_id)
    counts: dict[str, int] = {}
    for stage in await Candidate.filter(posting_id=p.id).values_list("stage", flat=True):
        counts[str(stage)] = counts.get(str(stage), 0) + 1
    return {"id": p.id, "location_code": loc.code, "location_name": loc.name, "title": p.title,
            "position": p.position, "role": p.role.value, "role_name": ROLE_NAMES_ZH[p.role],
            "headcount": p.headcount, "description": p.description, "status": p.status.value,
            "candidates": counts, "created_at": iso(p.created_at)}


async def list_postings(*, actor: Any, location_code: str | None, status: str | None, offset: int,
                        limit: int) -> dict[str, Any]:
    qs = JobPosting.all()
    if location_code:
        qs = qs.filter(location_id=(await scope.location_by_code(location_code, actor)).id)
    elif (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(location_id__in=ids)
    if status:
        qs = qs.filter(status=status)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [await posting_dict(p) for p in rows], "total": total}


# ---- candidates ------------------------------------------------------------------------------------------


async def add_candidate(posting_id: int, *, name: str, phone: str, source: str = "", note: str = "",
                        actor: Any) -> Candidate:
    sealed, index = contact.seal_phone(phone)
    if sealed is None or index is None:
        raise ValidationError("请填写候选人手机号")
    try:
        async with in_transaction() as conn:
            posting = await scope.load(JobPosting, posting_id, actor, missing=POSTING_MISSING, conn=conn)
            if posting.status != PostingStatus.OPEN:
                raise InvalidState("该岗位已停止招聘")
            cand = await Candidate.create(posting_id=posting.id, name=name.strip(), phone=sealed, phone_index=index,
                                          source=source, note=note, using_db=conn)
            await record_audit(_user(actor), "hr.candidate.create", "hr_candidate", cand.id, using_db=conn,
                               after={"posting_id": posting.id, "name": cand.name,
                                      "phone": mask_phone(contact.open_value(sealed)), "source": source})
    except IntegrityError as exc:
        raise Conflict("该手机号已投递过这个岗位") from exc
    return cand


async def load_candidate(candidate_id: int, actor: Any, conn: BaseDBAsyncClient | None = None,
                         *, lock: bool = False) -> tuple[Candidate, JobPosting]:
    cand = await Candidate.filter(id=candidate_id).using_db(conn).first()
    posting = await JobPosting.get_or_none(id=cand.posting_id).using_db(conn) if cand else None
    if cand is None or posting is None:
        scope.not_found(actor, CANDIDATE_MISSING)
    scope.require(actor, posting.location_id)
    if lock:
        cand = await Candidate.filter(id=candidate_id).using_db(conn).select_for_update().get()
    return cand, posting


async def move_stage(conn: BaseDBAsyncClient, cand: Candidate, to: CandidateStage, *, actor: Any,
                     note: str = "", **fields: Any) -> None:
    """The guarded stage change (only from the stage the caller read) and its audit row."""
    changed = await Candidate.filter(id=cand.id, stage=cand.stage).using_db(conn).update(stage=to, **fields)
    if not changed:
        raise InvalidState("候选人状态已变化，请刷新后重试")
    await record_audit(_user(actor), "hr.candidate.stage", "hr_candidate", cand.id, using_db=conn,
                       before={"stage": cand.stage.value}, after={"stage": to.value, "note": note, **fields})
    cand.stage = to


async def set_stage(candidate_id: int, stage: CandidateStage, *, note: str = "", actor: Any) -> Candidate:
    async with in_transaction() as conn:
        cand, _ = await load_candidate(candidate_id, actor, conn, lock=True)
        if stage not in MANUAL_MOVES.get(cand.stage, set()):
            raise InvalidState(f"候选人{STAGE_NAMES[cand.stage]}，不能改为{STAGE_NAMES[stage]}")
        await move_stage(conn, cand, stage, actor=actor, note=note)
    return cand


async def candidate_dict(cand: Candidate, *, detail: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": cand.id, "posting_id": cand.posting_id, "name": cand.name,
        "phone": mask_phone(contact.open_value(cand.phone)), "stage": cand.stage.value,
        "stage_name": STAGE_NAMES[cand.stage], "source": cand.source, "note": cand.note,
        "employee_id": cand.employee_id, "created_at": iso(cand.created_at)}
    if detail:
        out["interviews"] = [await interview_dict(i) for i in
                             await Interview.filter(candidate_id=cand.id).order_by("scheduled_at", "id")]
        out["offers"] = [offer_dict(o) for o in await Offer.filter(candidate_id=cand.id).order_by("id")]
    return out


async def list_candidates(*, actor: Any, posting_id: int | None, stage: str | None, offset: int,
                          limit: int) -> dict[str, Any]:
    qs = Candidate.all()
    if posting_id is not None:
        posting = await scope.load(JobPosting, posting_id, actor, missing=POSTING_MISSING)
        qs = qs.filter(posting_id=posting.id)
    elif (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(posting__location_id__in=ids)
    if stage:
        qs = qs.filter(stage=stage)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    return {"items": [await candidate_dict(c) for c in rows], "total": total}


# ---- interviews ------------------------------------------------------------------------------------------


async def schedule_interview(candidate_id: int, *, scheduled_at: dt.datetime, place: str,
                             interviewer_usernames: list[str], actor: Any) -> Interview:
    """Schedule an interview (the candidate moves to interview) and tell each interviewer on WeCom."""
    if scheduled_at.tzinfo is None:
        raise ValidationError("面试时间需带时区，例如 2026-12-08T10:00:00+08:00")
    names = sorted({u.strip() for u in interviewer_usernames if u.strip()})
    if not names:
        raise ValidationError("请至少指定一位面试官")
    async with in_transaction() as conn:
        cand, posting = await load_candidate(candidate_id, actor, conn, lock=True)
        if cand.stage not in (CandidateStage.APPLIED, CandidateStage.SCREENING, CandidateStage.INTERVIEW):
            raise InvalidState(f"候选人{STAGE_NAMES[cand.stage]}，不能安排面试")
        users = await User.filter(username__in=names, is_active=True).using_db(conn)
        missing = sorted(set(names) - {u.username for u in users})
        if missing:
            raise ValidationError(f"面试官 {'、'.join(missing)} 不存在或已停用")
        interview = await Interview.create(candidate_id=cand.id, scheduled_at=scheduled_at, place=place,
                                           interviewer_ids=sorted(u.id for u in users), created_by=_user(actor),
                                           using_db=conn)
        if cand.stage != CandidateStage.INTERVIEW:
            await move_stage(conn, cand, CandidateStage.INTERVIEW, actor=actor, note="安排面试")
        loc = await Location.get(id=posting.location_id).using_db(conn)
        when = to_china(scheduled_at).strftime("%Y-%m-%d %H:%M")
        text = (f"【面试安排】{cand.name} 应聘 {loc.name}「{posting.title}」，面试时间 {when}"
                + (f"，地点 {place}" if place else "") + "。请准时参加。")
        await notifications.enqueue(conn, kind=notifications.KIND_HR_INTERVIEW,
                                    user_ids=await notify.wecom_ids([u.id for u in users], conn),
                                    payload=notifications.text_payload(text),
                                    dedupe_key=f"hr_interview:{interview.id}")
        await record_audit(_user(actor), "hr.interview.schedule", "hr_interview", interview.id, using_db=conn,
                           after={"candidate_id": cand.id, "scheduled_at": iso(scheduled_at), "place": place,
                                  "interviewers": names})
    notifications.kick()
    return interview


async def record_interview(interview_id: int, *, result: InterviewResult, feedback: str, actor: Any) -> Interview:
    async with in_transaction() as conn:
        interview = await Interview.filter(id=interview_id).using_db(conn).select_for_update().first()
        if interview is None:
            scope.not_found(actor, "面试不存在")
        await load_candidate(interview.candidate_id, actor, conn)
        before = {"result": interview.result.value, "feedback": interview.feedback}
        interview.result, interview.feedback = result, feedback
        await interview.save(update_fields=["result", "feedback", "updated_at"], using_db=conn)
        await record_audit(_user(actor), "hr.interview.result", "hr_interview", interview.id, using_db=conn,
                           before=before, after={"result": result.value, "feedback": feedback})
    return interview


async def interview_dict(i: Interview) -> dict[str, Any]:
    names = await User.filter(id__in=list(i.interviewer_ids or [])).order_by("username") \
        .values_list("username", flat=True)
    return {"id": i.id, "candidate_id": i.candidate_id, "scheduled_at": iso(i.scheduled_at), "place": i.place,
            "interviewers": list(names), "result": i.result.value, "feedback": i.feedback,
            "created_at": iso(i.created_at)}


# ---- offers ----------------------------------------------------------------------------------------------


async def make_offer(candidate_id: int, *, monthly_salary_fen: int, start_on: dt.date, actor: Any) -> Offer:
    """An offer after a passed interview; the candidate moves to offer."""
    if monthly_salary_fen <= 0:
        raise ValidationError("月薪必须大于 0")
    if start_on < business_today():
        raise ValidationError("入职日期不能早于今天")
    async with in_transaction() as conn:
        cand, _ = await load_candidate(candidate_id, actor, conn, lock=True)
        if cand.stage != CandidateStage.INTERVIEW:
            raise InvalidState(f"候选人{STAGE_NAMES[cand.stage]}，面试通过后才能发录用")
        if not await Interview.filter(candidate_id=cand.id, result=InterviewResult.PASSED).using_db(conn).exists():
            raise InvalidState("候选人还没有通过的面试")
        offer = await Offer.create(candidate_id=cand.id, monthly_salary_fen=monthly_salary_fen, start_on=start_on,
                                   created_by=_user(actor), using_db=conn)
        await move_stage(conn, cand, CandidateStage.OFFER, actor=actor, note="发出录用")
        await record_audit(_user(actor), "hr.offer.create", "hr_offer", offer.id, using_db=conn,
                           after={"candidate_id": cand.id, "monthly_salary_fen": monthly_salary_fen,
                                  "start_on": iso(start_on)})
    return offer


async def decide_offer(offer_id: int, *, accepted: bool, actor: Any) -> Offer:
    """The candidate's answer, recorded by staff. Declined: the candidate is not hired (rejected)."""
    async with in_transaction() as conn:
        offer = await Offer.filter(id=offer_id).using_db(conn).select_for_update().first()
        if offer is None:
            scope.not_found(actor, "录用通知不存在")
        cand, _ = await load_candidate(offer.candidate_id, actor, conn, lock=True)
        if offer.status != OfferStatus.PENDING:
            raise InvalidState("该录用通知已有答复")
        offer.status = OfferStatus.ACCEPTED if accepted else OfferStatus.DECLINED
        offer.decided_at = dt.datetime.now(dt.UTC)
        await offer.save(update_fields=["status", "decided_at"], using_db=conn)
        if not accepted and cand.stage == CandidateStage.OFFER:
            await move_stage(conn, cand, CandidateStage.REJECTED, actor=actor, note="候选人拒绝录用")
        await record_audit(_user(actor), "hr.offer.decide", "hr_offer", offer.id, using_db=conn,
                           before={"status": "pending"}, after={"status": offer.status.value})
    return offer


def offer_dict(o: Offer) -> dict[str, Any]:
    return {"id": o.id, "candidate_id": o.candidate_id, "monthly_salary_fen": o.monthly_salary_fen,
            "start_on": iso(o.start_on), "status": o.status.value, "decided_at": iso(o.decided_at),
            "created_at": iso(o.created_at)}
