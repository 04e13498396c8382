# ---
# id: cwe78-getoutput-mime-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-getoutput-mime-v
# tags: subprocess, werkzeug
# explanation: MIME detection now runs file through subprocess.run with an argument list instead of subprocess.getoutput, so the stored upload path is one argument (after "--") and characters in the client's filename are never parsed by a shell.
# ---
import os
import subprocess

from werkzeug.datastructures import FileStorage

INBOX = "/srv/intake/inbox"
ALLOWED = {"application/pdf", "image/png", "image/jpeg"}


def detect_mime(path: str) -> str:
    proc = subprocess.run(["file", "--brief", "--mime-type", "--", path], capture_output=True, text=True)
    return proc.stdout.strip()


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
