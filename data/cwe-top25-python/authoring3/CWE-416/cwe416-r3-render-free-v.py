# ---
# id: cwe416-r3-render-free-v
# cwe: CWE-416
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: render_markdown frees the HTML buffer returned by the C renderer and only then copies it out with string_at, so the copy reads memory that has already been returned to the allocator and can contain another request's data.
# ---
import ctypes


def render_markdown(lib, text: str) -> str:
    src = text.encode("utf-8")
    out_len = ctypes.c_size_t()
    ptr = lib.md_render(src, len(src), ctypes.byref(out_len))
    if not ptr:
        raise RuntimeError("render failed")
    lib.md_free(ptr)
    html = ctypes.string_at(ptr, out_len.value)  #@vuln
    return html.decode("utf-8")
