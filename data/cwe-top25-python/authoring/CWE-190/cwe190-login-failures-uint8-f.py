# ---
# id: cwe190-login-failures-uint8-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-login-failures-uint8-v
# tags: numpy, redis
# explanation: record_failure() now saturates at 255 instead of wrapping, so an account that has passed the lockout threshold stays locked no matter how many more attempts are made.
# ---
"""In-memory login throttling."""

import numpy as np

SLOTS = 1 << 20
LOCK_AFTER = 10
failures = np.zeros(SLOTS, dtype=np.uint8)


def slot_for(username: str) -> int:
    import zlib

    return zlib.crc32(username.lower().encode()) % SLOTS


def is_locked(username: str) -> bool:
    return failures[slot_for(username)] >= LOCK_AFTER


def record_failure(username: str) -> None:
    s = slot_for(username)
    if failures[s] < np.iinfo(np.uint8).max:
        failures[s] += 1


def record_success(username: str) -> None:
    failures[slot_for(username)] = 0


def check_login(username: str, password: str, verify) -> bool:
    if is_locked(username):
        return False
    if verify(username, password):
        record_success(username)
        return True
    record_failure(username)
    return False
