# ---
# id: cwe125-firmware-section-memoryview-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-firmware-section-memoryview-v
# tags: ctypes, struct
# explanation: section_digests() now rejects any section whose offset + length runs past the loaded image before building the memoryview, so hashing only reads bytes of the image.
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
        if offset + length > size:
            raise ValueError(f"section {name!r} exceeds image size")
        view = memoryview((ctypes.c_char * length).from_address(base + offset))
        digests[name.rstrip(b"\0").decode()] = hashlib.sha256(view).hexdigest()
    return digests
