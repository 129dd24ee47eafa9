"""Password hashing with Argon2id.

Argon2 is slow on purpose (tens of milliseconds of CPU each); request handlers use the async forms, which run
it in a small thread pool of its own (argon2-cffi releases the GIL) so the event loop keeps serving other
requests while logins are checked, and a login storm queues in that pool instead of taking the threads every
other `asyncio.to_thread` user shares. The sync forms are for scripts (demo data, benchmarks).
"""

from __future__ import annotations

import asyncio
import os
import secrets
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
_pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2), thread_name_prefix="argon2")
_dummy_hash: str | None = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def hash_password_async(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool, hash_password, password)


async def verify_password_async(password_hash: str, password: str) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool, verify_password, password_hash, password)


async def verify_unknown(password: str) -> bool:
    """The same work as checking a real account's password, for a username that is no account (or one that may
    not log in), so the answer takes as long as a wrong password does. Always False."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = await hash_password_async(secrets.token_urlsafe(16))
    await verify_password_async(_dummy_hash, password)
    return False
