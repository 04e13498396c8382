# ---
# id: cwe400-r2-twisted-line-limit-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: twisted
# explanation: A Twisted line-based status protocol sets LineReceiver.MAX_LENGTH so over-long lines drop the connection, caps concurrent connections in the factory, and closes idle clients with a timeout. Per-connection buffering, connection count and idle time are all bounded, so clients cannot exhaust the server's memory or sockets.
# ---
import logging

from twisted.internet import reactor
from twisted.internet.protocol import ServerFactory
from twisted.protocols.basic import LineReceiver
from twisted.protocols.policies import TimeoutMixin

from statusd.collector import Collector

log = logging.getLogger("statusd")

MAX_CLIENTS = 200
IDLE_SECONDS = 60
COMMANDS = ("PING", "STATUS", "QUIT")


class StatusProtocol(LineReceiver, TimeoutMixin):
    MAX_LENGTH = 1024
    delimiter = b"\n"

    def connectionMade(self):
        if self.factory.clients >= MAX_CLIENTS:
            self.sendLine(b"ERR busy")
            self.transport.loseConnection()
            return
        self.factory.clients += 1
        self.counted = True
        self.setTimeout(IDLE_SECONDS)

    def connectionLost(self, reason):
        if getattr(self, "counted", False):
            self.factory.clients -= 1
        self.setTimeout(None)

    def lineLengthExceeded(self, line):
        log.info("dropping client after %d byte line", len(line))
        self.transport.loseConnection()

    def lineReceived(self, line):
        self.resetTimeout()
        command = line.strip().decode("ascii", errors="replace").upper()
        if command not in COMMANDS:
            self.sendLine(b"ERR unknown command")
        elif command == "PING":
            self.sendLine(b"PONG")
        elif command == "STATUS":
            stats = self.factory.snapshot()
            self.sendLine(" ".join(f"{k}={v}" for k, v in sorted(stats.items())).encode())
        else:
            self.transport.loseConnection()

    def timeoutConnection(self):
        self.sendLine(b"ERR idle")
        self.transport.loseConnection()


class StatusFactory(ServerFactory):
    protocol = StatusProtocol

    def __init__(self, collector):
        self.collector = collector
        self.clients = 0

    def snapshot(self):
        return {"clients": self.clients, **self.collector.summary()}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    reactor.listenTCP(7070, StatusFactory(collector=Collector()), interface="127.0.0.1")
    reactor.run()
