# ---
# id: cwe119-r2-confstr-two-call-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, libc, diagnostics
# explanation: A diagnostics collector calls libc functions that fill caller-provided buffers (confstr, gethostname, getlogin_r) through ctypes. Every call passes ctypes.sizeof of the buffer it actually allocated, confstr uses the two-call idiom to size the buffer first, and results are read with .value, so no native call is told a size larger than its buffer.
# ---
"""System facts for the support bundle."""

import ctypes
import ctypes.util
import json
import logging
import os
import platform

log = logging.getLogger("support.facts")

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
libc.confstr.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
libc.confstr.restype = ctypes.c_size_t
libc.gethostname.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
libc.getlogin_r.argtypes = [ctypes.c_char_p, ctypes.c_size_t]

CONFSTR_NAMES = {"path": 0, "gnu_libc_version": 2, "gnu_libpthread_version": 3}


def confstr(name: int):
    needed = libc.confstr(name, None, 0)
    if needed == 0:
        return None
    buf = ctypes.create_string_buffer(needed)
    libc.confstr(name, buf, ctypes.sizeof(buf))
    return buf.value.decode()


def hostname() -> str:
    buf = ctypes.create_string_buffer(256)
    if libc.gethostname(buf, ctypes.sizeof(buf) - 1) != 0:
        raise OSError(ctypes.get_errno(), "gethostname failed")
    return buf.value.decode("utf-8", "replace")


def login_name():
    buf = ctypes.create_string_buffer(64)
    rc = libc.getlogin_r(buf, ctypes.sizeof(buf))
    if rc != 0:
        log.debug("getlogin_r returned %d", rc)
        return os.environ.get("USER")
    return buf.value.decode("utf-8", "replace")


def collect() -> dict:
    facts = {
        "hostname": hostname(),
        "login": login_name(),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
    for key, name in CONFSTR_NAMES.items():
        facts[key] = confstr(name)
    return facts


if __name__ == "__main__":
    print(json.dumps(collect(), indent=2))
