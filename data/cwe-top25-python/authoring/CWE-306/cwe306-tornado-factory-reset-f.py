# ---
# id: cwe306-tornado-factory-reset-f
# cwe: CWE-306
# vulnerable: false
# twin: cwe306-tornado-factory-reset-v
# tags: tornado
# explanation: The factory-reset handler now uses @tornado.web.authenticated like the settings handlers, so a request without a valid signed admin session is refused before the configuration is wiped.
# ---
import tornado.web

from router.config import load_settings, save_settings, wipe_to_defaults


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("admin_session")


class SettingsHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.render("settings.html", settings=load_settings())

    @tornado.web.authenticated
    def post(self):
        settings = load_settings()
        settings["ssid"] = self.get_body_argument("ssid")
        save_settings(settings)
        self.redirect("/settings")


class FactoryResetHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        wipe_to_defaults()
        self.write({"status": "resetting"})
