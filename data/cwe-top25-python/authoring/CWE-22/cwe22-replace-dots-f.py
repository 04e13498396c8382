# ---
# id: cwe22-replace-dots-f
# cwe: CWE-22
# vulnerable: false
# twin: cwe22-replace-dots-v
# tags: tornado
# explanation: The handler keeps the cosmetic cleanup but now resolves the final path and requires it to lie under the theme directory (commonpath check) before opening. Doubled sequences like "....//" that survive the replace are caught by the containment check.
# ---
import os

import tornado.web

THEME_DIR = "/srv/cms/themes"


def clean_name(name):
    return name.replace("../", "").lstrip("/")


class ThemeAssetHandler(tornado.web.RequestHandler):
    def get(self, theme):
        asset = clean_name(self.get_argument("asset"))
        root = os.path.realpath(THEME_DIR)
        path = os.path.realpath(os.path.join(root, theme, asset))
        if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as fh:
            self.set_header("Cache-Control", "max-age=3600")
            self.write(fh.read())
