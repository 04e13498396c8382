# ---
# id: cwe434-r3-allowed-file-uuid-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: flask, werkzeug
# explanation: The receipt upload checks the final extension against an allow-list of image and PDF types, then stores the file under a random name with that extension, so no script or markup type can be placed in the uploads directory.
# ---
import os
import uuid

from flask import abort, current_app, request

ALLOWED = {"png", "jpg", "jpeg", "pdf"}


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED


def upload_receipt(expense):
    f = request.files["receipt"]
    if not f or not allowed_file(f.filename):
        abort(400)
    name = "%s.%s" % (uuid.uuid4().hex, f.filename.rsplit(".", 1)[1].lower())
    f.save(os.path.join(current_app.config["UPLOAD_FOLDER"], name))
    expense.receipt = name
