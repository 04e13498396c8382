# ---
# id: cwe119-r3-process-declared-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-r3-process-declared-v
# tags: ctypes, asyncio
# explanation: The declared length must match the bytes actually received, and the size passed to the native transform is len(body), the buffer's own length, so the in-place operation stays inside the buffer.
# ---
import ctypes


async def handle_message(reader, codec):
    header = await reader.readexactly(6)
    kind = header[0]
    declared = int.from_bytes(header[2:6], "big")
    body = await reader.read(65536)
    if declared != len(body):
        raise ValueError("length mismatch")
    buf = ctypes.create_string_buffer(body, len(body))
    codec.transform_inplace(buf, ctypes.c_size_t(len(body)), kind)
    return buf.raw
