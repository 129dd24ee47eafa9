"""Performance reviews: a month's review of one employee, written by their store manager (or HQ), with the sales,
orders and commission of that month from the staff figures (backend.staff.performance: orders the employee's
staff account sold, net of refunds; commission at their rate) kept with the review as they were when written.
One review per employee and month; audited."""

from __future__ import annotations

import re
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import Conflict, ValidationError
from backend.hr import scope
from backend.hr.models import Employee, PerformanceReview
from backend.staff import performance
from backend.timestamps import iso

MISSING = "员工档案不存在"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


async def figures(emp: Employee, month: str) -> dict[str, int]:
    """The employee's sales figures of the month (zeros without a staff account or sales)."""
    if not _MONTH.match(month):
        raise ValidationError("月份格式应为 YYYY-MM")
    empty = {"orders": 0, "sales_fen": 0, "commission_fen": 0, "rate_bp": 0}
    if emp.user_id is None:
        return empty
    items = (await performance.commissions(month, seller_ids=[emp.user_id]))["items"]
    return {k: int(items[0][k]) for k in empty} if items else empty


async def performance_of(employee_id: int, month: str, *, actor: Any) -> dict[str, Any]:
    emp = await scope.load(Employee, employee_id, actor, missing=MISSING)
    review = await PerformanceReview.get_or_none(employee_id=emp.id, period=month)
    return {"employee_id": emp.id, "month": month, "figures": await figures(emp, month),
            "review": review_dict(review, emp) if review else None}


async def create(employee_id: int, *, period: str, score: int, comments: str, actor: Any) -> PerformanceReview:
    if not 1 <= score <= 5:
        raise ValidationError("评分须在 1 到 5 之间")
    emp = await scope.load(Employee, employee_id, actor, missing=MISSING)
    numbers = await figures(emp, period)
    try:
        async with in_transaction() as conn:
            review = await PerformanceReview.create(employee_id=emp.id, period=period, score=score,
                                                    comments=comments, reviewer=getattr(actor, "user", actor),
                                                    using_db=conn, **numbers)
            await record_audit(getattr(actor, "user", actor), "hr.review.create", "hr_performance_review", review.id,
                               using_db=conn, after={"employee_id": emp.id, "period": period, "score": score,
                                                     **numbers})
    except IntegrityError as exc:
        raise Conflict(f"{emp.name} {period} 的绩效评估已存在") from exc
    return review


def review_dict(r: PerformanceReview, emp: Employee) -> dict[str, Any]:
    return {"id": r.id, "employee_id": emp.id, "employee_no": emp.employee_no, "name": emp.name, "period": r.period,
            "orders": r.orders, "sales_fen": r.sales_fen, "commission_fen": r.commission_fen, "rate_bp": r.rate_bp,
            "score": r.score, "comments": r.comments, "reviewer_id": r.reviewer_id, "created_at": iso(r.created_at)}


async def listing(*, actor: Any, period: str | None, employee_id: int | None, offset: int,
                  limit: int) -> dict[str, Any]:
    qs = PerformanceReview.all()
    if employee_id is not None:
        emp = await scope.load(Employee, employee_id, actor, missing=MISSING)
        qs = qs.filter(employee_id=emp.id)
    elif (ids := scope.location_ids(actor)) is not None:
        qs = qs.filter(employee__location_id__in=ids)
    if period:
        qs = qs.filter(period=period)
    total = await qs.count()
    rows = await qs.select_related("employee").order_by("-period", "employee_id").offset(offset).limit(limit)
    return {"items": [review_dict(r, r.employee) for r in rows], "total": total}
