# ---
# id: cwe400-csv-import-rows-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-csv-import-rows-v
# tags: flask, csv
# explanation: The app now sets MAX_CONTENT_LENGTH to 5 MiB, so Werkzeug rejects larger uploads with 413 before the file is read and decoded, bounding the memory one import can use.
# ---
import csv
import io

from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .contacts import bulk_upsert

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
FIELDS = ("email", "first_name", "last_name", "company")


@app.post("/contacts/import")
@login_required
def import_contacts():
    upload = request.files["file"]
    text = upload.read().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    clean = [{k: (r.get(k) or "").strip() for k in FIELDS} for r in rows if r.get("email")]
    created, updated = bulk_upsert(current_user.account_id, clean)
    return jsonify(created=created, updated=updated, skipped=len(rows) - len(clean))
