# ---
# id: cwe352-r3-tornado-xsrf-form-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: tornado
# explanation: The Tornado application enables xsrf_cookies, so every POST handler, including the password change below, is checked against the _xsrf token that the form template embeds with xsrf_form_html(); cross-site posts without it are rejected with 403.
# ---
import tornado.web


class ChangePasswordHandler(tornado.web.RequestHandler):
    @tornado.web.authenticated
    def post(self):
        old = self.get_body_argument("old_password")
        new = self.get_body_argument("new_password")
        if not self.application.users.check_password(self.current_user, old):
            raise tornado.web.HTTPError(400)
        self.application.users.set_password(self.current_user, new)
        self.redirect("/account")


def make_app(users, cookie_secret):
    app = tornado.web.Application(
        [(r"/account/password", ChangePasswordHandler)],
        cookie_secret=cookie_secret,
        xsrf_cookies=True,
        login_url="/login",
    )
    app.users = users
    return app
