# ---
# id: cwe125-lib-string-out-size-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes
# explanation: A PDF-metadata binding asks the C library for a field value, receiving a pointer and its length through out-parameters; it reads exactly that many bytes with string_at and frees the buffer afterwards, so the read matches the allocation the library made.
# ---
import ctypes

pdf = ctypes.CDLL("libpdfmeta.so")
pdf.pdfm_open.restype = ctypes.c_void_p
pdf.pdfm_open.argtypes = [ctypes.c_char_p]
pdf.pdfm_get.restype = ctypes.c_int
pdf.pdfm_get.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
pdf.pdfm_free.argtypes = [ctypes.c_void_p]
pdf.pdfm_close.argtypes = [ctypes.c_void_p]


def metadata(path: str, keys=("Title", "Author", "Producer")) -> dict:
    doc = pdf.pdfm_open(path.encode())
    if not doc:
        raise OSError(f"cannot open {path}")
    out = {}
    try:
        for key in keys:
            ptr, size = ctypes.c_void_p(), ctypes.c_size_t()
            if pdf.pdfm_get(doc, key.encode(), ctypes.byref(ptr), ctypes.byref(size)) == 0 and ptr.value:
                out[key] = ctypes.string_at(ptr.value, size.value).decode("utf-8", "replace")
                pdf.pdfm_free(ptr)
    finally:
        pdf.pdfm_close(doc)
    return out
