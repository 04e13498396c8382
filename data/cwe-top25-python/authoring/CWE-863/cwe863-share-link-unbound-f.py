# ---
# id: cwe863-share-link-unbound-f
# cwe: CWE-863
# vulnerable: false
# twin: cwe863-share-link-unbound-v
# tags: flask, itsdangerous
# explanation: The file id is now taken from the signed token payload returned by signer.loads, so a share link only ever grants access to the single file it was created for; the query string can no longer select another file.
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
        grant = signer.loads(request.args.get("token", ""), max_age=7 * 24 * 3600)
    except (BadSignature, SignatureExpired):
        abort(403)
    file_id = grant["file"]
    record = lookup_file(file_id)
    if record is None:
        abort(404)
    return send_file(blob_path(record.blob_key), download_name=record.name, as_attachment=True)
