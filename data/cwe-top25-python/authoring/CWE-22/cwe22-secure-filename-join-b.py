# ---
# id: cwe22-secure-filename-join-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: flask, werkzeug
# explanation: A receipt upload handler joins a client-supplied filename onto the storage directory and writes to it, but the name first goes through werkzeug's secure_filename, which strips path separators and leading dots, so the result is always a plain name inside the receipts folder.
# ---
import os
import time

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
RECEIPTS = "/srv/expenses/receipts"
ALLOWED_EXT = {".pdf", ".png", ".jpg", ".jpeg"}


@app.post("/expenses/<int:expense_id>/receipt")
@login_required
def upload_receipt(expense_id):
    upload = request.files.get("receipt")
    name = secure_filename(upload.filename if upload else "")
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        abort(400)
    folder = os.path.join(RECEIPTS, str(current_user.id), str(expense_id))
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, f"{int(time.time())}-{name}")
    upload.save(target)
    return jsonify(stored=os.path.basename(target)), 201
