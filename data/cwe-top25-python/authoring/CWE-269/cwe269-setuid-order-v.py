# ---
# id: cwe269-setuid-order-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-setuid-order-f
# tags: os, pwd, socket
# explanation: A log-shipping daemon starts as root to bind port 514, then drops to the "syslog" account. It calls os.setuid before os.setgid, so the later setgid fails silently inside the try block and the process keeps root's group id (and supplementary groups) while parsing untrusted network input.
# ---
import os
import pwd
import socket

from shipper.forward import forward_line


def drop_to(username: str) -> None:
    entry = pwd.getpwnam(username)
    os.setuid(entry.pw_uid)  #@vuln
    try:
        os.setgid(entry.pw_gid)  #@vuln
    except PermissionError:
        pass


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    drop_to("syslog")
    while True:
        data, addr = sock.recvfrom(8192)
        forward_line(data.decode("utf-8", errors="replace"), source=addr[0])


if __name__ == "__main__":
    main()
