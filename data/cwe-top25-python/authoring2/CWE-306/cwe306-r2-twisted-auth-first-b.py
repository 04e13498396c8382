# ---
# id: cwe306-r2-twisted-auth-first-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: twisted, hashlib
# explanation: A Twisted protocol accepts job submissions from build agents over TCP. The first line of every connection must be a HELLO with the agent name and a token checked against stored SHA-256 digests in constant time; until that succeeds the protocol answers nothing but an error and drops the connection, so the SUBMIT and CANCEL commands are only reachable by authenticated agents.
# ---
import hashlib
import hmac
import json
import logging

from twisted.internet import protocol
from twisted.protocols.basic import LineOnlyReceiver

log = logging.getLogger("jobs.listener")


class AgentProtocol(LineOnlyReceiver):
    MAX_LENGTH = 65536

    def __init__(self, queue, token_digests):
        self.queue = queue
        self.token_digests = token_digests
        self.agent = None

    def lineReceived(self, line: bytes):
        text = line.decode("utf-8", "replace")
        if self.agent is None:
            self.handshake(text)
            return
        verb, _, rest = text.partition(" ")
        if verb == "SUBMIT":
            job = json.loads(rest)
            job_id = self.queue.submit(self.agent, job.get("pipeline", "default"), job.get("ref", "main"))
            self.sendLine(f"OK {job_id}".encode())
        elif verb == "CANCEL":
            ok = self.queue.cancel(self.agent, rest.strip())
            self.sendLine(b"OK" if ok else b"ERR not found")
        else:
            self.sendLine(b"ERR unknown verb")

    def handshake(self, text: str):
        verb, _, rest = text.partition(" ")
        name, _, token = rest.partition(" ")
        expected = self.token_digests.get(name)
        given = hashlib.sha256(token.encode()).hexdigest()
        if verb != "HELLO" or expected is None or not hmac.compare_digest(given, expected):
            log.warning("rejected agent %r from %s", name, self.transport.getPeer())
            self.sendLine(b"ERR authentication required")
            self.transport.loseConnection()
            return
        self.agent = name
        self.sendLine(b"WELCOME")

    def lineLengthExceeded(self, line):
        self.transport.loseConnection()


class AgentFactory(protocol.Factory):
    def __init__(self, queue, token_digests):
        self.queue = queue
        self.token_digests = token_digests

    def buildProtocol(self, addr):
        return AgentProtocol(self.queue, self.token_digests)
