# ---
# id: cwe94-jinja-preview-f
# cwe: CWE-94
# vulnerable: false
# twin: cwe94-jinja-preview-v
# tags: fastapi, jinja2
# explanation: Customer templates are now compiled in a jinja2.sandbox.SandboxedEnvironment, which blocks access to underscore attributes and unsafe callables and raises SecurityError instead. Template authors keep variables, loops and filters but cannot reach Python internals.
# ---
from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)

SAMPLE_CONTACT = {"first_name": "Ada", "last_name": "Lovelace", "company": "Analytical Engines Ltd"}


class PreviewRequest(BaseModel):
    subject: str
    body: str


def render_preview(source: str, contact: dict) -> str:
    template = env.from_string(source)
    return template.render(contact=contact, unsubscribe_url="https://news.example.com/u/preview")


@app.post("/campaigns/preview")
def preview(req: PreviewRequest):
    return {
        "subject": render_preview(req.subject, SAMPLE_CONTACT),
        "html": render_preview(req.body, SAMPLE_CONTACT),
    }
