# ---
# id: cwe119-cbc-decrypt-block-len-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-cbc-decrypt-block-len-f
# tags: ctypes, socket
# explanation: A legacy SCADA gateway decrypts frames in place with a C AES-CBC routine that processes whole 16-byte blocks and rounds the length up internally. The frame body is copied into a buffer of exactly its own length and passed with that length, so a body that is not a multiple of 16 makes the routine read and write the rest of the last block beyond the buffer.
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
    buf = ctypes.create_string_buffer(body, len(body))
    aes.cbc_decrypt_inplace(buf, len(body), key, iv)  #@vuln
    pad = buf.raw[-1] if buf.raw else 0
    return buf.raw[: len(body) - pad]


def handle(sock, key: bytes, dispatch):
    while True:
        frame, addr = sock.recvfrom(2048)
        if len(frame) > FRAME.size:
            dispatch(addr, decrypt_frame(frame, key))
