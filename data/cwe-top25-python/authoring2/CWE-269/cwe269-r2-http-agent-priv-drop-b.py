# ---
# id: cwe269-r2-http-agent-priv-drop-b
# cwe: CWE-269
# vulnerable: false
# twin: none
# tags: os, pwd, http.server
# explanation: A tiny metrics agent binds port 80 as root and then permanently drops to the nobody-like agent account: it clears supplementary groups, calls setgid before setuid, and verifies that setuid(0) now fails before serving. Real, effective and saved ids are all changed, so the request handling code cannot regain root.
# ---
import json
import logging
import os
import pwd
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

log = logging.getLogger("agent")
AGENT_USER = "metrics-agent"


def drop_to(username: str) -> None:
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        log.info("now running as uid=%d gid=%d", os.getuid(), os.getgid())
        return
    sys.exit("privileges could still be regained; refusing to run")


def read_loadavg() -> dict:
    with open("/proc/loadavg", encoding="ascii") as fh:
        one, five, fifteen, *_ = fh.read().split()
    return {"load1": float(one), "load5": float(five), "load15": float(fifteen)}


class MetricsHandler(BaseHTTPRequestHandler):
    server_version = "agent/1.2"

    def do_GET(self):
        if self.path != "/metrics":
            self.send_error(404)
            return
        body = json.dumps(read_loadavg()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        log.debug("%s " + fmt, self.client_address[0], *args)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    httpd = HTTPServer(("0.0.0.0", 80), MetricsHandler)
    if os.getuid() == 0:
        drop_to(AGENT_USER)
    httpd.serve_forever()
