# ---
# id: cwe434-r2-tornado-attachment-ctype-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-r2-tornado-attachment-ctype-v
# tags: tornado, uuid
# explanation: The handler now derives the stored extension from the declared content type through the EXTENSIONS map instead of from the client filename, so every stored file ends in .png, .jpg, .pdf or .txt and nginx serves it with that inert type; a file claiming image/png but named page.html is stored as .png.
# ---
import logging
import os
import uuid

import tornado.web

log = logging.getLogger("helpdesk.attachments")

PUBLIC_ROOT = "/srv/helpdesk/public/files"
PUBLIC_URL = "/files"
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf", "text/plain": ".txt"}
MAX_SIZE = 10 * 1024 * 1024


def human_size(n):
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


class AttachmentHandler(tornado.web.RequestHandler):
    def initialize(self, tickets):
        self.tickets = tickets

    def get_current_user(self):
        return self.get_signed_cookie("agent")

    @tornado.web.authenticated
    def post(self, ticket_id):
        ticket = self.tickets.get(ticket_id)
        if ticket is None or self.current_user not in ticket.participants:
            raise tornado.web.HTTPError(404)
        uploads = self.request.files.get("attachment", [])
        if not uploads:
            raise tornado.web.HTTPError(400, reason="no attachment")
        saved = []
        for item in uploads:
            body = item["body"]
            if len(body) > MAX_SIZE:
                raise tornado.web.HTTPError(413)
            ext = EXTENSIONS.get(item["content_type"])
            if ext is None:
                raise tornado.web.HTTPError(415, reason="type not allowed")
            name = f"{uuid.uuid4().hex}{ext}"
            with open(os.path.join(PUBLIC_ROOT, name), "wb") as fh:
                fh.write(body)
            ticket.attachments.append({"url": f"{PUBLIC_URL}/{name}", "size": human_size(len(body))})
            saved.append(name)
        log.info("ticket %s: stored %d attachment(s)", ticket_id, len(saved))
        self.set_status(201)
        self.write({"stored": saved})
