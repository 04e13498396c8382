# ---
# id: cwe79-r3-jinja-env-no-autoescape-f
# cwe: CWE-79
# vulnerable: false
# twin: cwe79-r3-jinja-env-no-autoescape-v
# tags: jinja2
# explanation: Fixed twin: the Environment is created with autoescape=select_autoescape(), which escapes variables in .html templates, so comment text is shown as text.
# ---
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


def render_digest(user, comments):
    tpl = env.get_template("digest.html")
    return tpl.render(user=user, comments=comments)
