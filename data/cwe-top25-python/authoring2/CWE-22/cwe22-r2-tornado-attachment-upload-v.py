# ---
# id: cwe22-r2-tornado-attachment-upload-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A Tornado handler stores attachments for support tickets. It uses the client-supplied multipart filename verbatim when building the destination path, so a filename such as ../../../home/app/.bashrc written by a logged-in customer lands outside the ticket's attachment folder. The size and count limits work as intended.
# ---
import hashlib
import json
import logging
import os

import tornado.web

log = logging.getLogger("tickets.attachments")

ATTACH_ROOT = "/srv/helpdesk/attachments"
MAX_BYTES = 10 * 1024 * 1024
MAX_FILES = 5


class AttachmentHandler(tornado.web.RequestHandler):
    def initialize(self, tickets):
        self.tickets = tickets

    def get_current_user(self):
        raw = self.get_secure_cookie("customer")
        return json.loads(raw) if raw else None

    def ticket_dir(self, ticket_id: int) -> str:
        path = os.path.join(ATTACH_ROOT, f"{ticket_id:08d}")
        os.makedirs(path, exist_ok=True)
        return path

    @tornado.web.authenticated
    def post(self, ticket_id):
        ticket = self.tickets.get(int(ticket_id))
        if ticket is None or ticket["customer_id"] != self.current_user["id"]:
            raise tornado.web.HTTPError(404)
        files = self.request.files.get("attachment", [])
        if not files or len(files) > MAX_FILES:
            raise tornado.web.HTTPError(400, "attach between 1 and %d files" % MAX_FILES)
        saved = []
        for item in files:
            body = item["body"]
            if len(body) > MAX_BYTES:
                raise tornado.web.HTTPError(413)
            dest = os.path.join(self.ticket_dir(ticket["id"]), item["filename"])  #@vuln
            with open(dest, "wb") as fh:
                fh.write(body)
            saved.append({"name": os.path.basename(dest), "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})
        self.tickets.add_attachments(ticket["id"], saved)
        log.info("ticket %s: %d attachments from customer %s", ticket["id"], len(saved), self.current_user["id"])
        self.write({"saved": saved})
