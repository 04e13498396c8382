# ---
# id: cwe476-getpwnam-home-dir-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-getpwnam-home-dir-v
# tags: ctypes, libc
# explanation: home_of() now returns None when getpwnam yields a NULL pointer and the caller skips such users, so the passwd struct is only read through a valid pointer.
# ---
"""Resolve home directories for the backup agent."""

import ctypes
import ctypes.util


class Passwd(ctypes.Structure):
    _fields_ = [
        ("pw_name", ctypes.c_char_p),
        ("pw_passwd", ctypes.c_char_p),
        ("pw_uid", ctypes.c_uint),
        ("pw_gid", ctypes.c_uint),
        ("pw_gecos", ctypes.c_char_p),
        ("pw_dir", ctypes.c_char_p),
        ("pw_shell", ctypes.c_char_p),
    ]


libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.getpwnam.restype = ctypes.POINTER(Passwd)
libc.getpwnam.argtypes = [ctypes.c_char_p]


def home_of(user: str):
    pw = libc.getpwnam(user.encode())
    if not pw:
        return None
    return pw[0].pw_dir.decode()


def backup_sources(job_users):
    homes = {user: home_of(user) for user in job_users}
    return {user: home for user, home in homes.items() if home is not None}
