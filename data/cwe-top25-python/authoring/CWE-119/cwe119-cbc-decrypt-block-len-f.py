# ---
# id: cwe119-cbc-decrypt-block-len-f
# cwe: CWE-119
# vulnerable: false
# twin: cwe119-cbc-decrypt-block-len-v
# tags: ctypes, socket
# explanation: decrypt_frame() now rejects bodies that are empty or not a multiple of the 16-byte block size before the call, so the length passed to the C routine always covers whole blocks that lie inside the buffer.
# ---
"""Frame decryption for the SCADA gateway."""

import ctypes
import struct

aes = ctypes.CDLL("libtinyaes.so")
aes.cbc_decrypt_inplace.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_char_p]
FRAME = struct.Struct("!HH16s")


def decrypt_frame(frame: bytes, key: bytes) -> bytes:
    station, length, iv = FRAME.unpack_from(frame)
    body = frame[FRAME.size : FRAME.size + length]
    if not body or len(body) % 16:
        raise ValueError("ciphertext must be a non-empty multiple of 16 bytes")
    buf = ctypes.create_string_buffer(body, len(body))
    aes.cbc_decrypt_inplace(buf, len(body), key, iv)
    pad = buf.raw[-1] if buf.raw else 0
    return buf.raw[: len(body) - pad]


def handle(sock, key: bytes, dispatch):
    while True:
        frame, addr = sock.recvfrom(2048)
        if len(frame) > FRAME.size:
            dispatch(addr, decrypt_frame(frame, key))
