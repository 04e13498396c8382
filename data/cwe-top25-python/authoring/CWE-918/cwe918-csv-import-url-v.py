# ---
# id: cwe918-csv-import-url-v
# cwe: CWE-918
# vulnerable: true
# twin: none
# tags: celery, requests, csv
# explanation: A CRM lets users import contacts "from a link"; a Celery task streams the CSV from the given URL with requests and stores the rows, reporting parse errors with the first line of the body. The URL is never checked, so the worker can be aimed at internal endpoints and the first line of their response is shown to the user.
# ---
import csv
import io

import requests
from celery import shared_task

from crm.models import Contact, ImportJob


@shared_task
def import_contacts_from_url(job_id: int) -> None:
    job = ImportJob.objects.get(pk=job_id)
    resp = requests.get(job.source_url, timeout=15, stream=True)  #@vuln
    text = resp.raw.read(10_000_000, decode_content=True).decode("utf-8", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "email" not in reader.fieldnames:
        job.fail(f"not a contact CSV, first line was: {text.splitlines()[0][:200] if text else ''}")
        return
    created = 0
    for row in reader:
        _, was_new = Contact.objects.get_or_create(
            account=job.account, email=row["email"].lower(), defaults={"name": row.get("name", "")}
        )
        created += was_new
    job.finish(created=created)
