# ---
# id: cwe352-r2-tornado-xsrf-forms-b
# cwe: CWE-352
# vulnerable: false
# twin: none
# tags: tornado
# explanation: A Tornado admin for a shared calendar runs with xsrf_cookies=True and no handler overrides check_xsrf_cookie, so every POST must carry the _xsrf value that the templates emit with xsrf_form_html(). A cross-site form cannot read or guess that value, so bookings cannot be deleted or created on the admin's behalf.
# ---
import datetime
import logging

import tornado.web

log = logging.getLogger("rooms")

SLOT_MINUTES = 30


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_signed_cookie("staff")
        return raw.decode() if raw else None

    @property
    def bookings(self):
        return self.application.settings["bookings"]


def parse_slot(date_text, time_text):
    start = datetime.datetime.strptime(f"{date_text} {time_text}", "%Y-%m-%d %H:%M")
    if start.minute % SLOT_MINUTES:
        raise ValueError("bookings start on the half hour")
    return start, start + datetime.timedelta(minutes=SLOT_MINUTES)


class BookingsHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self, room):
        self.render("bookings.html", room=room, items=self.bookings.for_room(room))

    @tornado.web.authenticated
    def post(self, room):
        try:
            start, end = parse_slot(self.get_body_argument("date"), self.get_body_argument("time"))
        except ValueError as exc:
            raise tornado.web.HTTPError(400, reason=str(exc))
        self.bookings.create(room=room, start=start, end=end, by=self.current_user)
        self.redirect(self.reverse_url("bookings", room))


class CancelBookingHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, booking_id):
        booking = self.bookings.get(int(booking_id))
        if booking is None or booking.by != self.current_user:
            raise tornado.web.HTTPError(404)
        self.bookings.delete(booking.id)
        log.info("%s cancelled booking %s", self.current_user, booking.id)
        self.redirect(self.reverse_url("bookings", booking.room))


def make_app(store, secret):
    return tornado.web.Application(
        [
            tornado.web.url(r"/rooms/([a-z0-9-]+)/bookings", BookingsHandler, name="bookings"),
            tornado.web.url(r"/bookings/(\d+)/cancel", CancelBookingHandler),
        ],
        bookings=store, cookie_secret=secret, xsrf_cookies=True, login_url="/login", template_path="templates",
    )
