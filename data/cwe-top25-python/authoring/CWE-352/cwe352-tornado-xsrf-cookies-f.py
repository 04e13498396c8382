# ---
# id: cwe352-tornado-xsrf-cookies-f
# cwe: CWE-352
# vulnerable: false
# twin: cwe352-tornado-xsrf-cookies-v
# tags: tornado
# explanation: The Application now sets xsrf_cookies=True, so Tornado rejects any POST whose _xsrf argument or X-XSRFToken header does not match the _xsrf cookie; cross-site pages cannot read that cookie and so cannot forge the key-adding request.
# ---
import os

import tornado.web

from .keys import add_authorized_key


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("operator")


class SshKeyHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        host_group = self.get_body_argument("group")
        public_key = self.get_body_argument("key")
        add_authorized_key(host_group, public_key, added_by=self.current_user.decode())
        self.redirect("/keys")


def make_app():
    return tornado.web.Application(
        [(r"/keys", SshKeyHandler)],
        cookie_secret=os.environ["CONSOLE_COOKIE_SECRET"],
        login_url="/login",
        xsrf_cookies=True,
        template_path="templates",
    )
