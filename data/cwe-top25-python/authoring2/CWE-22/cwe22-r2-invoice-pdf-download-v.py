# ---
# id: cwe22-r2-invoice-pdf-download-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-r2-invoice-pdf-download-f
# tags: flask, pathlib
# explanation: A Flask blueprint in a customer portal serves invoice PDFs from the account's folder. The 'file' query parameter is joined onto the account directory and passed to send_file() without checking where the result points, so ?file=../acct-000042/2024-03.pdf returns another customer's invoice, and an absolute name or deeper '..' reaches any .pdf the process can read.
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
    path = account_dir(g.user.account_id) / name  #@vuln
    if not path.is_file():
        abort(404)
    log.info("user %s downloaded %s", g.user.id, name)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
