# ---
# id: cwe476-cffi-route-lookup-v
# cwe: CWE-476
# vulnerable: true
# twin: cwe476-cffi-route-lookup-f
# tags: cffi, ipaddress
# explanation: A network dashboard asks a C routing library for the route to an address typed by the operator. route_lookup returns NULL when no route matches, and the code reads r.gateway and r.metric from the returned cdata without comparing it to ffi.NULL, dereferencing a NULL struct pointer.
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
    gateway = str(ipaddress.IPv4Address(r.gateway))  #@vuln
    return {
        "destination": addr,
        "gateway": gateway,
        "metric": r.metric,
        "interface": ffi.string(r.ifname, 16).decode(),
    }
