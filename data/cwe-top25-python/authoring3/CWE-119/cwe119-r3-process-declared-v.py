# ---
# id: cwe119-r3-process-declared-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r3-process-declared-f
# tags: ctypes, asyncio
# explanation: The codec is handed the receive buffer together with the length field from the message header instead of the number of bytes actually received. A peer that declares a longer body than it sends makes the native in-place transform read and write beyond the buffer.
# ---
import ctypes


async def handle_message(reader, codec):
    header = await reader.readexactly(6)
    kind = header[0]
    declared = int.from_bytes(header[2:6], "big")
    body = await reader.read(65536)
    buf = ctypes.create_string_buffer(body, len(body))
    codec.transform_inplace(buf, ctypes.c_size_t(declared), kind)  #@vuln
    return buf.raw
