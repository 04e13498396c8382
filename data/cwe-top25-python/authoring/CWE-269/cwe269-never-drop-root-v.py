# ---
# id: cwe269-never-drop-root-v
# cwe: CWE-269
# vulnerable: true
# twin: cwe269-never-drop-root-f
# tags: http.server, ssl, os
# explanation: A small HTTPS status server is started as root so that it can bind port 443 and read the TLS key, but it never gives up root afterwards. Every request is then parsed and answered by a root process, so any bug in request handling runs with full system privileges.
# ---
import os
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
    httpd.serve_forever()  #@vuln


if __name__ == "__main__":
    main()
