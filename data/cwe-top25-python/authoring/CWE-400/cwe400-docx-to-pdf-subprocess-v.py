# ---
# id: cwe400-docx-to-pdf-subprocess-v
# cwe: CWE-400
# vulnerable: true
# twin: cwe400-docx-to-pdf-subprocess-f
# tags: celery, subprocess
# explanation: A Celery task converts user-uploaded office documents to PDF by running headless LibreOffice with subprocess.run and no timeout. Crafted documents can make the converter spin or hang indefinitely, so each such upload permanently occupies a worker and, after a few, conversion stops for everybody.
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
        subprocess.run(  #@vuln
            ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", workdir, str(src)],
            check=True,
            capture_output=True,
        )
        pdf = src.with_suffix(".pdf")
        return store_pdf(upload_id, pdf.read_bytes())
