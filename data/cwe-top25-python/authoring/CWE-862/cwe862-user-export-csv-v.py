# ---
# id: cwe862-user-export-csv-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-user-export-csv-f
# tags: django, csv
# explanation: A Django back-office view streams every customer's name, e-mail and phone number as CSV. It is protected by login_required only, and ordinary customers also log in to this site, so any customer account can download the whole customer list.
# ---
import csv

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse


class Echo:
    def write(self, value):
        return value


@login_required  #@vuln
def export_customers(request):
    users = get_user_model().objects.filter(is_active=True).order_by("date_joined")
    writer = csv.writer(Echo())
    rows = (
        writer.writerow([u.pk, u.get_full_name(), u.email, getattr(u, "phone", "")])
        for u in users.iterator()
    )
    response = StreamingHttpResponse(rows, content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="customers.csv"'
    return response
