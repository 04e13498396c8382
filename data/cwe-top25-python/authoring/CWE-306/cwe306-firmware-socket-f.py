# ---
# id: cwe306-firmware-socket-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-firmware-socket-v
# tags: socketserver, struct, hmac, iot
# explanation: The FLASH command now requires a 32-byte HMAC-SHA256 tag over the image computed with the device's provisioning key; the gateway recomputes it and compares in constant time, so only holders of the key can flash firmware.
# ---
import hashlib
import hmac
import socketserver
import struct

from gateway.firmware import write_image, schedule_reboot
from gateway.provisioning import device_key

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
            tag = self.rfile.read(32)
            image = self.rfile.read(length)
            expected = hmac.new(device_key(), image, hashlib.sha256).digest()
            if not hmac.compare_digest(tag, expected):
                self.wfile.write(b"DENIED")
                return
            write_image(image)
            self.wfile.write(b"OK")
            schedule_reboot(delay=5)
        else:
            self.wfile.write(b"ERR")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7700), ControlHandler) as server:
        server.serve_forever()
