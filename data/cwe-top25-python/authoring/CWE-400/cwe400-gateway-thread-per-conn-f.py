# ---
# id: cwe400-gateway-thread-per-conn-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-gateway-thread-per-conn-v
# tags: socket, threading
# explanation: The gateway now holds a BoundedSemaphore of 64 slots, closes connections beyond that, and sets a 30 second idle timeout on each socket. The number of threads and open sockets is bounded and idle clients are dropped.
# ---
"""TCP front end of the sensor gateway."""

import socket
import threading

from gateway.protocol import handle_frame

LISTEN = ("0.0.0.0", 7700)
slots = threading.BoundedSemaphore(64)


def serve_client(conn, addr):
    try:
        with conn:
            conn.settimeout(30)
            reader = conn.makefile("rb")
            for line in iter(lambda: reader.readline(4096), b""):
                reply = handle_frame(addr, line.rstrip(b"\r\n"))
                if reply:
                    conn.sendall(reply)
    except OSError:
        pass
    finally:
        slots.release()


def main():
    srv = socket.create_server(LISTEN, reuse_port=True)
    while True:
        conn, addr = srv.accept()
        if not slots.acquire(blocking=False):
            conn.close()
            continue
        threading.Thread(target=serve_client, args=(conn, addr), daemon=True).start()


if __name__ == "__main__":
    main()
