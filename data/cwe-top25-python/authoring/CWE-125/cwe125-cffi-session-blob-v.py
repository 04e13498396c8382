# ---
# id: cwe125-cffi-session-blob-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-cffi-session-blob-f
# tags: cffi, asyncio
# explanation: A chat relay asks a C crypto library for a session's ticket blob and returns ffi.buffer(blob, n) to the client, where n is the length the client asked for in its resume request. The library allocated only blob_len bytes, so a larger n leaks the heap memory behind the ticket, Heartbleed-style.
# ---
import json

from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { unsigned char *blob; size_t blob_len; } ticket_t;
    ticket_t *ticket_for(const char *session_id);
    """
)
crypto = ffi.dlopen("libchatcrypto.so")


def ticket_bytes(session_id: str, want: int) -> bytes:
    t = crypto.ticket_for(session_id.encode())
    if t == ffi.NULL:
        raise KeyError(session_id)
    return ffi.buffer(t.blob, want)[:]  #@vuln


async def handle_resume(reader, writer):
    req = json.loads(await reader.readline())
    blob = ticket_bytes(req["session"], int(req.get("len", 64)))
    writer.write(len(blob).to_bytes(4, "big") + blob)
    await writer.drain()
