"""Error messages in the caller's language: Simplified Chinese by default, English when Accept-Language
prefers English. One catalogue: exact Chinese messages, patterns for messages with values in them, and a
per-code fallback, so an English client always gets English even for a message not listed here.

Applied to every error body by the app's error handler (backend.app.CradleErrorHandler)."""

from __future__ import annotations

import json
import re

from sanic import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

# error code -> English message (used when the exact message is not in the catalogue)
CODE_EN = {
    "bad_request": "Bad request",
    "invalid_json": "The request body is not valid JSON",
    "validation_error": "Invalid request parameters",
    "unauthorized": "Please log in",
    "forbidden": "You do not have permission to do this",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "conflict": "The request conflicts with the current data",
    "insufficient_stock": "Insufficient stock",
    "invalid_state": "Not allowed in the current state",
    "payload_too_large": "Request body too large",
    "rate_limited": "Too many requests, please try again later",
    "service_unavailable": "Service temporarily unavailable, please try again later",
    "internal_error": "Internal server error",
    "request_timeout": "Request timed out",
    "range_not_satisfiable": "Range not satisfiable",
    "invalid_otp": "The verification code is wrong",
    "mfa_expired": "Verification expired, please log in again",
    "insufficient_points": "Not enough points",
}

# exact Chinese message -> English
MESSAGES_EN = {
    "请求有误": "Bad request",
    "请先登录": "Please log in",
    "没有权限执行此操作": "You do not have permission to do this",
    "找不到该资源": "Not found",
    "不支持该请求方法": "Method not allowed",
    "请求超时": "Request timed out",
    "请求体过大": "Request body too large",
    "服务暂时不可用，请稍后重试": "Service temporarily unavailable, please try again later",
    "服务器内部错误": "Internal server error",
    "数据库暂时不可用，请稍后重试": "The database is temporarily unavailable, please try again later",
    "请求体不是合法的 JSON": "The request body is not valid JSON",
    "请求体为空，需要 JSON": "The request body is empty; JSON is required",
    "请求体必须是 JSON 对象": "The request body must be a JSON object",
    "请求参数不合法": "Invalid request parameters",
    "请求与当前数据冲突": "The request conflicts with the current data",
    "库存不足": "Insufficient stock",
    "当前状态不允许此操作": "Not allowed in the current state",
    "请求过于频繁，请稍后再试": "Too many requests, please try again later",
    "用户名或密码错误": "Wrong username or password",
    "账号不存在或已停用": "The account does not exist or is disabled",
    "登录已失效，请重新登录": "Your session has expired, please log in again",
    "令牌类型不正确": "Wrong token type",
    "令牌无效": "Invalid token",
    "仅限员工使用": "Staff only",
    "无权操作该门店或仓库的数据": "You may not act on this store's or warehouse's data",
    "无权查看该门店或仓库的数据": "You may not see this store's or warehouse's data",
    "您的角色无权使用此接口": "Your role may not use this endpoint",
    "后台管理接口仅限总部、财务、采购和店长使用": "The admin API is for HQ, finance, purchasing and store managers",
    "该接口未登记在权限表中，已拒绝访问": "This endpoint is not in the authorization table: refused",
    "缺少合作方访问令牌（Authorization: Bearer <access_token>）":
        "A partner access token is required (Authorization: Bearer <access_token>)",
    "访问令牌无效、已过期或已被吊销": "The access token is invalid, expired or revoked",
    "库存调整需要 Idempotency-Key 请求头（每次新的调整用新的值，重试时用同一个值）":
        "A stock adjustment needs an Idempotency-Key header (a new value per adjustment, the same one on a retry)",
    "cursor 参数不合法，请使用上一页返回的 next_cursor": "Invalid cursor: pass the next_cursor of the previous page",
    "回调地址必须是 http(s) URL": "The webhook URL must be an http(s) URL",
    "生产环境的回调地址必须使用 https": "In production the webhook URL must use https",
    "无权查看其他门店的订单": "You may not see other stores' orders",
    "无权查看该订单": "You may not see this order",
    "无权查看其他门店的员工": "You may not see other stores' staff",
    "订单不存在": "Order not found",
    "会员不存在": "Member not found",
    "员工不存在": "Staff member not found",
    "促销活动不存在": "Promotion not found",
    "导入任务不存在": "Import job not found",
    "动态验证码不正确": "The verification code is wrong",
    "验证已过期，请重新登录": "Verification expired, please log in again",
    "登录凭证已被使用过，为安全起见已退出该登录，请重新登录":
        "This refresh token was already used: the session has been ended for safety, please log in again",
    "该账号已启用动态验证码，请重新登录": "This account now uses a verification code, please log in again",
    "开始日期不能晚于结束日期": "The start date cannot be after the end date",
    "结束时间必须晚于开始时间": "The end time must be after the start time",
    "只有总部管理员可以审批促销活动": "Only HQ admins may approve promotions",
    "不能审批自己创建或提交的活动，请由其他管理员审批": "You cannot approve a promotion you created or submitted",
    "没有要修改的字段": "Nothing to change",
    "请上传 CSV 或 xlsx 文件": "Please upload a CSV or xlsx file",
    "文件是空的": "The file is empty",
    # HR (backend.hr)
    "无权查看其他门店的人事记录": "You may not see other stores' HR records",
    "员工档案不存在": "Employee record not found",
    "招聘岗位不存在": "Job posting not found",
    "候选人不存在": "Candidate not found",
    "培训场次不存在": "Training session not found",
    "证书不存在": "Certificate not found",
    "该岗位已停止招聘": "This posting is closed",
    "该手机号已投递过这个岗位": "This phone number already applied to this posting",
    "候选人尚未接受录用": "The candidate has not accepted the offer",
    "候选人还没有通过的面试": "The candidate has not passed an interview",
    "候选人状态已变化，请刷新后重试": "The candidate's stage changed meanwhile; reload and try again",
    "该录用通知已有答复": "This offer was already answered",
    "合同结束日期不能早于开始日期": "The contract cannot end before it starts",
    "该员工已离职": "This employee has left",
    "调入门店与当前门店相同": "The employee already works at that store",
    "生效日期必须晚于当前岗位的开始日期": "The date must be after the start of the current position",
    "培训名额已满": "The training session is full",
    "评分须在 1 到 5 之间": "The score must be from 1 to 5",
    "该员工的账号须由总部停用，请联系总部办理离职": "This employee's account can only be closed by HQ",
    "并行运行不存在": "Parallel run not found",
    "差异不存在": "Difference not found",
    "请填写差异原因": "Give the reason for the difference",
    "该并行运行已签核结束，不能再修改": "The parallel run is signed off; it can no longer change",
    "该并行运行尚未签核": "The parallel run is not signed off yet",
    "营业日不能晚于今天": "The business day cannot be after today",
    "日期格式应为 YYYY-MM-DD": "Dates are written YYYY-MM-DD",
    # printing
    "订单尚未付款，暂不能打印小票": "The order is not paid yet: there is no receipt to print",
    "批次不存在": "Batch not found",
    "找不到该门店或仓库": "Store or warehouse not found",
    "无权查看该门店的数据": "You may not see this store's data",
}

# (pattern on the Chinese message, English template using the groups)
PATTERNS_EN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^参数 (\S+) 不合法：(.+)$"), "Invalid parameter {0}"),
    (re.compile(r"^商品编码 (\S+) 不存在$"), "SKU {0} does not exist"),
    (re.compile(r"^门店或仓库 (\S+) 不存在$"), "Store or warehouse {0} does not exist"),
    (re.compile(r"^(\S+) 已结账，不能再记账$"), "{0} is closed; nothing can be posted to it"),
    (re.compile(r"^尝试过于频繁，请 (\d+) 秒后再试$"), "Too many attempts, try again in {0} seconds"),
    (re.compile(r"^登录尝试过于频繁，请 (\d+) 秒后再试$"), "Too many login attempts, try again in {0} seconds"),
    (re.compile(r"^不能撤回：(.+)$"), "Cannot roll back: later activity depends on this import"),
    (re.compile(r"^文件缺少必需的列：(.+?)（"), "The file lacks required columns: {0}"),
    (re.compile(r"^活动当前(\S+)，不能(\S+)$"), "The promotion's current status does not allow this"),
    (re.compile(r"^一次最多导入 (\d+) 行$"), "At most {0} rows per import"),
    (re.compile(r"^候选人(\S+)，(.+)$"), "Not allowed at the candidate's current stage"),
    (re.compile(r"^账号 (\S+) 已关联其他员工档案$"), "Account {0} is already linked to another employee record"),
    (re.compile(r"^(\S+) (\d{4}-\d{2}) 的绩效评估已存在$"), "The review of {0} for {1} already exists"),
    # the partner API (backend.partners, docs/open-api.md)
    (re.compile(r"^访问令牌没有 (\S+) 授权范围$"), "The access token lacks the {0} scope"),
    (re.compile(r"^已超过每分钟 (\d+) 次的调用限额，请 (\d+) 秒后再试$"),
     "Over this application's limit of {0} calls a minute; try again in {1} seconds"),
    (re.compile(r"^订单 (\S+) 不存在$"), "Order {0} does not exist"),
    (re.compile(r"^商品 (\S+) 不存在$"), "SKU {0} does not exist"),
    (re.compile(r"^需连续 (\d+) 天对账一致或差异均已说明，目前连续 (\d+) 天"),
     "Sign-off needs {0} consecutive days that agree or have every difference explained; {1} so far"),
    (re.compile(r"^门店 (\S+) 已有进行中的并行运行$"), "Store {0} already has a parallel run under way"),
    (re.compile(r"^(\S+) 还没有上传旧系统数据$"), "No export of the old system is uploaded for {0} yet"),
    (re.compile(r"^\S+文件缺少列："), "The export file lacks required columns (named in message_zh)"),
    (re.compile(r"^\S+文件有错误，未保存："), "The export file has errors; nothing was kept (lines in message_zh)"),
]


def wants_english(request: Request | None) -> bool:
    """True when English ranks above Chinese in Accept-Language (q-values respected)."""
    if request is None:
        return False
    header = request.headers.get("accept-language", "")
    if not header:
        return False
    best_en, best_zh = 0.0, 0.0
    for part in header.split(","):
        lang, _, params = part.strip().partition(";")
        lang = lang.strip().lower()
        q = 1.0
        m = re.search(r"q=([0-9.]+)", params)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        if lang.startswith("en"):
            best_en = max(best_en, q)
        elif lang.startswith("zh"):
            best_zh = max(best_zh, q)
    return best_en > best_zh


def translate(code: str, message: str) -> str:
    if message in MESSAGES_EN:
        return MESSAGES_EN[message]
    for pattern, template in PATTERNS_EN:
        m = pattern.match(message)
        if m:
            return template.format(*m.groups())
    return CODE_EN.get(code, "Request failed")


def localise_error(request: Request | None, response: HTTPResponse) -> HTTPResponse:
    """Rewrite an error body's message in English when the caller asked for it (Chinese stays as it is)."""
    if not wants_english(request) or not response.body:
        return response
    try:
        body = json.loads(response.body)
        err = body["error"]
    except (ValueError, KeyError, TypeError):
        return response
    err["message_zh"] = err["message"]
    err["message"] = translate(str(err.get("code", "")), str(err["message"]))
    if isinstance(err.get("details"), list):
        for d in err["details"]:
            if isinstance(d, dict) and isinstance(d.get("message"), str):
                d["message"] = translate(str(err.get("code", "")), d["message"])
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    out = json_response(body, status=response.status, ensure_ascii=False, headers=headers)
    out.headers["content-language"] = "en"
    return out
