# ---
# id: cwe416-xml-root-after-doc-free-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-xml-root-after-doc-free-f
# tags: ctypes, libxml2
# explanation: A feed importer parses XML with libxml2 through ctypes. The helper returns the root element pointer but frees the document in its finally block; the root node belongs to the document, so the caller walks node memory that xmlFreeDoc already released.
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


def feed_root(data: bytes):
    doc = xml.xmlReadMemory(data, len(data), b"feed.xml", None, XML_PARSE_NONET)
    if not doc:
        raise ValueError("unparseable feed")
    try:
        return xml.xmlDocGetRootElement(doc)
    finally:
        xml.xmlFreeDoc(doc)


def feed_version(data: bytes) -> str:
    root = feed_root(data)
    if not root:
        return "unknown"
    version = xml.xmlGetProp(root, b"version")  #@vuln
    return version.decode() if version else "unknown"
