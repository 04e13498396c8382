# ---
# id: cwe79-r2-tornado-ticket-thread-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: tornado, templates
# explanation: A Tornado helpdesk handler shows a ticket thread with an inline tornado.template.Template. Tornado autoescapes {{ }} expressions, but the message body is printed with {% raw %} so that line breaks converted to <br> survive, which also lets a customer's message carry <script> or event-handler markup that runs in the support agent's session.
# ---
import logging
from datetime import datetime

import tornado.web
from tornado.template import Template

log = logging.getLogger("helpdesk")

THREAD = Template("""
<section class="ticket" data-id="{{ ticket['id'] }}">
  <h2>#{{ ticket['id'] }} {{ ticket['subject'] }}</h2>
  <p class="meta">opened by {{ ticket['customer'] }} {{ ago(ticket['opened_at']) }}</p>
  {% for m in messages %}
  <article class="msg msg-{{ m['author_kind'] }}">
    <header>{{ m['author'] }} &middot; {{ ago(m['sent_at']) }}</header>
    <div class="body">{% raw m['body'].replace('\\n', '<br>') %}</div>  #@vuln
  </article>
  {% end %}
</section>
""")


def ago(ts: datetime) -> str:
    seconds = int((datetime.utcnow() - ts).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return "just now"


class TicketThreadHandler(tornado.web.RequestHandler):
    def initialize(self, store):
        self.store = store

    def get_current_user(self):
        return self.get_secure_cookie("agent")

    @tornado.web.authenticated
    def get(self, ticket_id):
        ticket = self.store.ticket(int(ticket_id))
        if ticket is None:
            raise tornado.web.HTTPError(404)
        messages = self.store.messages(ticket["id"])
        body = THREAD.generate(ticket=ticket, messages=messages, ago=ago)
        log.info("agent %s opened ticket %s", self.current_user, ticket["id"])
        self.set_header("Cache-Control", "no-store")
        self.write(body)
