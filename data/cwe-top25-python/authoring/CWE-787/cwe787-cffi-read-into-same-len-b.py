# ---
# id: cwe787-cffi-read-into-same-len-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A serial-flash reader allocates a cffi buffer of exactly the number of bytes it asks the C driver to read and passes that same length, clamped to the chip size; the driver never writes more than the length it is given, so the write always fits the allocation.
# ---
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    int flash_read(unsigned int addr, unsigned char *out, size_t len);
    unsigned int flash_size(void);
    """
)
flash = ffi.dlopen("libspiflash.so")


def read_region(addr: int, length: int) -> bytes:
    size = flash.flash_size()
    if not 0 <= addr < size:
        raise ValueError("address outside flash")
    length = max(0, min(length, size - addr))
    out = ffi.new("unsigned char[]", length)
    rc = flash.flash_read(addr, out, length)
    if rc != 0:
        raise IOError(f"flash_read failed: {rc}")
    return ffi.buffer(out, length)[:]


def dump(path: str, chunk: int = 4096) -> None:
    with open(path, "wb") as fh:
        for addr in range(0, flash.flash_size(), chunk):
            fh.write(read_region(addr, chunk))
