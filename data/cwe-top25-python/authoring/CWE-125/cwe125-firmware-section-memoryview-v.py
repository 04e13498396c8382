# ---
# id: cwe125-firmware-section-memoryview-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-firmware-section-memoryview-f
# tags: ctypes, struct
# explanation: A firmware-update checker loads an image into a ctypes buffer and builds a memoryview over each section using (c_char * size).from_address(base + offset). Section offsets and sizes come from the image's section table and are never compared with the image length, so a crafted image makes the checksum loop read memory outside the loaded image.
# ---
import ctypes
import hashlib
import struct

SECTION = struct.Struct("<8sII")


def load_image(path):
    with open(path, "rb") as fh:
        data = fh.read()
    buf = ctypes.create_string_buffer(data, len(data))
    return buf, len(data)


def section_digests(path):
    buf, size = load_image(path)
    base = ctypes.addressof(buf)
    (count,) = struct.unpack_from("<I", buf, 4)
    digests = {}
    for i in range(count):
        name, offset, length = SECTION.unpack_from(buf, 8 + i * SECTION.size)
        view = memoryview((ctypes.c_char * length).from_address(base + offset))  #@vuln
        digests[name.rstrip(b"\0").decode()] = hashlib.sha256(view).hexdigest()
    return digests
