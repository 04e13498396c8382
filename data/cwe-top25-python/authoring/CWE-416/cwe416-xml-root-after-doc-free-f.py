# ---
# id: cwe416-xml-root-after-doc-free-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-xml-root-after-doc-free-v
# tags: ctypes, libxml2
# explanation: The attribute is now read inside the helper while the document is still alive, and only the copied Python string is returned, so no node pointer outlives xmlFreeDoc.
# ---
import ctypes
import ctypes.util

xml = ctypes.CDLL(ctypes.util.find_library("xml2"))
xml.xmlReadMemory.restype = ctypes.c_void_p
xml.xmlReadMemory.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
xml.xmlDocGetRootElement.restype = ctypes.c_void_p
xml.xmlDocGetRootElement.argtypes = [ctypes.c_void_p]
xml.xmlFreeDoc.argtypes = [ctypes.c_void_p]
xml.xmlGetProp.restype = ctypes.c_char_p
xml.xmlGetProp.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
XML_PARSE_NONET = 1 << 11


def feed_attr(data: bytes, name: bytes):
    doc = xml.xmlReadMemory(data, len(data), b"feed.xml", None, XML_PARSE_NONET)
    if not doc:
        raise ValueError("unparseable feed")
    try:
        root = xml.xmlDocGetRootElement(doc)
        if not root:
            return None
        value = xml.xmlGetProp(root, name)
        return value.decode() if value else None
    finally:
        xml.xmlFreeDoc(doc)


def feed_version(data: bytes) -> str:
    return feed_attr(data, b"version") or "unknown"
