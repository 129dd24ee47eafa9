"""Employee records: create (by hand, or by hiring a candidate: backend.hr.hiring), change contact and contract
dates, position changes (position history), store transfers (the staff account's store scope moves with the
employee), leaving (the linked staff account is deactivated). Store managers keep the records of their own stores; HQ all. Every change is audited, with the
contact details masked in the audit row."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, Forbidden, ValidationError
from backend.fieldcrypt import mask_phone
from backend.hr import contact, scope
from backend.hr.models import Employee, EmployeeStatus, PositionRecord, StoreTransfer
from backend.org.models import CHAIN_WIDE_ROLES, Location, LocationKind, Role, User, UserLocation
from backend.staff import accounts
from backend.timestamps import business_today, iso

MISSING = "员工档案不存在"
OFFBOARDED_BY_STORE = frozenset({Role.CLERK, Role.LIVE_SELLER})  # accounts a store manager may end


@dataclass(frozen=True)
class NewEmployee:
    name: str
    location_code: str
    position: str
    hired_on: dt.date
    phone: str | None = None
    address: str | None = None
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    username: str | None = None  # an existing staff account to link
    employee_no: str | None = None
    candidate_id: int | None = None


def _check_contract(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise ValidationError("合同结束日期不能早于开始日期")


async def _store(code: str, actor: Any, conn: BaseDBAsyncClient) -> Location:
    loc = await scope.location_by_code(code, actor, conn)
    if loc.kind != LocationKind.STORE:
        raise ValidationError(f"{loc.code} 不是门店")
    return loc


async def _linkable_user(username: str, location_id: int, conn: BaseDBAsyncClient) -> User:
    user = await User.get_or_none(username=username).using_db(conn)
    if user is None:
        raise ValidationError(f"员工账号 {username} 不存在")
    if await Employee.filter(user_id=user.id).using_db(conn).exists():
        raise Conflict(f"账号 {username} 已关联其他员工档案")
    if user.role not in CHAIN_WIDE_ROLES and not await UserLocation.filter(
            user_id=user.id, location_id=location_id).using_db(conn).exists():
        raise ValidationError(f"账号 {username} 不属于该门店")
    return user


async def create(new: NewEmployee, *, actor: Any, conn: BaseDBAsyncClient, via: str = "admin") -> Employee:
    """Inside the caller's transaction (hiring creates the account in the same one)."""
    _check_contract(new.contract_start, new.contract_end)
    loc = await _store(new.location_code, actor, conn)
    phone, index = contact.seal_phone(new.phone)
    user = await _linkable_user(new.username, loc.id, conn) if new.username else None
    if new.employee_no and await Employee.filter(employee_no=new.employee_no).using_db(conn).exists():
        raise Conflict(f"工号 {new.employee_no} 已存在")
    emp = await Employee.create(
        employee_no=new.employee_no or f"TMP-{uuid.uuid4().hex[:20]}", name=new.name.strip(), user=user,
        location_id=loc.id, position=new.position.strip(), phone=phone, phone_index=index,
        address=contact.seal_text(new.address), hired_on=new.hired_on, contract_start=new.contract_start,
        contract_end=new.contract_end, candidate_id=new.candidate_id, using_db=conn)
    if not new.employee_no:
        emp.employee_no = f"E{emp.id:06d}"
        await emp.save(update_fields=["employee_no"], using_db=conn)
    await PositionRecord.create(employee_id=emp.id, position=emp.position, location_id=loc.id,
                                starts_on=new.hired_on, reason="入职", created_by=_user(actor), using_db=conn)
    await record_audit(_user(actor), "hr.employee.create", "hr_employee", emp.id, via=via, using_db=conn,
                       after=_audit_view(emp, loc.code, user.username if user else None))
    return emp


def _user(actor: Any) -> Any:
    return getattr(actor, "user", actor)


def _audit_view(emp: Employee, location_code: str, username: str | None) -> dict[str, Any]:
    return {"employee_no": emp.employee_no, "name": emp.name, "location_code": location_code,
            "position": emp.position, "phone": mask_phone(contact.open_value(emp.phone)),
            "address": "已加密" if emp.address else "", "hired_on": iso(emp.hired_on),
            "contract_start": iso(emp.contract_start), "contract_end": iso(emp.contract_end),
            "username": username, "status": emp.status.value, "left_on": iso(emp.left_on)}


async def create_employee(new: NewEmployee, *, actor: Any) -> Employee:
    async with in_transaction() as conn:
        return await create(new, actor=actor, conn=conn)


UPDATABLE = ("name", "phone", "address", "contract_start", "contract_end", "status", "left_on", "username")


async def update(employee_id: int, changes: dict[str, Any], *, actor: Any) -> Employee:
    """Change name, contact, contract dates, link a staff account, or record leaving (status left + left_on)."""
    changes = {k: v for k, v in changes.items() if k in UPDATABLE}
    if not changes:
        raise ValidationError("没有要修改的字段")
    async with in_transaction() as conn:
        emp = await scope.load(Employee, employee_id, actor, missing=MISSING, conn=conn, lock=True)
        loc = await Location.get(id=emp.location_id).using_db(conn)
        before = _audit_view(emp, loc.code, await _username(emp, conn))
        if "name" in changes:
            emp.name = str(changes["name"]).strip()
        if "phone" in changes:
            emp.phone, emp.phone_index = contact.seal_phone(changes["phone"])
        if "address" in changes:
            emp.address = contact.seal_text(changes["address"])
        for key in ("contract_start", "contract_end"):
            if key in changes:
                setattr(emp, key, changes[key])
        _check_contract(emp.contract_start, emp.contract_end)
        if "username" in changes:
            emp.user = await _linkable_user(changes["username"], emp.location_id, conn) \
                if changes["username"] else None
        if changes.get("status") == EmployeeStatus.LEFT and emp.status != EmployeeStatus.LEFT:
            emp.status = EmployeeStatus.LEFT
            emp.left_on = changes.get("left_on") or business_today()
            await PositionRecord.filter(employee_id=emp.id, ends_on__isnull=True).using_db(conn).update(
                ends_on=emp.left_on)
            await _deactivate_account(emp, actor, conn)
        elif changes.get("status") == EmployeeStatus.ACTIVE and emp.status == EmployeeStatus.LEFT:
            raise ValidationError("离职员工重新入职请新建档案")
        await emp.save(using_db=conn)
        after = _audit_view(emp, loc.code, await _username(emp, conn))
        await record_audit(_user(actor), "hr.employee.update", "hr_employee", emp.id, using_db=conn,
                           before={k: v for k, v in before.items() if after.get(k) != v},
                           after={k: v for k, v in after.items() if before.get(k) != v})
    return emp


async def _deactivate_account(emp: Employee, actor: Any, conn: BaseDBAsyncClient) -> None:
    """Leaving ends the linked staff account (deactivated, its sessions ended: backend.staff.accounts). A store
    manager may offboard the store's clerks and live sellers; another manager's account is HQ's to end."""
    if emp.user_id is None:
        return
    user = await User.get(id=emp.user_id).using_db(conn)
    if not user.is_active:
        return
    if actor.location_ids is not None and user.role not in OFFBOARDED_BY_STORE:
        raise Forbidden("该员工的账号须由总部停用，请联系总部办理离职")
    await accounts.update_user(user.id, {"is_active": False},
                               actor_user=_user(actor), via="hr")


async def _username(emp: Employee, conn: BaseDBAsyncClient | None = None) -> str | None:
    if emp.user_id is None:
        return None
    return await User.filter(id=emp.user_id).using_db(conn).first().values_list("username", flat=True)


async def change_position(employee_id: int, *, position: str, starts_on: dt.date, reason: str,
                          actor: Any) -> Employee:
    """A promotion or role change at the same store: the open position record ends the day before."""
    async with in_transaction() as conn:
        emp = await scope.load(Employee, employee_id, actor, missing=MISSING, conn=conn, lock=True)
        _require_active(emp)
        before = emp.position
        await _close_open_record(emp, starts_on, conn)
        emp.position = position.strip()
        await emp.save(update_fields=["position", "updated_at"], using_db=conn)
        await PositionRecord.create(employee_id=emp.id, position=emp.position, location_id=emp.location_id,
                                    starts_on=starts_on, reason=reason, created_by=_user(actor), using_db=conn)
        await record_audit(_user(actor), "hr.employee.position", "hr_employee", emp.id, using_db=conn,
                           before={"position": before},
                           after={"position": emp.position, "starts_on": iso(starts_on), "reason": reason})
    return emp


def _require_active(emp: Employee) -> None:
    if emp.status != EmployeeStatus.ACTIVE:
        raise ValidationError("该员工已离职")


async def _close_open_record(emp: Employee, starts_on: dt.date, conn: BaseDBAsyncClient) -> None:
    current = await PositionRecord.filter(employee_id=emp.id, ends_on__isnull=True).using_db(conn) \
        .order_by("-starts_on").first()
    if current is not None and starts_on <= current.starts_on:
        raise ValidationError("生效日期必须晚于当前岗位的开始日期")
    await PositionRecord.filter(employee_id=emp.id, ends_on__isnull=True).using_db(conn).update(
        ends_on=starts_on - dt.timedelta(days=1))


async def transfer(employee_id: int, *, to_location_code: str, effective_on: dt.date, reason: str,
                   actor: Any) -> Employee:
    """Move an employee to another store: a transfer row, the position history, and the staff account's store
    scope (its old store replaced by the new one; its sessions end, as any scope change does)."""
    async with in_transaction() as conn:
        emp = await scope.load(Employee, employee_id, actor, missing=MISSING, conn=conn, lock=True)
        _require_active(emp)
        to = await _store(to_location_code, actor, conn)
        if to.id == emp.location_id:
            raise ValidationError("调入门店与当前门店相同")
        src = await Location.get(id=emp.location_id).using_db(conn)
        await _close_open_record(emp, effective_on, conn)
        await StoreTransfer.create(employee_id=emp.id, from_location_id=src.id, to_location_id=to.id,
                                   effective_on=effective_on, reason=reason, created_by=_user(actor),
                                   using_db=conn)
        await PositionRecord.create(employee_id=emp.id, position=emp.position, location_id=to.id,
                                    starts_on=effective_on, reason=reason or "调店", created_by=_user(actor),
                                    using_db=conn)
        emp.location_id = to.id
        await emp.save(update_fields=["location_id", "updated_at"], using_db=conn)
        if emp.user_id is not None:
            user = await User.get(id=emp.user_id).using_db(conn)
            if user.role not in CHAIN_WIDE_ROLES:
                codes = set(await Location.filter(staff__user_id=user.id).using_db(conn)
                            .values_list("code", flat=True))
                await accounts.set_scopes(user.id, sorted((codes - {src.code}) | {to.code}),
                                          actor_user=_user(actor), via="hr")
        await record_audit(_user(actor), "hr.employee.transfer", "hr_employee", emp.id, using_db=conn,
                           before={"location_code": src.code},
                           after={"location_code": to.code, "effective_on": iso(effective_on), "reason": reason})
    return emp


async def reveal_contact(employee_id: int, *, actor: Any) -> dict[str, str]:
    """The plain phone and address, for a caller who may read the record; each read is audited (PIPL)."""
    async with in_transaction() as conn:
        emp = await scope.load(Employee, employee_id, actor, missing=MISSING, conn=conn)
        await record_audit(_user(actor), "hr.employee.contact_read", "hr_employee", emp.id, using_db=conn,
                           after={"fields": ["phone", "address"]})
    return contact.contact(emp.phone, emp.address, reveal=True)


# ---- reading ---------------------------------------------------------------------------------------------


async def employee_dict(emp: Employee, *, detail: bool = False, loc: Location | None = None,
                        username: str | None = None) -> dict[str, Any]:
    """``loc`` and ``username`` when the caller loaded them for a whole page (else read here)."""
    loc = loc or await Location.get(id=emp.location_id)
    if username is None and emp.user_id is not None:
        username = await _username(emp)
    out: dict[str, Any] = {
        "id": emp.id, "employee_no": emp.employee_no, "name": emp.name, "position": emp.position,
        "status": emp.status.value, "location_code": loc.code, "location_name": loc.name,
        "username": username, **contact.contact(emp.phone, emp.address, reveal=False),
        "hired_on": iso(emp.hired_on), "contract_start": iso(emp.contract_start),
        "contract_end": iso(emp.contract_end), "left_on": iso(emp.left_on), "created_at": iso(emp.created_at),
    }
    if detail:
        out["positions"] = [
            {"position": p.position, "location_code": p.location.code, "starts_on": iso(p.starts_on),
             "ends_on": iso(p.ends_on), "reason": p.reason}
            for p in await PositionRecord.filter(employee_id=emp.id).select_related("location")
            .order_by("starts_on", "id")]
        out["transfers"] = [
            {"from_location_code": t.from_location.code, "to_location_code": t.to_location.code,
             "effective_on": iso(t.effective_on), "reason": t.reason, "created_at": iso(t.created_at)}
            for t in await StoreTransfer.filter(employee_id=emp.id)
            .select_related("from_location", "to_location").order_by("effective_on", "id")]
    return out


async def get(employee_id: int, *, actor: Any) -> dict[str, Any]:
    emp = await scope.load(Employee, employee_id, actor, missing=MISSING)
    return await employee_dict(emp, detail=True)


async def listing(*, actor: Any, location_code: str | None, status: str | None, q: str | None,
                  offset: int, limit: int) -> dict[str, Any]:
    qs = Employee.all()
    if location_code:
        qs = qs.filter(location_id=(await scope.location_by_code(location_code, actor)).id)
    elif (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(location_id__in=ids)
    if status:
        qs = qs.filter(status=status)
    if q:
        cond = Q(name__icontains=q) | Q(employee_no__icontains=q) | Q(position__icontains=q)
        try:
            cond |= Q(phone_index=contact.phone_index(q))
        except ValidationError:
            pass  # not a phone number
        qs = qs.filter(cond)
    total = await qs.count()
    rows = await qs.order_by("location_id", "employee_no").offset(offset).limit(limit)
    locs = {loc.id: loc for loc in await Location.filter(id__in={e.location_id for e in rows})}
    names = dict(await User.filter(id__in={e.user_id for e in rows if e.user_id}).values_list("id", "username"))
    return {"items": [await employee_dict(e, loc=locs[e.location_id], username=names.get(e.user_id))
                      for e in rows], "total": total}


def require_staff_directory(actor: Any) -> None:
    """The staff directory of /api/v1/hr: store-bound staff see their stores; nobody without a store."""
    if actor.location_ids is not None and not actor.location_ids:
        raise Forbidden(scope.REFUSED)

