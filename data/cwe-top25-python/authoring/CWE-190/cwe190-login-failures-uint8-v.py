# ---
# id: cwe190-login-failures-uint8-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-login-failures-uint8-f
# tags: numpy, redis
# explanation: A login throttler stores failure counts per account slot in a numpy uint8 array to keep memory small. After 255 failures the counter wraps to 0, so an attacker who keeps guessing resets the lockout every 256 attempts and can brute-force the password indefinitely.
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
    failures[s] += 1  #@vuln


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
