# ---
# id: cwe79-r3-flask-results-template-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: flask, jinja2
# explanation: Renders search results with Flask's render_template_string. The template is a constant and Flask turns autoescaping on for templates it renders from strings, so the query and titles are HTML-escaped; r.url comes from the site's own index, not from the user.
# ---
from flask import render_template_string

PAGE = """
<h2>Results for {{ q }}</h2>
<ul>{% for r in results %}<li><a href="{{ r.url }}">{{ r.title }}</a></li>{% endfor %}</ul>
"""


def results_page(q, results):
    return render_template_string(PAGE, q=q, results=results)
