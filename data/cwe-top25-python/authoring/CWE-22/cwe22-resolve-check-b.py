# ---
# id: cwe22-resolve-check-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: pathlib, http.server
# explanation: A tiny static file server for a documentation preview maps URL paths onto a docs directory with pathlib. Every path is resolved and required to be relative to the resolved root before it is opened, so "/../../etc/passwd" and symlinks leaving the tree get a 404.
# ---
import mimetypes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DOCS = Path("site").resolve()


class DocsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rel = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
        target = (DOCS / rel).resolve()
        if not target.is_relative_to(DOCS) or not target.is_file():
            self.send_error(404)
            return
        body = target.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(target.name)[0] or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8000), DocsHandler).serve_forever()
