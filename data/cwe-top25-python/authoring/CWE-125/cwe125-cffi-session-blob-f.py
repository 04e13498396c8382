# ---
# id: cwe125-cffi-session-blob-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-cffi-session-blob-v
# tags: cffi, asyncio
# explanation: ticket_bytes() now reads at most t.blob_len bytes, the size the library actually allocated, whatever length the client asks for, so ffi.buffer never extends past the ticket.
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
    return ffi.buffer(t.blob, min(max(want, 0), t.blob_len))[:]


async def handle_resume(reader, writer):
    req = json.loads(await reader.readline())
    blob = ticket_bytes(req["session"], int(req.get("len", 64)))
    writer.write(len(blob).to_bytes(4, "big") + blob)
    await writer.drain()
