# ---
# id: cwe79-r3-jinja-env-no-autoescape-v
# cwe: CWE-79
# vulnerable: true
# twin: cwe79-r3-jinja-env-no-autoescape-f
# tags: jinja2
# explanation: Renders an HTML email/web digest of user comments with a plain jinja2 Environment. Jinja2's default is autoescape=False, so comment bodies written by other users are inserted into digest.html as raw HTML and any script or event-handler markup in them runs for the reader.
# ---
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("templates"))  #@vuln


def render_digest(user, comments):
    tpl = env.get_template("digest.html")
    return tpl.render(user=user, comments=comments)
