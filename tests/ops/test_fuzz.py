"""Schemathesis against GET /docs/openapi.json of a real server: every operation of every API (customer,
staff, admin), called with a staff hq_admin token and, on the customer-facing routes, a shopper's token too.
Every answer must be below 500, and every 4xx must carry {"error": {"code", "message"}}.

`make test` runs a bounded number of examples per operation (CRADLE_FUZZ_EXAMPLES, default 3, derandomized);
`make fuzz` runs 50 random ones per operation and prints every finding.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from tests.fixtures import TEST_PG, TEST_REDIS
from tests.ops.server import Server, login, member_token, running_server

EXAMPLES = int(os.environ.get("CRADLE_FUZZ_EXAMPLES", "3"))
RANDOM = os.environ.get("CRADLE_FUZZ_RANDOM", "") == "1"
CUSTOMER_PREFIXES = ("/api/v1/orders", "/api/v1/shop", "/api/v1/me", "/api/v1/members/me", "/api/v1/cart",
                     "/api/v1/wechat", "/api/v1/live/{session_id}/orders", "/api/v1/auth")
# Operations that can lock the fuzzing admin out (deactivate, new password, MFA required) run last.
LAST = ("/admin/api/v1/users/{user_id}", "/admin/api/v1/settings/security")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    extra = {"CRADLE_REDIS_URL": TEST_REDIS} if TEST_REDIS else {}
    with running_server(TEST_PG or None, tmp_path_factory.mktemp("fuzz"), **extra) as srv:
        yield srv


def _error_body_problem(status: int, text: str) -> str | None:
    try:
        body = json.loads(text)
    except ValueError:
        return "4xx body is not JSON"
    err = body.get("error") if isinstance(body, dict) else None
    if not (isinstance(err, dict) and isinstance(err.get("code"), str) and isinstance(err.get("message"), str)
            and err["code"] and err["message"]):
        return "4xx body lacks {error: {code, message}}"
    return None


# The OAuth 2.0 token endpoint answers RFC 6749 section 5.2 errors, which OAuth client libraries read
# (docs/open-api.md); 413 and 429 come from the request layer in the API's own shape.
OAUTH_PATHS = ("/open/oauth/token",)


def _oauth_error_problem(status: int, text: str) -> str | None:
    if status in (413, 429):
        return _error_body_problem(status, text)
    try:
        body = json.loads(text)
    except ValueError:
        return "4xx body is not JSON"
    if not (isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"] and status in (400, 401)):
        return "4xx body is not an RFC 6749 error"
    return None


def _tokens(path: str, admin: str, shopper: str) -> list[tuple[str, str]]:
    tokens = [("hq_admin", admin)]
    if path.startswith(CUSTOMER_PREFIXES):
        tokens.append(("shopper", shopper))
    return tokens


def test_no_5xx_and_every_4xx_has_the_error_body(server: Server) -> None:
    schema = schemathesis.openapi.from_url(server.base + "/docs/openapi.json")
    operations = [op for op in (r.ok() for r in schema.get_all_operations()) if not op.path.startswith("/_fakes")]
    operations.sort(key=lambda op: op.path.startswith(LAST))
    assert len(operations) > 100  # every API is in the spec
    admin = login(server.base)
    member_id = int(server.db.query("SELECT id FROM members ORDER BY id LIMIT 1")[0][0])
    shopper = member_token(member_id)
    findings: list[dict[str, Any]] = []
    statuses: Counter[int] = Counter()
    calls = 0

    def fuzz(op: Any, who: str, token: str) -> None:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not RANDOM,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            nonlocal calls
            headers = dict(case.headers or {})
            headers["Authorization"] = f"Bearer {token}"
            resp = case.call(base_url=server.base, headers=headers, timeout=30)
            calls += 1
            statuses[resp.status_code] += 1
            problem = None
            if resp.status_code >= 500:
                problem = f"{resp.status_code} server error"
            elif resp.status_code >= 400 and op.path in OAUTH_PATHS:
                problem = _oauth_error_problem(resp.status_code, resp.text)
            elif resp.status_code >= 400:
                problem = _error_body_problem(resp.status_code, resp.text)
            if problem:
                findings.append({"operation": f"{op.method.upper()} {op.path}", "as": who, "problem": problem,
                                 "status": resp.status_code, "request": f"{case.method} {case.formatted_path}"
                                 f" query={case.query} body={str(case.body)[:200]}", "answer": resp.text[:300]})

        run()

    for op in operations:
        for who, token in _tokens(op.path, admin, shopper):
            fuzz(op, who, token)

    report = Path(os.environ.get("CRADLE_FUZZ_REPORT", "")) if os.environ.get("CRADLE_FUZZ_REPORT") else None
    summary = (f"{len(operations)} operations, {calls} calls, {EXAMPLES} examples per operation and token, "
               f"statuses {dict(sorted(statuses.items()))}, findings {len(findings)}")
    print(summary)
    if report:
        report.write_text(json.dumps({"summary": summary, "findings": findings}, ensure_ascii=False, indent=1))
    by_route = Counter((f["operation"], f["problem"]) for f in findings)
    assert not findings, summary + "\n" + "\n".join(
        f"{n}x {route}: {problem}; e.g. {next(f for f in findings if f['operation'] == route)}"
        for (route, problem), n in by_route.most_common())
