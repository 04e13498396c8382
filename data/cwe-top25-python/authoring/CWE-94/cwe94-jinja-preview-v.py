# ---
# id: cwe94-jinja-preview-v
# cwe: CWE-94
# vulnerable: true
# twin: cwe94-jinja-preview-f
# tags: fastapi, jinja2
# explanation: A newsletter service lets customers write e-mail templates and previews them by compiling the submitted text with jinja2.Template. A normal Environment exposes Python object internals, so "{{ cycler.__init__.__globals__.os.popen('id').read() }}" executes commands (server-side template injection).
# ---
from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()

SAMPLE_CONTACT = {"first_name": "Ada", "last_name": "Lovelace", "company": "Analytical Engines Ltd"}


class PreviewRequest(BaseModel):
    subject: str
    body: str


def render_preview(source: str, contact: dict) -> str:
    template = Template(source, autoescape=True)  #@vuln
    return template.render(contact=contact, unsubscribe_url="https://news.example.com/u/preview")


@app.post("/campaigns/preview")
def preview(req: PreviewRequest):
    return {
        "subject": render_preview(req.subject, SAMPLE_CONTACT),
        "html": render_preview(req.body, SAMPLE_CONTACT),
    }
