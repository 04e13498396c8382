# ---
# id: cwe502-r2-tornado-prefs-cookie-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-r2-tornado-prefs-cookie-f
# tags: tornado, pickle, base64
# explanation: A Tornado dashboard keeps user display preferences in a plain cookie holding a base64-encoded pickle, and the base handler unpickles it on every request. Cookies are fully client controlled and not signed here, so a crafted cookie makes pickle.loads execute arbitrary code in the server process.
# ---
import base64
import logging
import pickle

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
            data = pickle.loads(base64.urlsafe_b64decode(raw))  #@vuln
        except Exception:
            logger.debug("unreadable prefs cookie, using defaults")
            return dict(DEFAULT_PREFS)
        prefs = dict(DEFAULT_PREFS)
        prefs.update(data)
        return prefs

    def store_prefs(self, prefs):
        blob = base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")
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
