# ---
# id: cwe306-tornado-factory-reset-v
# cwe: CWE-306
# vulnerable: true
# twin: cwe306-tornado-factory-reset-f
# tags: tornado
# explanation: The router's Tornado web UI marks its settings handlers with @tornado.web.authenticated, but the factory-reset handler lacks it. Anyone on the LAN can POST /system/reset and wipe the router's configuration.
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
    def post(self):  #@vuln
        wipe_to_defaults()
        self.write({"status": "resetting"})
