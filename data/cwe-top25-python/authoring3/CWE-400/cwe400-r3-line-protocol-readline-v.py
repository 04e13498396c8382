# ---
# id: cwe400-r3-line-protocol-readline-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: socketserver
# explanation: The line-protocol server reads each command with readline() and no size argument, so a client that sends an endless stream without a newline makes the handler buffer data until the process runs out of memory.
# ---
import socketserver


class CommandHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()  #@vuln
            if not line:
                break
            cmd, _, arg = line.decode("utf-8", "replace").strip().partition(" ")
            reply = self.server.dispatch(cmd.upper(), arg)
            self.wfile.write((reply + "\r\n").encode("utf-8"))
