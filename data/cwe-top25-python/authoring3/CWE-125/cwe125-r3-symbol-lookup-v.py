# ---
# id: cwe125-r3-symbol-lookup-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-r3-symbol-lookup-f
# tags: ctypes
# explanation: symbol_name resolves a symbol index taken from a trace file through a C string table exposed as a ctypes POINTER. Pointer indexing is unchecked, so an index past table.count reads a pointer from outside the table and then dereferences it.
# ---
import ctypes


class StringTable(ctypes.Structure):
    _fields_ = [("count", ctypes.c_size_t), ("items", ctypes.POINTER(ctypes.c_char_p))]


def symbol_name(table: StringTable, index: int) -> str:
    raw = table.items[index]  #@vuln
    return raw.decode("utf-8", "replace") if raw else "<anon>"
