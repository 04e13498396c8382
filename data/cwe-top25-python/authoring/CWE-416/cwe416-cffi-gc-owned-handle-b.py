# ---
# id: cwe416-cffi-gc-owned-handle-b
# cwe: CWE-416
# vulnerable: false
# twin: none
# tags: cffi
# explanation: A spatial-index binding wraps the native tree handle with ffi.gc(handle, lib.rtree_free), so it is freed exactly once, when the Python object that owns it is collected; query results are copied into Python lists before the call returns, and the query buffer is an ffi.new object held in a local for the duration of the call.
# ---
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct rtree rtree;
    rtree *rtree_new(int dims);
    void rtree_free(rtree *t);
    int rtree_insert(rtree *t, const double *box, long id);
    int rtree_search(rtree *t, const double *box, long *out, int max_out);
    """
)
lib = ffi.dlopen("librtree.so")


class RTree:
    def __init__(self, dims: int = 2):
        handle = lib.rtree_new(dims)
        if handle == ffi.NULL:
            raise MemoryError("rtree_new failed")
        self._tree = ffi.gc(handle, lib.rtree_free)

    def insert(self, box, item_id: int) -> None:
        lib.rtree_insert(self._tree, ffi.new("double[]", list(box)), item_id)

    def search(self, box, limit: int = 256) -> list:
        out = ffi.new("long[]", limit)
        n = lib.rtree_search(self._tree, ffi.new("double[]", list(box)), out, limit)
        return [out[i] for i in range(max(n, 0))]
