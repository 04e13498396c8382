# ---
# id: cwe78-soffice-celery-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-soffice-celery-f
# tags: celery, subprocess
# explanation: A Celery worker converts uploaded office documents to PDF by calling subprocess.call with a command string and shell=True. The document path contains the filename chosen by the uploader, so shell syntax in the filename runs on the worker.
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
        "soffice --headless --convert-to pdf --outdir " + OUTPUT_DIR + " " + upload_path,  #@vuln
        shell=True,
        timeout=120,
    )
    if rc != 0:
        raise RuntimeError(f"conversion failed with exit code {rc}")
    return pdf_name(upload_path)
