# ---
# id: cwe125-symtab-name-cstring-v
# cwe: CWE-125
# vulnerable: true
# twin: none
# tags: ctypes, mmap, argparse
# explanation: A symbol-dump CLI reads names from an object file's string table by taking the string-table base address plus each symbol's name offset and reading a C string through ctypes.c_char_p. The name offset comes from the file and is not checked against the string table size, so a malformed file makes it read arbitrary memory past the mapping until a NUL byte.
# ---
import argparse
import ctypes
import mmap
import struct

SYM = struct.Struct("<IIQ")


def dump_symbols(path):
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)
    raw = (ctypes.c_char * len(mm)).from_buffer(mm)
    base = ctypes.addressof(raw)
    symtab_off, nsyms, strtab_off, strtab_size = struct.unpack_from("<IIII", mm, 16)
    for i in range(nsyms):
        name_off, kind, value = SYM.unpack_from(mm, symtab_off + i * SYM.size)
        name = ctypes.c_char_p(base + strtab_off + name_off).value  #@vuln
        yield name.decode("utf-8", "replace"), kind, value


def main():
    ap = argparse.ArgumentParser(description="List symbols of a .ko-style object")
    ap.add_argument("object")
    for name, kind, value in dump_symbols(ap.parse_args().object):
        print(f"{value:016x} {kind:2d} {name}")


if __name__ == "__main__":
    main()
