# ---
# id: cwe77-r2-irc-deploy-notifier-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r2-irc-deploy-notifier-f
# tags: twisted, irc
# explanation: A Twisted service relays deploy announcements to an IRC channel, speaking the IRC line protocol directly. The commit subject from the CI webhook is written into a raw PRIVMSG line, so a subject containing CR/LF (e.g. "ok\r\nPRIVMSG NickServ :DROP ..." or "\r\nMODE #ops +o x") injects extra IRC commands executed with the bot's privileges.
# ---
import json

from twisted.internet import protocol, reactor
from twisted.protocols.basic import LineReceiver
from twisted.python import log
from twisted.web import resource, server

CHANNEL = "#deploys"
NICK = "deploybot"
MAX_LINE = 400


class IrcRelay(LineReceiver):
    delimiter = b"\r\n"

    def connectionMade(self):
        self.sendLine(f"NICK {NICK}".encode())
        self.sendLine(f"USER {NICK} 0 * :deploy notifier".encode())

    def lineReceived(self, line):
        text = line.decode("utf-8", errors="replace")
        if text.startswith("PING"):
            self.sendLine(("PONG" + text[4:]).encode())
        elif " 001 " in text:
            self.sendLine(f"JOIN {CHANNEL}".encode())
            self.factory.ready = self

    def announce(self, text):
        line = f"PRIVMSG {CHANNEL} :{text}"[:MAX_LINE]  #@vuln
        self.sendLine(line.encode("utf-8"))


class RelayFactory(protocol.ReconnectingClientFactory):
    protocol = IrcRelay
    ready = None


class DeployHook(resource.Resource):
    isLeaf = True

    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def render_POST(self, request):
        event = json.loads(request.content.read() or b"{}")
        text = "{service} {version} deployed by {author}: {subject}".format(
            service=event.get("service", "?"), version=event.get("version", "?"),
            author=event.get("author", "?"), subject=event.get("subject", ""),
        )
        if self.factory.ready is None:
            request.setResponseCode(503)
            return b"irc not connected"
        self.factory.ready.announce(text)
        log.msg("announced", text)
        return b"ok"


if __name__ == "__main__":
    factory = RelayFactory()
    reactor.connectTCP("irc.internal.example.com", 6667, factory)
    reactor.listenTCP(8099, server.Site(DeployHook(factory)), interface="127.0.0.1")
    reactor.run()
