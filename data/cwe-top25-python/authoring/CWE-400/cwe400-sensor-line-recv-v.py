# ---
# id: cwe400-sensor-line-recv-v
# cwe: CWE-400
# vulnerable: true
# twin: none
# tags: socket
# explanation: A weather-station collector reads newline-terminated readings from each TCP client by appending recv() chunks to a buffer until a newline appears. There is no maximum line length, so a client that never sends a newline makes the buffer grow until the collector runs out of memory.
# ---
import socket

from collector.store import save_reading


def read_line(sock: socket.socket) -> bytes:
    buf = b""
    while b"\n" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("client closed")
        buf += chunk  #@vuln
    line, _, _ = buf.partition(b"\n")
    return line


def serve(sock: socket.socket, station_id: str) -> None:
    sock.settimeout(60)
    with sock:
        while True:
            line = read_line(sock)
            fields = line.decode("ascii", "replace").split(",")
            if len(fields) == 3:
                save_reading(station_id, *fields)
