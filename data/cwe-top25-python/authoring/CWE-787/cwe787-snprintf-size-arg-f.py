# ---
# id: cwe787-snprintf-size-arg-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-snprintf-size-arg-v
# tags: ctypes, libc
# explanation: snprintf now receives ctypes.sizeof(line), the real size of the 40-byte destination, so it truncates long titles and always NUL-terminates inside the buffer.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.snprintf.restype = ctypes.c_int

LINE_MAX = 256
label_driver = ctypes.CDLL("liblabeldrv.so")


def format_line(sku: str, title: str, price_cents: int) -> ctypes.Array:
    line = ctypes.create_string_buffer(40)
    libc.snprintf(
        line,
        ctypes.c_size_t(ctypes.sizeof(line)),
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
