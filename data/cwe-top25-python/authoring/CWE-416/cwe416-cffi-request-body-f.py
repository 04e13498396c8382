# ---
# id: cwe416-cffi-request-body-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-cffi-request-body-v
# tags: cffi, httpx
# explanation: The body allocation is now kept on the Request object (self.body) as well as referenced from the struct, so the cffi memory lives as long as the request and h2_submit reads valid data.
# ---
"""Small HTTP/2 client binding."""

from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { const char *path; const char *body; size_t body_len; int method; } h2_req;
    int h2_submit(void *conn, const h2_req *req);
    """
)
h2 = ffi.dlopen("libtinyh2.so")


class Request:
    def __init__(self, path: str, body: bytes, method: int = 1):
        self.path = ffi.new("char[]", path.encode())
        self.struct = ffi.new("h2_req *")
        self.struct.path = self.path
        self.body = ffi.new("char[]", body)
        self.struct.body = self.body
        self.struct.body_len = len(body)
        self.struct.method = method


def post_json(conn, path: str, payload: bytes) -> int:
    req = Request(path, payload)
    rc = h2.h2_submit(conn, req.struct)
    if rc < 0:
        raise ConnectionError(f"h2_submit failed: {rc}")
    return rc
