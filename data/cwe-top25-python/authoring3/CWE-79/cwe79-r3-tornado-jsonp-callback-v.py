# ---
# id: cwe79-r3-tornado-jsonp-callback-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A Tornado handler serves JSONP with a callback name taken from the query string and a text/html content type. The callback is written unchecked, so '?callback=<script>alert(document.domain)</script>' is reflected as HTML and runs in the site's origin.
# ---
import json
from tornado.web import RequestHandler


class JsonpHandler(RequestHandler):
    def get(self):
        callback = self.get_argument("callback", "cb")
        data = {"status": "ok", "items": self.application.feed.latest(10)}
        self.set_header("Content-Type", "text/html")
        self.write("%s(%s);" % (callback, json.dumps(data)))  #@vuln
