# ---
# id: cwe77-r3-tiny-redis-inline-get-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-r3-tiny-redis-inline-get-v
# tags: socket, redis
# explanation: Fixed twin: the command is encoded in RESP with a length-prefixed bulk string for the key, so Redis reads exactly len(k) bytes as the key and CR/LF inside it cannot start another command.
# ---
import socket


class TinyRedis:
    def __init__(self, host="127.0.0.1", port=6379):
        self.sock = socket.create_connection((host, port))

    def get(self, key: str) -> bytes:
        k = key.encode()
        self.sock.sendall(b"*2\r\n$3\r\nGET\r\n$%d\r\n%s\r\n" % (len(k), k))
        return self.sock.recv(65536)
