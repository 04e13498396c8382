# ---
# id: cwe77-r3-tiny-redis-inline-get-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r3-tiny-redis-inline-get-f
# tags: socket, redis
# explanation: A minimal Redis client sends GET in the inline command format; the key is built from request data (a session id cookie) by its callers. A key containing '\r\n' ends the GET and starts new commands such as 'FLUSHALL' or 'CONFIG SET dir', so the client lets the user issue arbitrary Redis commands.
# ---
import socket


class TinyRedis:
    def __init__(self, host="127.0.0.1", port=6379):
        self.sock = socket.create_connection((host, port))

    def get(self, key: str) -> bytes:
        self.sock.sendall(("GET %s\r\n" % key).encode())  #@vuln
        return self.sock.recv(65536)
