# ---
# id: cwe306-firmware-socket-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-firmware-socket-f
# tags: socketserver, struct, iot
# explanation: An IoT gateway listens on all interfaces for a small binary protocol whose FLASH command writes a new firmware image and reboots the device. The handler never authenticates the peer, so anyone on the network can flash arbitrary firmware.
# ---
import socketserver
import struct

from gateway.firmware import write_image, schedule_reboot

CMD_PING, CMD_FLASH = 1, 2
MAX_IMAGE = 8 * 1024 * 1024


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self):
        header = self.rfile.read(5)
        if len(header) != 5:
            return
        cmd, length = struct.unpack("!BI", header)
        if cmd == CMD_PING:
            self.wfile.write(b"PONG")
        elif cmd == CMD_FLASH and length <= MAX_IMAGE:
            image = self.rfile.read(length)
            write_image(image)  #@vuln
            self.wfile.write(b"OK")
            schedule_reboot(delay=5)
        else:
            self.wfile.write(b"ERR")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7700), ControlHandler) as server:
        server.serve_forever()
