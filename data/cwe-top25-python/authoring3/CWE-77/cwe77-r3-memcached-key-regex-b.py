# ---
# id: cwe77-r3-memcached-key-regex-b
# cwe: CWE-77
# vulnerable: false
# twin: none
# tags: socket, memcached
# explanation: Speaks the memcached text protocol directly. Keys must fully match a short allow-list of characters without spaces or control characters before being written to the socket, so a key cannot end the 'get' line and start another command.
# ---
import re
import socket

_KEY = re.compile(rb"^[A-Za-z0-9:_.-]{1,250}$")


def mc_get(sock: socket.socket, key: bytes) -> bytes:
    if not _KEY.fullmatch(key):
        raise ValueError("bad memcached key")
    sock.sendall(b"get " + key + b"\r\n")
    data = b""
    while not data.endswith(b"END\r\n"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
