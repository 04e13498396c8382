# ---
# id: cwe352-r2-tornado-xsrf-override-v
# cwe: CWE-352
# vulnerable: true
# twin: none
# tags: tornado
# explanation: The Tornado application turns on xsrf_cookies, but the handler that changes a router's Wi-Fi password overrides check_xsrf_cookie with an empty method so an older mobile client keeps working. The handler authenticates with the signed session cookie, so a page in the admin's browser can submit a cross-site POST that sets a new Wi-Fi passphrase.
# ---
import logging
import re

import tornado.web

log = logging.getLogger("routerui")

PASSPHRASE_RE = re.compile(r"^[\x20-\x7e]{8,63}$")


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user = self.get_signed_cookie("admin_session", max_age_days=1)
        return user.decode() if user else None

    @property
    def device(self):
        return self.application.settings["device"]


class WifiSettingsHandler(BaseHandler):
    def check_xsrf_cookie(self):  #@vuln
        pass

    @tornado.web.authenticated
    def get(self):
        cfg = self.device.wifi_config()
        self.render("wifi.html", ssid=cfg["ssid"], channel=cfg["channel"], error=None)

    @tornado.web.authenticated
    def post(self):
        ssid = self.get_body_argument("ssid", "").strip()
        passphrase = self.get_body_argument("passphrase", "")
        channel = self.get_body_argument("channel", "auto")
        if not 1 <= len(ssid) <= 32:
            self.render("wifi.html", ssid=ssid, channel=channel, error="SSID must be 1-32 characters")
            return
        if not PASSPHRASE_RE.match(passphrase):
            self.render("wifi.html", ssid=ssid, channel=channel, error="Passphrase must be 8-63 printable characters")
            return
        self.device.apply_wifi(ssid=ssid, passphrase=passphrase, channel=channel)
        log.info("wifi settings changed by %s", self.current_user)
        self.redirect("/wifi?saved=1")


def make_app(device, cookie_secret):
    return tornado.web.Application(
        [(r"/wifi", WifiSettingsHandler)],
        device=device,
        cookie_secret=cookie_secret,
        xsrf_cookies=True,
        login_url="/login",
        template_path="templates",
    )
