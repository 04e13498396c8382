# ---
# id: cwe269-daemon-drop-verify-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: os, pwd, grp, socket
# explanation: A DNS-over-TCP relay binds port 53 as root, then clears supplementary groups, sets the gid and uid of the "dnsrelay" account in that order, and confirms that regaining root with os.setuid(0) now fails before serving any client.
# ---
import grp
import os
import pwd
import socket

from relay.server import serve


def drop_privileges(user: str = "dnsrelay", group: str = "dnsrelay") -> None:
    uid = pwd.getpwnam(user).pw_uid
    gid = grp.getgrnam(group).gr_gid
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    os.umask(0o077)
    try:
        os.setuid(0)
    except PermissionError:
        return
    raise SystemExit("privileges were not dropped")


def main() -> None:
    listener = socket.create_server(("0.0.0.0", 53), reuse_port=True)
    drop_privileges()
    serve(listener)


if __name__ == "__main__":
    main()
