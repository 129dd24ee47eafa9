"""Expenses with attachments and approval, and budgets per store and account with actual against budget
(backend.finance.expenses, backend.finance.budgets), under /admin/api/v1/finance."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictInt
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from admin_api.common import PageQuery, Query
from backend.finance import budgets, expenses
from backend.finance.exports import content_disposition
from backend.http import Body, created, ok, parse_body, parse_query, upload_route
from backend.org.models import Role
from backend.security import current_actor, requires

bp = Blueprint("admin_expenses", url_prefix="/")


class ExpenseIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    account: str = Field(min_length=4, max_length=16)
    date: dt.date
    amount_fen: StrictInt = Field(gt=0, le=expenses.MAX_FEN)
    pay_method: str = Field(pattern="^(bank|cash|accrued)$")
    payee: str = Field(default="", max_length=64)
    memo: str = Field(default="", max_length=255)


class RejectIn(Body):
    reason: str = Field(min_length=1, max_length=255)


class BudgetItemIn(Body):
    account: str = Field(min_length=4, max_length=16)
    amount_fen: StrictInt = Field(ge=0, le=budgets.MAX_FEN)


class BudgetIn(Body):
    location_code: str = Field(min_length=1, max_length=32)
    month: str = Field(min_length=7, max_length=7)
    items: list[BudgetItemIn] = Field(min_length=1, max_length=200)


class ExpenseQuery(PageQuery):
    status: str | None = Field(default=None, max_length=16)


class BudgetQuery(Query):
    location_code: str = Field(min_length=1, max_length=32)
    month: str = Field(min_length=7, max_length=7)


@bp.post("/finance/expenses")
@requires(Role.FINANCE)
async def create_expense(request: Request) -> HTTPResponse:
    """{location_code, account, date, amount_fen, pay_method: bank|cash|accrued, payee, memo}: pending."""
    body = parse_body(request, ExpenseIn)
    exp = await expenses.create(body.to(expenses.NewExpense), user=current_actor(request).user)
    return created(await expenses.expense_json(exp))


@bp.get("/finance/expenses")
@requires(Role.FINANCE)
async def list_expenses(request: Request) -> HTTPResponse:
    q = parse_query(request, ExpenseQuery)
    offset, limit = q.window()
    return ok(await expenses.list_expenses(q.status, offset, limit))


@bp.get("/finance/expenses/<expense_id:int>")
@requires(Role.FINANCE)
async def get_expense(request: Request, expense_id: int) -> HTTPResponse:
    return ok(await expenses.expense_json(await expenses.load(expense_id)))


@bp.post("/finance/expenses/<expense_id:int>/attachments")
@upload_route
@requires(Role.FINANCE)
async def attach(request: Request, expense_id: int) -> HTTPResponse:
    """multipart "file" (PDF, JPG, PNG; 5 MB at most)."""
    f = request.files.get("file") if request.files else None
    data, name = (f.body, f.name) if f is not None else (request.body, "attachment")
    await expenses.attach(expense_id, name, data, user=current_actor(request).user)
    return created(await expenses.expense_json(await expenses.load(expense_id)))


@bp.get("/finance/expenses/<expense_id:int>/attachments/<attachment_id:int>")
@requires(Role.FINANCE)
async def download_attachment(request: Request, expense_id: int, attachment_id: int) -> HTTPResponse:
    att = await expenses.attachment(expense_id, attachment_id)
    ext = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}[att.content_type]
    return raw(bytes(att.data), content_type=att.content_type,
               headers={"Content-Disposition": content_disposition(att.filename, f"attachment-{att.id}.{ext}")})


@bp.post("/finance/expenses/<expense_id:int>/approve")
@requires(Role.FINANCE)
async def approve_expense(request: Request, expense_id: int) -> HTTPResponse:
    exp = await expenses.approve(expense_id, user=current_actor(request).user)
    return ok(await expenses.expense_json(exp))


@bp.post("/finance/expenses/<expense_id:int>/reject")
@requires(Role.FINANCE)
async def reject_expense(request: Request, expense_id: int) -> HTTPResponse:
    body = parse_body(request, RejectIn)
    exp = await expenses.reject(expense_id, body.reason, user=current_actor(request).user)
    return ok(await expenses.expense_json(exp))


@bp.put("/finance/budgets")
@requires(Role.FINANCE)
async def set_budget(request: Request) -> HTTPResponse:
    """{location_code, month: YYYY-MM, items: [{account, amount_fen}]}; answers the month's budget vs actual."""
    body = parse_body(request, BudgetIn)
    return ok(await budgets.set_budget(body.location_code, body.month,
                                       [budgets.BudgetItem(it.account, it.amount_fen) for it in body.items],
                                       user=current_actor(request).user))


@bp.get("/finance/budgets")
@requires(Role.FINANCE)
async def budget_vs_actual(request: Request) -> HTTPResponse:
    """?location_code=&month=YYYY-MM: budget, actual, remaining and share used per expense account."""
    q = parse_query(request, BudgetQuery)
    return ok(await budgets.budget_vs_actual(q.location_code, q.month))
