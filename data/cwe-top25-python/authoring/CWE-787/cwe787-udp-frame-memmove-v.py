# ---
# id: cwe787-udp-frame-memmove-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-udp-frame-memmove-f
# tags: ctypes, socket
# explanation: A telemetry receiver copies each UDP datagram payload into a fixed 512-byte ctypes buffer that a C decoder then parses. ctypes.memmove copies len(payload) bytes with no check, and datagrams can be up to 65507 bytes, so a large packet writes far past the end of the buffer and corrupts the heap.
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
    ctypes.memmove(frame, payload, len(payload))  #@vuln
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
