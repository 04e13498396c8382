# ---
# id: cwe400-gateway-thread-per-conn-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-gateway-thread-per-conn-f
# tags: socket, threading
# explanation: An IoT gateway accepts sensor connections on a TCP port and starts a new thread for every connection, with no cap and no socket timeout. Anyone who can reach the port can open thousands of idle connections and exhaust threads, memory and file descriptors.
# ---
"""TCP front end of the sensor gateway."""

import socket
import threading

from gateway.protocol import handle_frame

LISTEN = ("0.0.0.0", 7700)


def serve_client(conn, addr):
    with conn:
        reader = conn.makefile("rb")
        for line in iter(lambda: reader.readline(4096), b""):
            reply = handle_frame(addr, line.rstrip(b"\r\n"))
            if reply:
                conn.sendall(reply)


def main():
    srv = socket.create_server(LISTEN, reuse_port=True)
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=serve_client, args=(conn, addr), daemon=True).start()  #@vuln


if __name__ == "__main__":
    main()
