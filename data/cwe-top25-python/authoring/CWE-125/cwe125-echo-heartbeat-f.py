# ---
# id: cwe125-echo-heartbeat-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-echo-heartbeat-v
# tags: ctypes, socketserver
# explanation: The handler now drops heartbeats whose claimed length exceeds the payload actually received, so string_at only reads bytes inside the buffer that holds the message.
# ---
import ctypes
import socketserver
import struct

HB = struct.Struct("!BH")


class HeartbeatHandler(socketserver.BaseRequestHandler):
    def handle(self):
        msg, sock = self.request
        if len(msg) < HB.size:
            return
        kind, claimed_len = HB.unpack_from(msg)
        if kind != 1 or claimed_len > len(msg) - HB.size:
            return
        payload = ctypes.create_string_buffer(msg[HB.size :], len(msg) - HB.size)
        echo = ctypes.string_at(payload, claimed_len)
        sock.sendto(HB.pack(2, claimed_len) + echo, self.client_address)


if __name__ == "__main__":
    with socketserver.UDPServer(("0.0.0.0", 7007), HeartbeatHandler) as srv:
        srv.serve_forever()
