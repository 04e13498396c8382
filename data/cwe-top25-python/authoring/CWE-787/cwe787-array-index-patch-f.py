# ---
# id: cwe787-array-index-patch-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-array-index-patch-v
# tags: array, ctypes, argparse
# explanation: apply_patches() now rejects any position outside 0 <= pos < len(table) before computing the address, so every memmove lands inside the array's buffer.
# ---
import argparse
import ctypes
import json
from array import array

router = ctypes.CDLL("libroutetab.so")


def load_table(path):
    table = array("I")
    with open(path, "rb") as fh:
        table.frombytes(fh.read())
    return table


def apply_patches(table: array, patches: list) -> None:
    base, _ = table.buffer_info()
    for entry in patches:
        pos, value = int(entry["pos"]), int(entry["value"])
        if not 0 <= pos < len(table):
            raise IndexError(f"patch position {pos} outside table of {len(table)} entries")
        word = value.to_bytes(table.itemsize, "little")
        ctypes.memmove(base + pos * table.itemsize, word, table.itemsize)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("patches")
    args = ap.parse_args()
    table = load_table(args.table)
    with open(args.patches) as fh:
        apply_patches(table, json.load(fh))
    base, n = table.buffer_info()
    router.route_table_load(ctypes.c_void_p(base), ctypes.c_size_t(n))
