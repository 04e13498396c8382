# ---
# id: cwe125-r3-symbol-lookup-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-r3-symbol-lookup-v
# tags: ctypes
# explanation: The index from the trace file is compared with table.count before the unchecked pointer read, so only entries of the string table are read.
# ---
import ctypes


class StringTable(ctypes.Structure):
    _fields_ = [("count", ctypes.c_size_t), ("items", ctypes.POINTER(ctypes.c_char_p))]


def symbol_name(table: StringTable, index: int) -> str:
    if not 0 <= index < table.count:
        return "<invalid:%d>" % index
    raw = table.items[index]
    return raw.decode("utf-8", "replace") if raw else "<anon>"
