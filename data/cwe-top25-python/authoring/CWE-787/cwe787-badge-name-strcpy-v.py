# ---
# id: cwe787-badge-name-strcpy-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-badge-name-strcpy-f
# tags: ctypes, libc, flask
# explanation: A badge printer service fills a C struct expected by the vendor's printer library. The visitor name from the web form is copied into the 32-byte name field with libc strcpy, which writes until the terminating NUL, so a long name writes past the field and the struct into adjacent memory.
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
    libc.strcpy(ctypes.addressof(badge) + Badge.name.offset, name.encode("utf-8"))  #@vuln
    badge.company = company.encode("utf-8")[:31]
    badge.level = level
    return badge


@app.post("/badges")
def print_badge():
    badge = fill_badge(request.form["name"], request.form.get("company", ""), 1)
    rc = printer.print_badge(ctypes.byref(badge))
    return {"printed": rc == 0}
