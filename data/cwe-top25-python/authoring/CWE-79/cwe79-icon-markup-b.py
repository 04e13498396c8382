# ---
# id: cwe79-icon-markup-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask, markupsafe
# explanation: A Flask template filter wraps a status value in an icon badge. The icon markup comes from a fixed dictionary of constants and the user-visible label is passed through Markup.format, which escapes it, so even though Markup is used nothing user-controlled is emitted unescaped.
# ---
from flask import Flask, render_template
from markupsafe import Markup

from .orders import recent_orders

app = Flask(__name__)

ICONS = {
    "paid": '<svg class="i i-check"><use href="#check"/></svg>',
    "pending": '<svg class="i i-clock"><use href="#clock"/></svg>',
    "failed": '<svg class="i i-x"><use href="#x"/></svg>',
}


@app.template_filter("status_badge")
def status_badge(status, label=None):
    icon = Markup(ICONS.get(status, ICONS["pending"]))
    return Markup('<span class="badge badge-{}">{} {}</span>').format(
        status, icon, label or status.title()
    )


@app.route("/orders")
def orders():
    return render_template("orders.html", orders=recent_orders(limit=25))
