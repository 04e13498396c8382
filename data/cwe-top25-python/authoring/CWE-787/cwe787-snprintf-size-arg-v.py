# ---
# id: cwe787-snprintf-size-arg-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-snprintf-size-arg-f
# tags: ctypes, libc
# explanation: A label-printer driver formats the SKU line with libc snprintf into a 40-byte ctypes buffer, but passes a size of 256 taken from a shared constant. snprintf trusts the size argument, so a long product title writes up to 256 bytes into a 40-byte buffer.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.snprintf.restype = ctypes.c_int

LINE_MAX = 256
label_driver = ctypes.CDLL("liblabeldrv.so")


def format_line(sku: str, title: str, price_cents: int) -> ctypes.Array:
    line = ctypes.create_string_buffer(40)
    libc.snprintf(  #@vuln
        line,
        ctypes.c_size_t(LINE_MAX),
        b"%s %s %d.%02d",
        sku.encode(),
        title.encode("latin-1", "replace"),
        ctypes.c_int(price_cents // 100),
        ctypes.c_int(price_cents % 100),
    )
    return line


def print_labels(products):
    for p in products:
        line = format_line(p["sku"], p["title"], p["price_cents"])
        label_driver.print_line(line)
