# ---
# id: cwe918-r2-csv-import-url-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: flask, urllib, csv
# explanation: The contacts import form accepts a "csv_url" and the view opens it with urllib.request.urlopen, then shows the parsed rows back for confirmation. urlopen follows any scheme and host the user gives, including internal http services and file:// URLs, so a user can read internal endpoints or local files through the preview table.
# ---
import csv
import io
import logging
import urllib.request
from urllib.error import URLError

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

contacts_bp = Blueprint("contacts_import", __name__, template_folder="templates")
log = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"email", "first_name", "last_name"}
PREVIEW_ROWS = 20
READ_LIMIT = 2 * 1024 * 1024


def read_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise ValueError("missing columns: " + ", ".join(sorted(missing)))
    rows = []
    for row in reader:
        email = (row.get("email") or "").strip().lower()
        if "@" not in email:
            continue
        rows.append({"email": email, "first_name": row["first_name"].strip(), "last_name": row["last_name"].strip()})
    return rows


def fetch_csv(url):
    with urllib.request.urlopen(url, timeout=10) as resp:  #@vuln
        raw = resp.read(READ_LIMIT)
    return raw.decode("utf-8-sig", errors="replace")


@contacts_bp.route("/contacts/import", methods=["GET", "POST"])
@login_required
def import_contacts():
    if request.method == "GET":
        return render_template("contacts/import.html")
    url = request.form.get("csv_url", "").strip()
    try:
        rows = read_rows(fetch_csv(url))
    except (URLError, ValueError, OSError) as exc:
        log.info("import by %s failed: %s", current_user.id, exc)
        flash(f"Could not import: {exc}", "error")
        return redirect(url_for("contacts_import.import_contacts"))
    return render_template("contacts/preview.html", rows=rows[:PREVIEW_ROWS], total=len(rows), source=url)
