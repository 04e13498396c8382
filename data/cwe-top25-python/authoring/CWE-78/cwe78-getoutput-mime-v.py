# ---
# id: cwe78-getoutput-mime-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-getoutput-mime-f
# tags: subprocess, werkzeug
# explanation: A document intake service detects MIME types by calling subprocess.getoutput, which always runs its argument through the shell, on a path built from the uploaded filename. A filename containing backticks or "$( )" is executed during type detection.
# ---
import os
import subprocess

from werkzeug.datastructures import FileStorage

INBOX = "/srv/intake/inbox"
ALLOWED = {"application/pdf", "image/png", "image/jpeg"}


def detect_mime(path: str) -> str:
    return subprocess.getoutput(f'file --brief --mime-type "{path}"').strip()  #@vuln


def accept_upload(upload: FileStorage, batch_id: str) -> str:
    folder = os.path.join(INBOX, batch_id)
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, os.path.basename(upload.filename or "document"))
    upload.save(target)
    mime = detect_mime(target)
    if mime not in ALLOWED:
        os.remove(target)
        raise ValueError(f"unsupported type {mime}")
    return target
