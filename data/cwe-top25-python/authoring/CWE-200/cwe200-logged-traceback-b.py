# ---
# id: cwe200-logged-traceback-b
# cwe: CWE-200
# vulnerable: false
# twin: none
# tags: tornado, traceback, logging
# explanation: A Tornado handler's write_error formats the traceback with traceback.format_exception, which looks like an information leak, but the text is only written to the server log; the client receives the status code and a fixed message.
# ---
import logging
import traceback

import tornado.web

log = logging.getLogger("api")


class BaseHandler(tornado.web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        if "exc_info" in kwargs:
            etype, value, tb = kwargs["exc_info"]
            log.error("%s %s failed:\n%s", self.request.method, self.request.uri,
                      "".join(traceback.format_exception(etype, value, tb)))
        self.set_header("Content-Type", "application/json")
        self.finish({"error": self._reason if status_code < 500 else "internal server error", "status": status_code})


class OrderHandler(BaseHandler):
    def initialize(self, repo):
        self.repo = repo

    def get(self, order_id):
        order = self.repo.find(int(order_id))
        if order is None:
            raise tornado.web.HTTPError(404, reason="order not found")
        self.write({"id": order.id, "status": order.status, "total": str(order.total)})
