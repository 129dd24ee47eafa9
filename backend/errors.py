"""Domain errors. Every one maps to an HTTP status and the body {"error": {"code", "message"}}."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    status = 400
    code = "bad_request"
    default_message = "请求有误"

    def __init__(self, message: str | None = None, *, code: str | None = None, details: Any = None) -> None:
        self.message = message or self.default_message
        if code:
            self.code = code
        self.details = details
        super().__init__(self.message)

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return {"error": body}


class InvalidJSON(AppError):
    status, code, default_message = 400, "invalid_json", "请求体不是合法的 JSON"


class ValidationError(AppError):
    status, code, default_message = 400, "validation_error", "请求参数不合法"


class Unauthorized(AppError):
    status, code, default_message = 401, "unauthorized", "请先登录"


class Forbidden(AppError):
    status, code, default_message = 403, "forbidden", "没有权限执行此操作"


class NotFound(AppError):
    status, code, default_message = 404, "not_found", "找不到该资源"


class MethodNotAllowed(AppError):
    status, code, default_message = 405, "method_not_allowed", "不支持该请求方法"


class Conflict(AppError):
    status, code, default_message = 409, "conflict", "请求与当前数据冲突"


class InsufficientStock(AppError):
    status, code, default_message = 409, "insufficient_stock", "库存不足"


class InvalidState(AppError):
    status, code, default_message = 409, "invalid_state", "当前状态不允许此操作"


class PayloadTooLarge(AppError):
    status, code, default_message = 413, "payload_too_large", "请求体过大"


class RateLimited(AppError):
    status, code, default_message = 429, "rate_limited", "请求过于频繁，请稍后再试"

    def __init__(self, message: str | None = None, *, retry_after: int | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after  # seconds, sent as the Retry-After header


class ServiceUnavailable(AppError):
    status, code, default_message = 503, "service_unavailable", "服务暂时不可用，请稍后重试"
