# ---
# id: cwe269-r3-bind-then-serve-v
# cwe: CWE-269
# vulnerable: true
# twin: none
# tags: socket, os
# explanation: Server that raises its effective uid to root to bind port 443 and then goes on to accept and handle client connections without lowering it again, so all request handling (including parsing of untrusted input) runs with root privileges.
# ---
import os
import socket


def serve(handler, service_uid):
    os.seteuid(0)  #@vuln
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("0.0.0.0", 443))
    sock.listen(128)
    while True:
        conn, addr = sock.accept()
        handler(conn, addr)
