# ---
# id: cwe787-array-index-patch-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-array-index-patch-f
# tags: array, ctypes, argparse
# explanation: A CLI patches entries of a lookup table held in an array('I') and handed to a C routing library, writing each patch with memmove at buffer address + position * itemsize. Positions come from a patch file supplied on the command line and are never compared with len(table), so an entry like 5000 writes past the array's buffer.
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
        word = value.to_bytes(table.itemsize, "little")
        ctypes.memmove(base + pos * table.itemsize, word, table.itemsize)  #@vuln


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
