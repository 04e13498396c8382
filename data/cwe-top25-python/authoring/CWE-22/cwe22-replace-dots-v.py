# ---
# id: cwe22-replace-dots-v
# cwe: CWE-22
# vulnerable: true
# twin: cwe22-replace-dots-f
# tags: tornado
# explanation: A Tornado handler strips "../" from the requested theme file with a single str.replace before opening it. The replacement is not repeated, so "....//....//etc/passwd" becomes "../../etc/passwd" after one pass and the file outside the theme directory is served.
# ---
import os

import tornado.web

THEME_DIR = "/srv/cms/themes"


def clean_name(name):
    return name.replace("../", "").lstrip("/")


class ThemeAssetHandler(tornado.web.RequestHandler):
    def get(self, theme):
        asset = clean_name(self.get_argument("asset"))
        path = os.path.join(THEME_DIR, theme, asset)
        if not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as fh:  #@vuln
            self.set_header("Cache-Control", "max-age=3600")
            self.write(fh.read())
