# ---
# id: cwe22-r3-upload-secure-filename-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: werkzeug, flask
# explanation: Saves an uploaded file under the upload directory. The client's filename goes through werkzeug's secure_filename, which strips path separators and '..', and a random prefix is added; the joined path cannot leave upload_dir.
# ---
import os
import uuid

from werkzeug.utils import secure_filename


def handle_upload(file_storage, upload_dir):
    name = secure_filename(file_storage.filename) or "upload"
    stored = f"{uuid.uuid4().hex}_{name}"
    dest = os.path.join(upload_dir, stored)
    file_storage.save(dest)
    return stored
