# ---
# id: cwe434-gif-magic-polyglot-v
# cwe: CWE-434
# vulnerable: true
# twin: cwe434-gif-magic-polyglot-f
# tags: tornado
# explanation: The Tornado sticker upload checks only that the body starts with a GIF or PNG signature and then stores it with the client's original extension in the static directory. A file beginning with "GIF89a" followed by HTML and named sticker.html passes and is served as a web page from the chat's origin.
# ---
import os
import uuid

import tornado.web

STICKER_DIR = os.path.join(os.path.dirname(__file__), "static", "stickers")
SIGNATURES = (b"GIF87a", b"GIF89a", b"\x89PNG\r\n\x1a\n")


class StickerUpload(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("uid")

    @tornado.web.authenticated
    def post(self):
        files = self.request.files.get("sticker")
        if not files:
            raise tornado.web.HTTPError(400)
        info = files[0]
        if not info["body"].startswith(SIGNATURES):
            raise tornado.web.HTTPError(415)
        ext = os.path.splitext(info["filename"])[1].lower()  #@vuln
        name = uuid.uuid4().hex + ext
        with open(os.path.join(STICKER_DIR, name), "wb") as fh:
            fh.write(info["body"])
        self.write({"url": self.static_url(f"stickers/{name}")})
