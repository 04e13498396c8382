# ---
# id: cwe287-r2-tornado-unsigned-cookie-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A Tornado dashboard for an IoT gateway identifies the operator from a cookie. Login sets the cookie with set_signed_cookie, but get_current_user reads it back with the plain get_cookie, so the value is never verified and anyone can send Cookie: operator=admin to be treated as the admin operator.
# ---
import logging

import tornado.ioloop
import tornado.web

log = logging.getLogger("gateway.ui")


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        name = self.get_cookie("operator")  #@vuln
        if not name:
            return None
        return self.settings["operators"].get(name)


class LoginHandler(BaseHandler):
    def get(self):
        self.render("login.html", error=None)

    def post(self):
        name = self.get_body_argument("name", "")
        password = self.get_body_argument("password", "")
        operator = self.settings["operators"].get(name)
        if operator is None or not operator.check_password(password):
            log.warning("failed login for %r from %s", name, self.request.remote_ip)
            self.render("login.html", error="Wrong name or password")
            return
        self.set_signed_cookie("operator", name, httponly=True, expires_days=1)
        self.redirect("/")


class DevicesHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        registry = self.settings["registry"]
        devices = sorted(registry.all(), key=lambda d: d.last_seen, reverse=True)
        self.render("devices.html", devices=devices, operator=self.current_user)


class RebootHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, device_id):
        device = self.settings["registry"].get(device_id)
        if device is None:
            raise tornado.web.HTTPError(404)
        device.send_command("reboot")
        log.info("reboot of %s requested by %s", device_id, self.current_user.name)
        self.redirect("/")


def make_app(settings):
    return tornado.web.Application(
        [
            (r"/", DevicesHandler),
            (r"/login", LoginHandler),
            (r"/devices/([\w-]+)/reboot", RebootHandler),
        ],
        login_url="/login",
        xsrf_cookies=True,
        **settings,
    )
