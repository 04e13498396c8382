# ---
# id: cwe787-udp-frame-memmove-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-udp-frame-memmove-v
# tags: ctypes, socket
# explanation: The receiver now drops datagrams larger than the 512-byte frame buffer before calling memmove, so the copy length never exceeds the destination size and the C decoder only sees in-bounds data.
# ---
"""UDP receiver that feeds telemetry frames to the native decoder."""

import ctypes
import socket

decoder = ctypes.CDLL("libtlmdecode.so")
decoder.tlm_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
decoder.tlm_decode.restype = ctypes.c_int

FRAME_CAPACITY = 512
frame = ctypes.create_string_buffer(FRAME_CAPACITY)


def handle_datagram(payload: bytes) -> int:
    if len(payload) > FRAME_CAPACITY:
        return -1
    ctypes.memmove(frame, payload, len(payload))
    return decoder.tlm_decode(frame, len(payload))


def serve(port: int = 9125) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", port))
    while True:
        payload, addr = sock.recvfrom(65535)
        status = handle_datagram(payload)
        if status != 0:
            print(f"decode error {status} from {addr[0]}")


if __name__ == "__main__":
    serve()
