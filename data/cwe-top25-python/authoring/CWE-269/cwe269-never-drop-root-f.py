# ---
# id: cwe269-never-drop-root-f
# cwe: CWE-269
# vulnerable: false
# twin: cwe269-never-drop-root-v
# tags: http.server, ssl, os, pwd
# explanation: After binding port 443 and loading the TLS key as root, the server now permanently switches to the unprivileged "statuspage" account (clearing supplementary groups, then setgid, then setuid) before serving any request.
# ---
import os
import pwd
import ssl
from http.server import HTTPServer

from statuspage.handler import StatusHandler

CERT = "/etc/statuspage/tls/fullchain.pem"
KEY = "/etc/statuspage/tls/privkey.pem"


def build_server() -> HTTPServer:
    httpd = HTTPServer(("0.0.0.0", 443), StatusHandler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    return httpd


def main() -> None:
    if os.geteuid() != 0:
        raise SystemExit("must be started as root to bind :443")
    httpd = build_server()
    account = pwd.getpwnam("statuspage")
    os.setgroups([])
    os.setgid(account.pw_gid)
    os.setuid(account.pw_uid)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
