# ---
# id: cwe416-cffi-request-body-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-cffi-request-body-f
# tags: cffi, httpx
# explanation: An HTTP/2 client binding fills a C request struct and stores a pointer to the body in req.body. The body is allocated with ffi.new inside build_request and only assigned to the struct field; cffi frees an ffi.new allocation when its owning Python object dies, so by the time h2_submit runs the struct points at freed memory.
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
        self.struct.body = ffi.new("char[]", body)  #@vuln
        self.struct.body_len = len(body)
        self.struct.method = method


def post_json(conn, path: str, payload: bytes) -> int:
    req = Request(path, payload)
    rc = h2.h2_submit(conn, req.struct)
    if rc < 0:
        raise ConnectionError(f"h2_submit failed: {rc}")
    return rc
