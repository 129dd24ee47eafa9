"""Staff policy settings (chain-wide, audited): clock-in radius, lateness grace, default commission rate."""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from backend.audit import record_audit
from backend.errors import ValidationError
from backend.staff.models import StaffSetting

DEFAULTS: dict[str, int] = {
    "clock_radius_m": 300,  # a clock-in from further than this from the store is refused
    "late_grace_min": 5,  # minutes after the shift start still counted on time
    "early_leave_grace_min": 5,
    "commission_rate_bp": 100,  # 1 % of a clerk's net sales, unless their profile says otherwise
}


async def get_staff_setting(name: str) -> int:
    row = await StaffSetting.get_or_none(key=name)
    return int(row.value) if row is not None else DEFAULTS[name]


async def set_staff_setting(name: str, value: Any, *, user: Any, via: str = "api") -> int:
    if name not in DEFAULTS:
        raise ValidationError(f"未知的员工设置 {name}")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("设置值必须是非负整数")
    async with in_transaction() as conn:
        before = await get_staff_setting(name)
        await StaffSetting.update_or_create(key=name, defaults={"value": value}, using_db=conn)
        await record_audit(user, "staff.setting", "staff_setting", name, before={"value": before},
                           after={"value": value}, via=via, using_db=conn)
    return value
