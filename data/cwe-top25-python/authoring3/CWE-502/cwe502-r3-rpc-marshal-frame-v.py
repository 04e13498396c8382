# ---
# id: cwe502-r3-rpc-marshal-frame-v
# cwe: CWE-502
# vulnerable: true
# twin: none
# tags: marshal, socket, struct
# explanation: A small RPC server reads length-prefixed frames from a TCP peer and decodes them with marshal.loads. marshal is documented as not secure against malicious data: a crafted frame can crash the interpreter or smuggle code objects that the dispatcher later calls, and the socket is reachable by any network peer.
# ---
import marshal
import struct


def _read_frame(sock):
    header = sock.recv(4)
    (length,) = struct.unpack("!I", header)
    buf = b""
    while len(buf) < length:
        chunk = sock.recv(length - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return marshal.loads(buf)  #@vuln


def serve_client(sock, dispatch):
    while True:
        method, args = _read_frame(sock)
        result = dispatch[method](*args)
        sock.sendall(marshal.dumps(result))
