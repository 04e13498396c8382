# ---
# id: cwe125-r2-journal-field-string-at-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes, systemd, cli
# explanation: An audit tool reads systemd journal entries through libsystemd with ctypes. ctypes.string_at is called with the pointer and length that sd_journal_get_data itself returned for its own internal buffer, and only after a zero return code, so each read covers exactly the field the library reported and stays in bounds.
# ---
"""journal-grep: print selected journal fields for a unit (uses libsystemd directly)."""

import argparse
import ctypes
import ctypes.util
import sys

_sd = ctypes.CDLL(ctypes.util.find_library("systemd") or "libsystemd.so.0")
_sd.sd_journal_open.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int]
_sd.sd_journal_add_match.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
_sd.sd_journal_next.argtypes = [ctypes.c_void_p]
_sd.sd_journal_get_data.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                    ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
_sd.sd_journal_close.argtypes = [ctypes.c_void_p]
_sd.sd_journal_close.restype = None

SD_JOURNAL_LOCAL_ONLY = 1


def get_field(journal, name: str):
    data = ctypes.c_void_p()
    length = ctypes.c_size_t()
    rc = _sd.sd_journal_get_data(journal, name.encode(), ctypes.byref(data), ctypes.byref(length))
    if rc < 0:
        return None
    raw = ctypes.string_at(data, length.value)
    return raw.split(b"=", 1)[1].decode("utf-8", "replace")


def entries(unit: str, fields: list[str], limit: int):
    journal = ctypes.c_void_p()
    if _sd.sd_journal_open(ctypes.byref(journal), SD_JOURNAL_LOCAL_ONLY) < 0:
        raise OSError("cannot open the journal")
    try:
        match = f"_SYSTEMD_UNIT={unit}".encode()
        _sd.sd_journal_add_match(journal, match, len(match))
        count = 0
        while count < limit and _sd.sd_journal_next(journal) > 0:
            yield {name: get_field(journal, name) for name in fields}
            count += 1
    finally:
        _sd.sd_journal_close(journal)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("unit")
    parser.add_argument("-f", "--field", action="append", default=None)
    parser.add_argument("-n", "--limit", type=int, default=100)
    args = parser.parse_args(argv)
    fields = args.field or ["_PID", "PRIORITY", "MESSAGE"]
    for entry in entries(args.unit, fields, args.limit):
        print("\t".join(entry.get(name) or "-" for name in fields))
    return 0


if __name__ == "__main__":
    sys.exit(main())
