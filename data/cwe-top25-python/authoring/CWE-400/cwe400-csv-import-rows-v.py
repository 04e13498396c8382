# ---
# id: cwe400-csv-import-rows-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-csv-import-rows-f
# tags: flask, csv
# explanation: A contacts importer accepts a CSV upload and materialises every row into a list of dicts before validating them, with no limit on upload size or row count. Because the Flask app sets no MAX_CONTENT_LENGTH and the file is decoded whole, a multi-gigabyte CSV exhausts the worker's memory.
# ---
import csv
import io

from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from .contacts import bulk_upsert

app = Flask(__name__)
FIELDS = ("email", "first_name", "last_name", "company")


@app.post("/contacts/import")
@login_required
def import_contacts():
    upload = request.files["file"]
    text = upload.read().decode("utf-8-sig")  #@vuln
    rows = list(csv.DictReader(io.StringIO(text)))
    clean = [{k: (r.get(k) or "").strip() for k in FIELDS} for r in rows if r.get("email")]
    created, updated = bulk_upsert(current_user.account_id, clean)
    return jsonify(created=created, updated=updated, skipped=len(rows) - len(clean))
