# ---
# id: cwe863-share-link-unbound-v
# cwe: CWE-863
# vulnerable: true
# twin: cwe863-share-link-unbound-f
# tags: flask, itsdangerous
# explanation: Share links carry an itsdangerous-signed token naming one file, and the download view verifies the signature and age. But it then serves the file named by the separate `file` query parameter instead of the one inside the token, so anyone holding any valid share link can download every file in the system.
# ---
import os

from flask import Flask, abort, request, send_file
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from .storage import blob_path, lookup_file

app = Flask(__name__)
signer = URLSafeTimedSerializer(os.environ["SHARE_SECRET"], salt="share-link")


def make_share_token(file_id: int) -> str:
    return signer.dumps({"file": file_id})


@app.get("/shared")
def shared_download():
    try:
        signer.loads(request.args.get("token", ""), max_age=7 * 24 * 3600)
    except (BadSignature, SignatureExpired):
        abort(403)
    file_id = request.args.get("file", type=int)  #@vuln
    record = lookup_file(file_id)
    if record is None:
        abort(404)
    return send_file(blob_path(record.blob_key), download_name=record.name, as_attachment=True)
