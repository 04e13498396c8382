# ---
# id: cwe502-r2-twisted-telemetry-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: twisted, pickle, struct
# explanation: A Twisted TCP collector accepts length-prefixed frames from field devices on a public port and decodes each frame body with pickle.loads. Any client that can connect sends arbitrary pickle bytes, and unpickling them executes attacker-chosen callables inside the collector process.
# ---
import logging
import pickle
import struct
import time

from twisted.internet import protocol, reactor

log = logging.getLogger("telemetry")

HEADER = struct.Struct("!I")
MAX_FRAME = 256 * 1024
LISTEN_PORT = 7400


class TelemetryProtocol(protocol.Protocol):
    def __init__(self, store):
        self.store = store
        self.buffer = b""

    def connectionMade(self):
        peer = self.transport.getPeer()
        log.info("device connected from %s:%s", peer.host, peer.port)

    def dataReceived(self, data):
        self.buffer += data
        while len(self.buffer) >= HEADER.size:
            (length,) = HEADER.unpack_from(self.buffer)
            if length > MAX_FRAME:
                log.warning("frame of %d bytes refused", length)
                self.transport.loseConnection()
                return
            if len(self.buffer) < HEADER.size + length:
                break
            body = self.buffer[HEADER.size:HEADER.size + length]
            self.buffer = self.buffer[HEADER.size + length:]
            self.handle_frame(body)

    def handle_frame(self, body):
        reading = pickle.loads(body)  #@vuln
        device = reading.get("device", "unknown")
        self.store.setdefault(device, []).append((time.time(), reading.get("values", {})))
        self.transport.write(b"ACK\n")


class TelemetryFactory(protocol.Factory):
    def __init__(self):
        self.store = {}

    def buildProtocol(self, addr):
        return TelemetryProtocol(self.store)


def main():
    logging.basicConfig(level=logging.INFO)
    reactor.listenTCP(LISTEN_PORT, TelemetryFactory())
    reactor.run()


if __name__ == "__main__":
    main()
