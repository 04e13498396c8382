# ---
# id: cwe94-tornado-template-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A landing-page builder compiles the page body submitted by customers with tornado.template.Template. Tornado templates allow {% import os %} and {{ os.popen(...) }} with full Python, so submitted pages run code on the server when rendered.
# ---
import tornado.web
from tornado.template import Template


class LandingPreviewHandler(tornado.web.RequestHandler):
    def initialize(self, store):
        self.store = store

    def post(self, page_id):
        body = self.get_body_argument("body")
        campaign = self.store.campaign_for(page_id)
        html = Template(body, autoescape="xhtml_escape").generate(  #@vuln
            campaign=campaign,
            cta_url=f"/go/{page_id}",
        )
        self.store.save_page(page_id, body)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.write(html)


def make_app(store):
    return tornado.web.Application([(r"/pages/(\d+)/preview", LandingPreviewHandler, {"store": store})])
