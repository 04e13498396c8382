# ---
# id: cwe400-docx-to-pdf-subprocess-f
# cwe: CWE-400
# vulnerable: false
# twin: cwe400-docx-to-pdf-subprocess-v
# tags: celery, subprocess
# explanation: The conversion now runs with timeout=120, so a document that makes LibreOffice hang is killed after two minutes (subprocess.run raises TimeoutExpired and kills the child), freeing the worker.
# ---
"""Background conversion of uploaded office documents to PDF."""

import pathlib
import subprocess
import tempfile

from celery import shared_task

from .storage import fetch_upload, store_pdf


@shared_task(acks_late=True)
def convert_to_pdf(upload_id: int) -> str:
    with tempfile.TemporaryDirectory() as workdir:
        src = pathlib.Path(workdir) / "input.docx"
        src.write_bytes(fetch_upload(upload_id))
        subprocess.run(
            ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", workdir, str(src)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        pdf = src.with_suffix(".pdf")
        return store_pdf(upload_id, pdf.read_bytes())
