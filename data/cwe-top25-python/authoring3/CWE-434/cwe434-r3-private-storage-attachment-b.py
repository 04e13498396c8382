# ---
# id: cwe434-r3-private-storage-attachment-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: flask
# explanation: Support-ticket attachments of any type are kept outside the web root under random names and are only returned through a view that forces application/octet-stream and Content-Disposition: attachment, so an uploaded script or HTML file is never executed or rendered by the server or browser.
# ---
import os
import uuid

from flask import send_file

STORE = "/var/lib/helpdesk/attachments"


def save_attachment(ticket, upload):
    key = uuid.uuid4().hex
    upload.save(os.path.join(STORE, key))
    ticket.attachments.append({"key": key, "name": upload.filename})
    return key


def download_attachment(ticket, key):
    meta = next(a for a in ticket.attachments if a["key"] == key)
    return send_file(os.path.join(STORE, meta["key"]), mimetype="application/octet-stream",
                     as_attachment=True, download_name=meta["name"])
