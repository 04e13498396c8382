# ---
# id: cwe434-private-storage-attachment-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: flask, flask-login, werkzeug
# explanation: Expense receipts are accepted only with pdf, png or jpg extensions, renamed to a random id, and stored outside the web root. They are returned only through a view that checks ownership and sends them as attachments with a fixed MIME type and nosniff, so even an odd file cannot execute or render as a page.
# ---
import os
import uuid

from flask import Flask, abort, request, send_file
from flask_login import current_user, login_required

from .models import Receipt, db

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
STORE = "/var/lib/expenses/receipts"
TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}


@app.post("/receipts")
@login_required
def upload_receipt():
    upload = request.files.get("receipt")
    ext = upload.filename.rsplit(".", 1)[-1].lower() if upload and "." in upload.filename else ""
    if ext not in TYPES:
        abort(400, "PDF, PNG or JPG only")
    key = f"{uuid.uuid4().hex}.{ext}"
    upload.save(os.path.join(STORE, key))
    receipt = Receipt(owner_id=current_user.id, storage_key=key, ext=ext)
    db.session.add(receipt)
    db.session.commit()
    return {"id": receipt.id}, 201


@app.get("/receipts/<int:receipt_id>")
@login_required
def download_receipt(receipt_id):
    receipt = Receipt.query.filter_by(id=receipt_id, owner_id=current_user.id).first_or_404()
    resp = send_file(os.path.join(STORE, receipt.storage_key), mimetype=TYPES[receipt.ext],
                     as_attachment=True, download_name=f"receipt-{receipt.id}.{receipt.ext}")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
