# ---
# id: cwe269-r3-seteuid-scope-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: os, socket
# explanation: Binds a privileged port with a temporary root effective uid and restores the service uid in a finally block before any connection is accepted.
# ---
import os
import socket


def open_listener(port, service_uid):
    os.seteuid(0)
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("0.0.0.0", port))
        sock.listen(128)
    finally:
        os.seteuid(service_uid)
    return sock
