# ---
# id: cwe78-r2-whois-protocol-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: twisted
# explanation: A Twisted line protocol lets support staff look up domains by spawning the system whois client with reactor.spawnProcess(). The program path is constant and the domain is one element of the argv list (no shell is involved); it must also match a hostname pattern, so it can neither carry shell syntax nor start with '-' and be read as an option.
# ---
import re

from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver
from twisted.python import log

WHOIS = "/usr/bin/whois"
DOMAIN_RE = re.compile(r"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
MAX_OUTPUT = 64 * 1024


class WhoisProcess(protocol.ProcessProtocol):
    def __init__(self, client, domain):
        self.client = client
        self.domain = domain
        self.chunks = []
        self.size = 0

    def outReceived(self, data):
        if self.size < MAX_OUTPUT:
            self.chunks.append(data[: MAX_OUTPUT - self.size])
            self.size += len(data)

    def processEnded(self, reason):
        text = b"".join(self.chunks).decode("utf-8", errors="replace")
        for line in text.splitlines():
            if ":" in line and not line.lstrip().startswith(("%", "#")):
                self.client.sendLine(line.strip().encode())
        self.client.sendLine(b".")
        log.msg(f"whois {self.domain}: {self.size} bytes")


class LookupProtocol(LineReceiver):
    delimiter = b"\n"

    def lineReceived(self, line):
        domain = line.decode("ascii", errors="ignore").strip().lower()
        if not DOMAIN_RE.match(domain):
            self.sendLine(b"ERR bad domain")
            return
        reactor.spawnProcess(WhoisProcess(self, domain), WHOIS, [WHOIS, domain], env={})


class LookupFactory(protocol.Factory):
    protocol = LookupProtocol


if __name__ == "__main__":
    import sys

    log.startLogging(sys.stdout)
    reactor.listenTCP(4343, LookupFactory(), interface="127.0.0.1")
    reactor.run()
