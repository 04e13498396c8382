# ---
# id: cwe787-r3-scratch-memset-v
# cwe: CWE-787
# vulnerable: true
# twin: none
# tags: ctypes, aiohttp
# explanation: Before each request the handler wipes a 64 KiB scratch buffer shared with a native codec, clearing as many bytes as the client's Content-Length header announces. A larger header value makes ctypes.memset write zeroes past the end of the buffer.
# ---
import ctypes

_SCRATCH = ctypes.create_string_buffer(64 * 1024)


async def handle_decode(request, codec):
    expected = int(request.headers.get("Content-Length", "0"))
    ctypes.memset(_SCRATCH, 0, expected)  #@vuln
    body = await request.read()
    n = min(len(body), len(_SCRATCH))
    ctypes.memmove(_SCRATCH, body, n)
    return codec.decode(_SCRATCH, n)
