"""The members' periodic jobs are in the shared job list and run without arguments."""

from __future__ import annotations

import inspect

from backend.tasks.schedule import job


def test_members_jobs_registered_and_callable_without_arguments() -> None:
    for name in ("members.expire_points", "members.expire_coupons", "members.care_reminders"):
        fn = job(name).function()
        assert inspect.iscoroutinefunction(fn)
        sig = inspect.signature(fn)
        assert all(p.default is not inspect.Parameter.empty or p.kind == p.KEYWORD_ONLY and p.default
                   is not inspect.Parameter.empty for p in sig.parameters.values()), name


async def test_jobs_run(client: object) -> None:
    for name in ("members.expire_points", "members.expire_coupons", "members.care_reminders"):
        assert await job(name).function()() == 0
