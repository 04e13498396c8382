# ---
# id: cwe269-r2-syslog-daemon-drop-order-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-r2-syslog-daemon-drop-order-v
# tags: os, pwd, grp, socket
# explanation: A small syslog collector starts as root to bind UDP port 514 and then drops to the syslog user. It now clears the supplementary groups, sets the group id while still root and only then sets the user id, and any failure aborts start-up, so the process runs with exactly the syslog user's uid and gid and no leftover root groups.
# ---
import grp
import logging
import os
import pwd
import socket
import sys
from datetime import datetime, timezone

log = logging.getLogger("collector")

LISTEN = ("0.0.0.0", 514)
RUN_AS = "syslog"
SPOOL = "/var/spool/collector"


def bind_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(LISTEN)
    return sock


def drop_privileges(user: str) -> None:
    entry = pwd.getpwnam(user)
    group = grp.getgrgid(entry.pw_gid)
    os.setgroups([])
    os.setgid(group.gr_gid)
    os.setuid(entry.pw_uid)
    os.umask(0o027)
    log.info("running as %s:%s", user, group.gr_name)


def parse(datagram: bytes) -> tuple[int, str]:
    text = datagram.decode("utf-8", "replace").rstrip("\n")
    if text.startswith("<") and ">" in text[:5]:
        pri, _, rest = text[1:].partition(">")
        if pri.isdigit():
            return int(pri), rest
    return 13, text


def serve(sock: socket.socket) -> None:
    day_file = None
    while True:
        data, addr = sock.recvfrom(8192)
        pri, message = parse(data)
        today = datetime.now(timezone.utc).strftime("%Y%m%d")
        path = os.path.join(SPOOL, f"{today}.log")
        if day_file is None or day_file.name != path:
            if day_file:
                day_file.close()
            day_file = open(path, "a", encoding="utf-8")
        day_file.write(f"{addr[0]} fac={pri >> 3} sev={pri & 7} {message}\n")
        day_file.flush()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if os.geteuid() != 0:
        sys.exit("must start as root to bind port 514")
    s = bind_socket()
    drop_privileges(RUN_AS)
    serve(s)
