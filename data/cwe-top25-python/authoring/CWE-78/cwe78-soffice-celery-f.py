# ---
# id: cwe78-soffice-celery-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-soffice-celery-v
# tags: celery, subprocess
# explanation: The conversion task now passes soffice its arguments as a list with no shell, using the absolute upload path as one argument. Characters in the uploaded filename are no longer interpreted by a shell.
# ---
import os
import subprocess

from celery import Celery

app = Celery("docs", broker="redis://localhost:6379/2")
OUTPUT_DIR = "/var/spool/docs/pdf"


def pdf_name(path):
    return os.path.join(OUTPUT_DIR, os.path.splitext(os.path.basename(path))[0] + ".pdf")


@app.task(acks_late=True)
def convert_to_pdf(upload_path):
    rc = subprocess.call(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUTPUT_DIR, os.path.abspath(upload_path)],
        timeout=120,
    )
    if rc != 0:
        raise RuntimeError(f"conversion failed with exit code {rc}")
    return pdf_name(upload_path)
