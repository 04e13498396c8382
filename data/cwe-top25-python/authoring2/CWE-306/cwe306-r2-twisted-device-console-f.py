# ---
# id: cwe306-r2-twisted-device-console-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-r2-twisted-device-console-v
# tags: twisted
# explanation: A Twisted line protocol gives technicians a text console to a PLC gateway. The dispatcher now refuses every command outside HELP, AUTH and QUIT until AUTH has succeeded and set self.user, so GET, SET and REBOOT need a valid user and PIN first.
# ---
import hmac
import logging

from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver

log = logging.getLogger("console")

PUBLIC = {"HELP", "AUTH", "QUIT"}


class ConsoleProtocol(LineReceiver):
    delimiter = b"\n"

    def __init__(self, factory):
        self.factory = factory
        self.user = None

    def connectionMade(self):
        self.sendLine(b"gateway console ready; AUTH <user> <pin>")

    def lineReceived(self, line: bytes):
        parts = line.decode("ascii", "replace").strip().split()
        if not parts:
            return
        cmd, args = parts[0].upper(), parts[1:]
        handler = getattr(self, f"do_{cmd}", None)
        if handler is None:
            self.sendLine(b"ERR unknown command")
            return
        if cmd not in PUBLIC and self.user is None:
            self.sendLine(b"ERR authenticate first")
            return
        handler(*args)

    def do_HELP(self):
        self.sendLine(b"HELP AUTH GET SET REBOOT QUIT")

    def do_AUTH(self, user="", pin=""):
        expected = self.factory.pins.get(user)
        if expected and hmac.compare_digest(expected, pin):
            self.user = user
            self.sendLine(b"OK")
        else:
            self.sendLine(b"ERR denied")

    def do_GET(self, key=""):
        self.sendLine(f"{key}={self.factory.plc.read(key)}".encode())

    def do_SET(self, key="", value=""):
        self.factory.plc.write(key, float(value))
        log.info("%s set %s=%s", self.user, key, value)
        self.sendLine(b"OK")

    def do_REBOOT(self):
        log.warning("reboot requested by %s", self.user)
        self.sendLine(b"OK rebooting")
        reactor.callLater(1, self.factory.plc.reboot)

    def do_QUIT(self):
        self.transport.loseConnection()


class ConsoleFactory(protocol.Factory):
    def __init__(self, plc, pins):
        self.plc = plc
        self.pins = pins

    def buildProtocol(self, addr):
        return ConsoleProtocol(self)
