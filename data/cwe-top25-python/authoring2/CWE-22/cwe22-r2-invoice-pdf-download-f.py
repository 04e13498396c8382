# ---
# id: cwe22-r2-invoice-pdf-download-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-r2-invoice-pdf-download-v
# tags: flask, pathlib
# explanation: download_invoice() now resolves the joined path and refuses it unless it is still inside the account's own invoice folder (Path.is_relative_to on the resolved paths), so '..' segments or absolute names in 'file' get a 404 instead of reading other files.
# ---
import logging
from datetime import datetime
from pathlib import Path

from flask import Blueprint, abort, g, jsonify, request, send_file

from portal.auth import login_required

bp = Blueprint("invoices", __name__, url_prefix="/invoices")
log = logging.getLogger(__name__)

INVOICE_ROOT = Path("/srv/portal/invoices")


def account_dir(account_id: int) -> Path:
    return INVOICE_ROOT / f"acct-{account_id:06d}"


def describe(path: Path) -> dict:
    stat = path.stat()
    return {
        "file": path.name,
        "size": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
    }


@bp.route("/")
@login_required
def list_invoices():
    folder = account_dir(g.user.account_id)
    if not folder.is_dir():
        return jsonify(invoices=[])
    files = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
    return jsonify(invoices=[describe(p) for p in files])


@bp.route("/download")
@login_required
def download_invoice():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    folder = account_dir(g.user.account_id).resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        abort(404)
    log.info("user %s downloaded %s", g.user.id, name)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
