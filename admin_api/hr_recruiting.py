"""Recruiting and training under /admin/api/v1/hr (backend.hr.recruiting, .hiring, .training): job postings per
store, candidates and their stages, interviews (interviewers told on WeCom), offers, hiring (HQ: an employee record
and a staff account), courses, sessions and their attendance sheet. Store managers work on their own stores."""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from admin_api.common import PageQuery, doc_body
from backend.hr import employees, hiring, recruiting, training
from backend.hr.models import Candidate, CandidateStage, InterviewResult, PostingStatus
from backend.http import Body, created, ok, parse_body, parse_query
from backend.org.models import Role
from backend.security import current_actor, requires
from backend.staff import accounts

bp = Blueprint("admin_hr_recruiting", url_prefix="/hr")


# ---- postings --------------------------------------------------------------------------------------------


class PostingQuery(PageQuery):
    location_code: str | None = Field(default=None, max_length=32)
    status: PostingStatus | None = None


class PostingIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    title: str = Field(min_length=1, max_length=64)
    position: str = Field(min_length=1, max_length=64)
    role: Role = Role.CLERK
    headcount: int = Field(default=1, ge=1, le=100)
    description: str = Field(default="", max_length=2000)


class PostingStatusIn(Body):
    status: PostingStatus


@bp.get("/postings")
@requires(Role.STORE_MANAGER)
async def list_postings(request: Request) -> HTTPResponse:
    q = parse_query(request, PostingQuery)
    offset, limit = q.window()
    result = await recruiting.list_postings(actor=current_actor(request), location_code=q.location_code,
                                            status=q.status.value if q.status else None, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/postings")
@doc_body(PostingIn)
@requires(Role.STORE_MANAGER)
async def create_posting(request: Request) -> HTTPResponse:
    """A job posting at a store: the position of the employee record and the role of the staff account a hire
    gets (clerk, store_manager or live_seller)."""
    body = parse_body(request, PostingIn)
    posting = await recruiting.create_posting(recruiting.NewPosting(**body.model_dump()),
                                              actor=current_actor(request))
    return created(await recruiting.posting_dict(posting))


@bp.patch("/postings/<posting_id:int>")
@doc_body(PostingStatusIn)
@requires(Role.STORE_MANAGER)
async def set_posting_status(request: Request, posting_id: int) -> HTTPResponse:
    """Close (or reopen) a posting."""
    body = parse_body(request, PostingStatusIn)
    posting = await recruiting.set_posting_status(posting_id, body.status, actor=current_actor(request))
    return ok(await recruiting.posting_dict(posting))


# ---- candidates, interviews, offers, hiring ---------------------------------------------------------------


class CandidateQuery(PageQuery):
    posting_id: int | None = Field(default=None, ge=1)
    stage: CandidateStage | None = None


class CandidateIn(Body):
    posting_id: int = Field(ge=1)
    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(min_length=1, max_length=20)
    source: str = Field(default="", max_length=32)
    note: str = Field(default="", max_length=2000)


class StageIn(Body):
    stage: CandidateStage
    note: str = Field(default="", max_length=255)


class InterviewIn(Body):
    scheduled_at: dt.datetime
    place: str = Field(default="", max_length=128)
    interviewers: list[str] = Field(min_length=1, max_length=10)  # staff usernames


class InterviewResultIn(Body):
    result: InterviewResult
    feedback: str = Field(default="", max_length=2000)


class OfferIn(Body):
    monthly_salary_fen: int = Field(gt=0, le=100_000_000)
    start_on: dt.date


class OfferDecisionIn(Body):
    accepted: bool


class HireIn(Body):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    address: str | None = Field(default=None, max_length=255)
    wecom_userid: str | None = Field(default=None, min_length=1, max_length=64)
    employee_no: str | None = Field(default=None, min_length=1, max_length=32)


@bp.get("/candidates")
@requires(Role.STORE_MANAGER)
async def list_candidates(request: Request) -> HTTPResponse:
    q = parse_query(request, CandidateQuery)
    offset, limit = q.window()
    result = await recruiting.list_candidates(actor=current_actor(request), posting_id=q.posting_id,
                                              stage=q.stage.value if q.stage else None, offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/candidates")
@doc_body(CandidateIn)
@requires(Role.STORE_MANAGER)
async def add_candidate(request: Request) -> HTTPResponse:
    """A candidate for an open posting (phone sealed at rest; one application per phone and posting)."""
    body = parse_body(request, CandidateIn)
    cand = await recruiting.add_candidate(body.posting_id, name=body.name, phone=body.phone, source=body.source,
                                          note=body.note, actor=current_actor(request))
    return created(await recruiting.candidate_dict(cand))


@bp.get("/candidates/<candidate_id:int>")
@requires(Role.STORE_MANAGER)
async def get_candidate(request: Request, candidate_id: int) -> HTTPResponse:
    cand, _ = await recruiting.load_candidate(candidate_id, current_actor(request))
    return ok(await recruiting.candidate_dict(cand, detail=True))


@bp.post("/candidates/<candidate_id:int>/stage")
@doc_body(StageIn)
@requires(Role.STORE_MANAGER)
async def set_candidate_stage(request: Request, candidate_id: int) -> HTTPResponse:
    """applied -> screening; any open stage -> rejected (interview, offer and hired come from their actions)."""
    body = parse_body(request, StageIn)
    cand = await recruiting.set_stage(candidate_id, body.stage, note=body.note, actor=current_actor(request))
    return ok(await recruiting.candidate_dict(cand))


@bp.post("/candidates/<candidate_id:int>/interviews")
@doc_body(InterviewIn)
@requires(Role.STORE_MANAGER)
async def schedule_interview(request: Request, candidate_id: int) -> HTTPResponse:
    """Schedule an interview; each interviewer bound to WeCom gets a message (the staff outbox)."""
    body = parse_body(request, InterviewIn)
    interview = await recruiting.schedule_interview(candidate_id, scheduled_at=body.scheduled_at, place=body.place,
                                                    interviewer_usernames=body.interviewers,
                                                    actor=current_actor(request))
    return created(await recruiting.interview_dict(interview))


@bp.patch("/interviews/<interview_id:int>")
@doc_body(InterviewResultIn)
@requires(Role.STORE_MANAGER)
async def record_interview(request: Request, interview_id: int) -> HTTPResponse:
    body = parse_body(request, InterviewResultIn)
    interview = await recruiting.record_interview(interview_id, result=body.result, feedback=body.feedback,
                                                  actor=current_actor(request))
    return ok(await recruiting.interview_dict(interview))


@bp.post("/candidates/<candidate_id:int>/offers")
@doc_body(OfferIn)
@requires(Role.STORE_MANAGER)
async def make_offer(request: Request, candidate_id: int) -> HTTPResponse:
    """An offer (monthly salary in fen, start date) after a passed interview."""
    body = parse_body(request, OfferIn)
    offer = await recruiting.make_offer(candidate_id, monthly_salary_fen=body.monthly_salary_fen,
                                        start_on=body.start_on, actor=current_actor(request))
    return created(recruiting.offer_dict(offer))


@bp.post("/offers/<offer_id:int>/decision")
@doc_body(OfferDecisionIn)
@requires(Role.STORE_MANAGER)
async def decide_offer(request: Request, offer_id: int) -> HTTPResponse:
    """The candidate's answer: accepted (ready to hire) or declined (the candidate is not hired)."""
    body = parse_body(request, OfferDecisionIn)
    offer = await recruiting.decide_offer(offer_id, accepted=body.accepted, actor=current_actor(request))
    return ok(recruiting.offer_dict(offer))


@bp.post("/candidates/<candidate_id:int>/hire")
@doc_body(HireIn)
@requires(Role.HQ_ADMIN)
async def hire_candidate(request: Request, candidate_id: int) -> HTTPResponse:
    """Hire a candidate whose offer was accepted: an employee record and a staff account (the posting's role and
    store, this username and initial password) in one transaction."""
    body = parse_body(request, HireIn)
    emp, user = await hiring.hire(candidate_id, hiring.Hire(**body.model_dump()), actor=current_actor(request))
    return created({"employee": await employees.employee_dict(emp, detail=True),
                    "user": await accounts.user_dict(user),
                    "candidate": await recruiting.candidate_dict(await Candidate.get(id=candidate_id))})


# ---- training --------------------------------------------------------------------------------------------


class CourseIn(Body):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=128)
    description: str = Field(default="", max_length=2000)
    duration_minutes: int = Field(default=60, ge=1, le=10_000)
    pass_score: int = Field(default=60, ge=0, le=100)


class SessionIn(Body):
    course_code: str = Field(min_length=1, max_length=32)
    location_code: str = Field(min_length=1, max_length=32)
    starts_at: dt.datetime
    ends_at: dt.datetime
    trainer: str = Field(default="", max_length=64)
    capacity: int | None = Field(default=None, ge=1, le=1000)


class OutcomeIn(Body):
    employee_id: int = Field(ge=1)
    attended: bool | None = None
    score: int | None = Field(default=None, ge=0, le=100)
    note: str = Field(default="", max_length=255)


class SheetIn(Body):
    items: list[OutcomeIn] = Field(min_length=1, max_length=200)


@bp.get("/courses")
@requires(Role.STORE_MANAGER)
async def list_courses(request: Request) -> HTTPResponse:
    return ok({"items": await training.list_courses()})


@bp.post("/courses")
@doc_body(CourseIn)
@requires(Role.HQ_ADMIN)
async def create_course(request: Request) -> HTTPResponse:
    body = parse_body(request, CourseIn)
    course = await training.create_course(**body.model_dump(), actor=current_actor(request))
    return created(training.course_dict(course))


@bp.get("/training/sessions")
@requires(Role.STORE_MANAGER)
async def list_sessions(request: Request) -> HTTPResponse:
    q = parse_query(request, PageQuery)
    offset, limit = q.window()
    result = await training.list_sessions(actor=current_actor(request), offset=offset, limit=limit)
    return ok(q.page_of(result))


@bp.post("/training/sessions")
@doc_body(SessionIn)
@requires(Role.STORE_MANAGER)
async def create_session(request: Request) -> HTTPResponse:
    body = parse_body(request, SessionIn)
    session = await training.create_session(training.NewSession(**body.model_dump()), actor=current_actor(request))
    return created(await training.session_dict(session, detail=True))


@bp.get("/training/sessions/<session_id:int>")
@requires(Role.STORE_MANAGER)
async def get_session(request: Request, session_id: int) -> HTTPResponse:
    return ok(await training.get_session(session_id, actor=current_actor(request)))


@bp.post("/training/sessions/<session_id:int>/records")
@doc_body(SheetIn)
@requires(Role.STORE_MANAGER)
async def record_training(request: Request, session_id: int) -> HTTPResponse:
    """Enrol employees (attended null) and record attendance and scores; passed = score >= the course's pass
    score."""
    body = parse_body(request, SheetIn)
    session = await training.record(session_id, [training.Outcome(**i.model_dump()) for i in body.items],
                                    actor=current_actor(request))
    return ok(await training.session_dict(session, detail=True))
