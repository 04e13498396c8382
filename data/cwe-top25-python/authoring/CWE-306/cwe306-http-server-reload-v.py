# ---
# id: cwe306-http-server-reload-v
# cwe: CWE-306
# vulnerable: true
# twin: none
# tags: http.server, json
# explanation: A telemetry collector's built-in http.server listens on all interfaces and lets a POST to /config replace the upstream endpoint and API credentials it forwards data to. There is no authentication on the request, so anyone who can reach the port can redirect all collected telemetry to their own server.
# ---
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONFIG = {"upstream": "https://ingest.example.net/v1", "api_key": None, "interval": 30}
LOCK = threading.Lock()


class AdminHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/healthz":
            self._reply(200, {"ok": True})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/config":
            return self._reply(404, {"error": "not found"})
        length = min(int(self.headers.get("Content-Length", 0)), 65536)
        update = json.loads(self.rfile.read(length))
        with LOCK:  #@vuln
            CONFIG.update({k: update[k] for k in ("upstream", "api_key", "interval") if k in update})  #@vuln
        self._reply(200, {"ok": True})

    def _reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve():
    ThreadingHTTPServer(("0.0.0.0", 9100), AdminHandler).serve_forever()
