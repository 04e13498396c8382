# ---
# id: cwe434-r2-tornado-attachment-ctype-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-r2-tornado-attachment-ctype-f
# tags: tornado, uuid
# explanation: A Tornado helpdesk handler stores ticket attachments in a directory that nginx serves under /files/, keeping the uploaded file's extension. The only type check is the multipart Content-Type, which the client sets freely, so a file named page.html sent as image/png is stored as .html and served as active content from the helpdesk domain.
# ---
import logging
import os
import uuid

import tornado.web

log = logging.getLogger("helpdesk.attachments")

PUBLIC_ROOT = "/srv/helpdesk/public/files"
PUBLIC_URL = "/files"
ALLOWED_TYPES = {"image/png", "image/jpeg", "application/pdf", "text/plain"}
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
            if item["content_type"] not in ALLOWED_TYPES:
                raise tornado.web.HTTPError(415, reason="type not allowed")
            ext = os.path.splitext(item["filename"])[1].lower()
            name = f"{uuid.uuid4().hex}{ext}"
            with open(os.path.join(PUBLIC_ROOT, name), "wb") as fh:  #@vuln
                fh.write(body)
            ticket.attachments.append({"url": f"{PUBLIC_URL}/{name}", "size": human_size(len(body))})
            saved.append(name)
        log.info("ticket %s: stored %d attachment(s)", ticket_id, len(saved))
        self.set_status(201)
        self.write({"stored": saved})
