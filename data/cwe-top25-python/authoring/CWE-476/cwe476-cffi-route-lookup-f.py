# ---
# id: cwe476-cffi-route-lookup-f
# cwe: CWE-476
# vulnerable: false
# twin: cwe476-cffi-route-lookup-v
# tags: cffi, ipaddress
# explanation: describe_route() now compares the result with ffi.NULL and reports that no route exists, so struct fields are only read from a valid pointer.
# ---
import ipaddress

from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { uint32_t gateway; uint32_t metric; char ifname[16]; } route_t;
    const route_t *route_lookup(uint32_t dst);
    """
)
rt = ffi.dlopen("libroutetable.so")


def describe_route(addr: str) -> dict:
    dst = int(ipaddress.IPv4Address(addr))
    r = rt.route_lookup(dst)
    if r == ffi.NULL:
        return {"destination": addr, "gateway": None, "metric": None, "interface": None}
    gateway = str(ipaddress.IPv4Address(r.gateway))
    return {
        "destination": addr,
        "gateway": gateway,
        "metric": r.metric,
        "interface": ffi.string(r.ifname, 16).decode(),
    }
