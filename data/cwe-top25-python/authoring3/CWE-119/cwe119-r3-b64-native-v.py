# ---
# id: cwe119-r3-b64-native-v
# cwe: CWE-119
# vulnerable: true
# twin: none
# tags: ctypes
# explanation: The output buffer for the native base64 decoder is sized at half the input length, but base64 decodes to up to three quarters of it. The decoder is told the input length only, so for any normal input it writes past the end of the output buffer.
# ---
import ctypes


def b64decode_native(lib, text: bytes) -> bytes:
    out = ctypes.create_string_buffer(len(text) // 2)  #@vuln
    n = lib.b64_decode(text, len(text), out)
    if n < 0:
        raise ValueError("invalid base64")
    return out.raw[:n]
