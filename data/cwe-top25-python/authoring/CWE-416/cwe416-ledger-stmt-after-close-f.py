# ---
# id: cwe416-ledger-stmt-after-close-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-ledger-stmt-after-close-v
# tags: ctypes
# explanation: The stepping loop now runs inside the with block, before ledger_close frees the database and its statements, so every ledger_step uses a live statement handle.
# ---
import contextlib
import ctypes

ldg = ctypes.CDLL("libledgerdb.so")
ldg.ledger_open.restype = ctypes.c_void_p
ldg.ledger_prepare.restype = ctypes.c_void_p
ldg.ledger_prepare.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
ldg.ledger_step.argtypes = [ctypes.c_void_p]
ldg.ledger_column_int64.restype = ctypes.c_int64
ldg.ledger_column_int64.argtypes = [ctypes.c_void_p, ctypes.c_int]
ldg.ledger_close.argtypes = [ctypes.c_void_p]


@contextlib.contextmanager
def ledger(path: str):
    db = ldg.ledger_open(path.encode())
    if not db:
        raise OSError(f"cannot open ledger {path}")
    try:
        yield db
    finally:
        ldg.ledger_close(db)


def balances(path: str):
    with ledger(path) as db:
        stmt = ldg.ledger_prepare(db, b"scan accounts")
        if not stmt:
            raise RuntimeError("ledger_prepare failed")
        while ldg.ledger_step(stmt) == 1:
            yield ldg.ledger_column_int64(stmt, 0), ldg.ledger_column_int64(stmt, 1)
