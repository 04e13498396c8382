# ---
# id: cwe476-getpwnam-home-dir-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-getpwnam-home-dir-f
# tags: ctypes, libc
# explanation: A backup agent resolves each user's home directory with libc getpwnam through ctypes so it can run in a minimal container. getpwnam returns NULL for unknown users, and pw[0] indexes the NULL pointer directly, so a user name from the job list that no longer exists on the host segfaults the agent.
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


def home_of(user: str) -> str:
    pw = libc.getpwnam(user.encode())
    return pw[0].pw_dir.decode()  #@vuln


def backup_sources(job_users):
    return {user: home_of(user) for user in job_users}
