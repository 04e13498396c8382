# ---
# id: cwe22-unquote-after-check-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: http.server, urllib
# explanation: A small asset server checks the raw request path for ".." and only afterwards URL-decodes it. A request for /%2e%2e/%2e%2e/etc/passwd passes the check and decodes to ../../etc/passwd, which is then opened relative to the asset root.
# ---
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

ROOT = "/srv/kiosk/assets"


class AssetHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        raw = urlsplit(self.path).path
        if ".." in raw:
            self.send_error(400)
            return
        path = os.path.join(ROOT, unquote(raw).lstrip("/"))
        try:
            with open(path, "rb") as fh:  #@vuln
                data = fh.read()
        except OSError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8081), AssetHandler).serve_forever()
