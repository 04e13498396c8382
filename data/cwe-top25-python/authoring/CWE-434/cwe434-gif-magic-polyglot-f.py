# ---
# id: cwe434-gif-magic-polyglot-f
# cwe: CWE-434
# vulnerable: false
# twin: cwe434-gif-magic-polyglot-v
# tags: tornado
# explanation: The stored extension is now chosen from the detected signature (.gif or .png) instead of the client's file name, so the static server always labels the sticker as an image and a GIF-prefixed HTML file can no longer be served as a page.
# ---
import os
import uuid

import tornado.web

STICKER_DIR = os.path.join(os.path.dirname(__file__), "static", "stickers")
SIGNATURES = {b"GIF87a": ".gif", b"GIF89a": ".gif", b"\x89PNG\r\n\x1a\n": ".png"}


class StickerUpload(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("uid")

    @tornado.web.authenticated
    def post(self):
        files = self.request.files.get("sticker")
        if not files:
            raise tornado.web.HTTPError(400)
        info = files[0]
        ext = next((e for sig, e in SIGNATURES.items() if info["body"].startswith(sig)), None)
        if ext is None:
            raise tornado.web.HTTPError(415)
        name = uuid.uuid4().hex + ext
        with open(os.path.join(STICKER_DIR, name), "wb") as fh:
            fh.write(info["body"])
        self.write({"url": self.static_url(f"stickers/{name}")})
