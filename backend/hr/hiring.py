"""Hiring: a candidate whose offer was accepted becomes an employee record AND a staff account, in one
transaction. The account is made by the staff account service (backend.staff.accounts.create_user: unique
username, hashed password, audited) with the posting's role and the posting's store as its only store scope; the
employee record is linked to it and starts its position history at the offer's start date. A second hire of the
same candidate (a retried request, two HQ users at once) finds the candidate hired and changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, InvalidState
from backend.hr import contact, employees
from backend.hr.models import (
    Candidate,
    CandidateStage,
    Employee,
    JobPosting,
    Offer,
    OfferStatus,
    PostingStatus,
)
from backend.hr.recruiting import STAGE_NAMES, load_candidate, move_stage
from backend.org.models import Location, User
from backend.staff import accounts
from backend.staff.phones import seal_phone as seal_staff_phone
from backend.timestamps import iso


@dataclass(frozen=True)
class Hire:
    username: str
    password: str
    contract_start: dt.date | None = None  # default: the offer's start date
    contract_end: dt.date | None = None
    address: str | None = None
    wecom_userid: str | None = None
    employee_no: str | None = None


async def hire(candidate_id: int, terms: Hire, *, actor: Any) -> tuple[Employee, User]:
    async with in_transaction() as conn:
        cand, posting = await load_candidate(candidate_id, actor, conn, lock=True)
        if cand.stage != CandidateStage.OFFER:
            raise InvalidState(f"候选人{STAGE_NAMES[cand.stage]}，接受录用后才能办理入职")
        offer = await Offer.filter(candidate_id=cand.id, status=OfferStatus.ACCEPTED).using_db(conn) \
            .order_by("-id").first()
        if offer is None:
            raise InvalidState("候选人尚未接受录用")
        loc = await Location.get(id=posting.location_id).using_db(conn)
        if terms.wecom_userid and await User.filter(wecom_userid=terms.wecom_userid).using_db(conn).exists():
            raise Conflict(f"企业微信账号 {terms.wecom_userid} 已绑定其他员工")
        account = accounts.NewUser(username=terms.username, display_name=cand.name, role=posting.role,
                                   password=terms.password, location_codes=[loc.code])
        user = await accounts.create_user(account, actor_user=getattr(actor, "user", actor), via="hr")
        phone = contact.open_value(cand.phone)
        user.phone, user.wecom_userid = seal_staff_phone(phone), terms.wecom_userid or None
        await user.save(update_fields=["phone", "wecom_userid"], using_db=conn)
        emp = await employees.create(employees.NewEmployee(
            name=cand.name, location_code=loc.code, position=posting.position, hired_on=offer.start_on,
            phone=phone, address=terms.address, contract_start=terms.contract_start or offer.start_on,
            contract_end=terms.contract_end, username=user.username, employee_no=terms.employee_no,
            candidate_id=cand.id), actor=actor, conn=conn, via="hr")
        await move_stage(conn, cand, CandidateStage.HIRED, actor=actor, note="办理入职", employee_id=emp.id)
        filled = await Candidate.filter(posting_id=posting.id, stage=CandidateStage.HIRED).using_db(conn).count()
        if filled >= posting.headcount and posting.status == PostingStatus.OPEN:
            await JobPosting.filter(id=posting.id).using_db(conn).update(status=PostingStatus.CLOSED)
        await record_audit(getattr(actor, "user", actor), "hr.candidate.hire", "hr_candidate", cand.id,
                           using_db=conn, after={"employee_id": emp.id, "employee_no": emp.employee_no,
                                                 "username": user.username, "role": user.role.value,
                                                 "location_code": loc.code, "start_on": iso(offer.start_on),
                                                 "posting_closed": filled >= posting.headcount})
    return emp, user
