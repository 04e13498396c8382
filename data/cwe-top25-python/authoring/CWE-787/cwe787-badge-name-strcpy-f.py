# ---
# id: cwe787-badge-name-strcpy-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-badge-name-strcpy-v
# tags: ctypes, libc, flask
# explanation: The name is now truncated to 31 bytes before it is copied, so together with its NUL terminator it always fits the 32-byte field; strcpy can no longer write past the struct member.
# ---
"""Visitor badge printing through the vendor's printer library."""

import ctypes
import ctypes.util

from flask import Flask, request

libc = ctypes.CDLL(ctypes.util.find_library("c"))
printer = ctypes.CDLL("libbadgeprint.so")


class Badge(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char * 32), ("company", ctypes.c_char * 32), ("level", ctypes.c_int)]


app = Flask(__name__)


def fill_badge(name: str, company: str, level: int) -> Badge:
    badge = Badge()
    raw_name = name.encode("utf-8").replace(b"\0", b"")[: Badge.name.size - 1]
    libc.strcpy(ctypes.addressof(badge) + Badge.name.offset, raw_name)
    badge.company = company.encode("utf-8")[:31]
    badge.level = level
    return badge


@app.post("/badges")
def print_badge():
    badge = fill_badge(request.form["name"], request.form.get("company", ""), 1)
    rc = printer.print_badge(ctypes.byref(badge))
    return {"printed": rc == 0}
