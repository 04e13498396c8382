# ---
# id: cwe502-r2-tornado-prefs-cookie-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-r2-tornado-prefs-cookie-v
# tags: tornado, json, base64
# explanation: The preferences cookie is now a base64-encoded JSON object decoded with json.loads, which cannot build arbitrary objects or call code. A forged cookie can at most change the theme or page size values, which are plain data the template renders.
# ---
import base64
import json
import logging

import tornado.web

logger = logging.getLogger("dashboard")

DEFAULT_PREFS = {"theme": "light", "page_size": 25, "tz": "UTC"}
ALLOWED_THEMES = ("light", "dark", "contrast")


class BaseHandler(tornado.web.RequestHandler):
    def load_prefs(self):
        raw = self.get_cookie("prefs")
        if not raw:
            return dict(DEFAULT_PREFS)
        try:
            data = json.loads(base64.urlsafe_b64decode(raw))
        except Exception:
            logger.debug("unreadable prefs cookie, using defaults")
            return dict(DEFAULT_PREFS)
        prefs = dict(DEFAULT_PREFS)
        if isinstance(data, dict):
            prefs.update({k: v for k, v in data.items() if k in DEFAULT_PREFS})
        return prefs

    def store_prefs(self, prefs):
        blob = base64.urlsafe_b64encode(json.dumps(prefs).encode()).decode("ascii")
        self.set_cookie("prefs", blob, expires_days=90, httponly=True)


class DashboardHandler(BaseHandler):
    def get(self):
        prefs = self.load_prefs()
        self.render("dashboard.html", prefs=prefs)


class PrefsHandler(BaseHandler):
    def post(self):
        prefs = self.load_prefs()
        theme = self.get_body_argument("theme", prefs["theme"])
        if theme in ALLOWED_THEMES:
            prefs["theme"] = theme
        try:
            prefs["page_size"] = max(10, min(int(self.get_body_argument("page_size", "25")), 100))
        except ValueError:
            pass
        self.store_prefs(prefs)
        self.redirect("/dashboard")


def make_app():
    return tornado.web.Application(
        [(r"/dashboard", DashboardHandler), (r"/prefs", PrefsHandler)],
        template_path="templates",
        xsrf_cookies=True,
    )
