# ---
# id: cwe306-r3-unix-control-b
# cwe: CWE-306
# vulnerable: false
# twin: none
# tags: socket, os
# explanation: Control server of a local daemon on a Unix domain socket: the socket file is created with 0600 permissions inside a root-owned runtime directory and the peer's uid is checked with SO_PEERCRED, so only the daemon's own user can send commands.
# ---
import os
import socket
import struct


def serve_control(path, commands):
    if os.path.exists(path):
        os.unlink(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        sock.bind(path)
    finally:
        os.umask(old)
    sock.listen(4)
    while True:
        conn, _ = sock.accept()
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        _, uid, _ = struct.unpack("3i", creds)
        if uid != os.getuid():
            conn.close()
            continue
        cmd = conn.recv(256).decode().strip()
        fn = commands.get(cmd)
        conn.sendall(b"ok\n" if fn and fn() is not False else b"err\n")
        conn.close()
