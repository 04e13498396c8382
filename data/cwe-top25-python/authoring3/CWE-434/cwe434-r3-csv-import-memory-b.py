# ---
# id: cwe434-r3-csv-import-memory-b
# cwe: CWE-434
# vulnerable: false
# twin: none
# tags: django, csv
# explanation: The contacts import reads the uploaded file in memory as CSV text and creates rows from it; the upload itself is never written to disk or served, so its type cannot lead to execution.
# ---
import csv
import io


def import_contacts(request, account):
    upload = request.FILES["contacts"]
    text = io.TextIOWrapper(upload.file, encoding="utf-8", errors="replace")
    created = 0
    for row in csv.DictReader(text):
        email = (row.get("email") or "").strip()
        if not email:
            continue
        account.contacts.get_or_create(email=email, defaults={"name": row.get("name", "")})
        created += 1
    return created
