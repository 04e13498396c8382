# ---
# id: cwe416-ledger-stmt-after-close-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-ledger-stmt-after-close-f
# tags: ctypes
# explanation: A reconciliation job uses an embedded C ledger database. The context manager closes the database handle on exit, which frees every prepared statement, but the generator keeps stepping the statement handle after the with block ends, so ledger_step reads statement memory that was freed by ledger_close.
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
    while ldg.ledger_step(stmt) == 1:  #@vuln
        yield ldg.ledger_column_int64(stmt, 0), ldg.ledger_column_int64(stmt, 1)
