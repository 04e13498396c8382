# ---
# id: cwe125-echo-heartbeat-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-echo-heartbeat-f
# tags: ctypes, socketserver
# explanation: A keep-alive service copies each heartbeat message into a ctypes buffer sized to the bytes actually received and echoes back string_at(buffer, claimed_len), where claimed_len is the 16-bit length field inside the message. A heartbeat claiming 65535 bytes while sending 3 returns up to 64 KB of process memory to the client.
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
        if kind != 1:
            return
        payload = ctypes.create_string_buffer(msg[HB.size :], len(msg) - HB.size)
        echo = ctypes.string_at(payload, claimed_len)  #@vuln
        sock.sendto(HB.pack(2, claimed_len) + echo, self.client_address)


if __name__ == "__main__":
    with socketserver.UDPServer(("0.0.0.0", 7007), HeartbeatHandler) as srv:
        srv.serve_forever()
