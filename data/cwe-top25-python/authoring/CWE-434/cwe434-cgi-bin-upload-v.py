# ---
# id: cwe434-cgi-bin-upload-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: http.server, os
# explanation: A lab's small file-drop server is built on CGIHTTPRequestHandler and saves uploaded files into a folder under the served tree that is also listed in cgi_directories. Files of any type are stored there, so uploading a .py script and then requesting it makes the server execute it as a CGI program.
# ---
import os
import re
import uuid
from http.server import CGIHTTPRequestHandler, ThreadingHTTPServer

ROOT = "/srv/labdrop"
DROP = os.path.join(ROOT, "drop")


class DropHandler(CGIHTTPRequestHandler):
    cgi_directories = ["/cgi-bin", "/drop"]

    def do_PUT(self):
        name = os.path.basename(self.path)
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,80}", name):
            self.send_error(400, "bad file name")
            return
        length = min(int(self.headers.get("Content-Length", 0)), 100 * 1024 * 1024)
        stored = f"{uuid.uuid4().hex[:6]}-{name}"
        with open(os.path.join(DROP, stored), "wb") as out:  #@vuln
            out.write(self.rfile.read(length))
        self.send_response(201)
        self.send_header("Location", f"/drop/{stored}")
        self.end_headers()


if __name__ == "__main__":
    os.chdir(ROOT)
    ThreadingHTTPServer(("0.0.0.0", 8080), DropHandler).serve_forever()
