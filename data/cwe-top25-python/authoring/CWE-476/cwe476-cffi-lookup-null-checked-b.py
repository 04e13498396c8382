# ---
# id: cwe476-cffi-lookup-null-checked-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A DNS cache binding calls a C lookup that returns NULL on a miss and compares the result with ffi.NULL before reading any field, returning None to the caller instead; the TTL and address are only read from a non-NULL entry.
# ---
import ipaddress

from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { uint32_t addr; uint32_t ttl; } dns_entry;
    const dns_entry *dnscache_get(const char *name);
    """
)
cache = ffi.dlopen("libdnscache.so")


def cached_address(name: str):
    entry = cache.dnscache_get(name.lower().encode("idna"))
    if entry == ffi.NULL:
        return None
    if entry.ttl == 0:
        return None
    return str(ipaddress.IPv4Address(entry.addr)), entry.ttl
