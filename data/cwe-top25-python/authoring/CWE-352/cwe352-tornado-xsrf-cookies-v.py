# ---
# id: cwe352-tornado-xsrf-cookies-v
# cwe: CWE-352
# vulnerable: true
# twin: cwe352-tornado-xsrf-cookies-f
# tags: tornado
# explanation: A Tornado admin console identifies users with a signed secure cookie, but the Application is created with xsrf_cookies disabled, so POST handlers such as the one that adds SSH keys to the fleet accept requests forged from any other origin.
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
        xsrf_cookies=False,  #@vuln
        template_path="templates",
    )
