# ---
# id: cwe22-r2-flask-receipt-upload-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: flask, werkzeug
# explanation: A Flask expense app stores uploaded receipts. The stored file name is a random UUID plus an extension taken from a fixed allow-list; the client's original filename is kept only as metadata after werkzeug's secure_filename(), so nothing the client sends decides where the file is written, and downloads go through send_from_directory with the stored name.
# ---
import logging
import os
import uuid

from flask import Blueprint, abort, current_app, g, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("receipts", __name__, url_prefix="/receipts")
log = logging.getLogger(__name__)

ALLOWED_EXT = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg"}


def upload_dir() -> str:
    path = os.path.join(current_app.instance_path, "receipts")
    os.makedirs(path, exist_ok=True)
    return path


def extension_of(filename: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext not in ALLOWED_EXT:
        abort(415, description="receipts must be PDF, PNG or JPEG")
    return ext


@bp.route("", methods=["POST"])
def upload_receipt():
    file = request.files.get("receipt")
    if file is None or not file.filename:
        abort(400, description="no receipt attached")
    ext = extension_of(file.filename)
    stored_name = f"{uuid.uuid4().hex}.{ext}"
    file.save(os.path.join(upload_dir(), stored_name))
    record = g.db.receipts.insert(
        owner_id=g.user.id,
        stored_name=stored_name,
        original_name=secure_filename(file.filename)[:120],
        expense_id=request.form.get("expense_id", type=int),
    )
    log.info("user %s uploaded receipt %s", g.user.id, record.id)
    return jsonify(id=record.id, name=record.original_name), 201


@bp.route("/<int:receipt_id>")
def download_receipt(receipt_id: int):
    record = g.db.receipts.get(receipt_id)
    if record is None or record.owner_id != g.user.id:
        abort(404)
    ext = record.stored_name.rsplit(".", 1)[-1]
    return send_from_directory(upload_dir(), record.stored_name, mimetype=ALLOWED_EXT[ext],
                               download_name=record.original_name or record.stored_name)
