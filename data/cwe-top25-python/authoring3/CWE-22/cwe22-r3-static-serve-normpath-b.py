# ---
# id: cwe22-r3-static-serve-normpath-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: werkzeug
# explanation: Serves a static file under static_root for a URL path. The path is normalised as if absolute (so '..' cannot climb above '/'), then the real path must start with the real root plus a separator, which also stops symlink escapes and prefix tricks like '/srv/static-old'. Not a path traversal.
# ---
import os
import posixpath

from werkzeug.exceptions import NotFound


def serve_file(static_root, path):
    path = posixpath.normpath("/" + path).lstrip("/")
    full = os.path.realpath(os.path.join(static_root, path))
    root = os.path.realpath(static_root)
    if not full.startswith(root + os.sep) or not os.path.isfile(full):
        raise NotFound()
    with open(full, "rb") as fh:
        return fh.read()
