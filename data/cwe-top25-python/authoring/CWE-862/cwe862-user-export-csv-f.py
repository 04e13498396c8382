# ---
# id: cwe862-user-export-csv-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-user-export-csv-v
# tags: django, csv
# explanation: The export view now also requires the accounts.view_user permission (raising 403 otherwise), which only back-office staff hold, so customers who can log in are no longer able to download the customer list.
# ---
import csv

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.http import StreamingHttpResponse


class Echo:
    def write(self, value):
        return value


@login_required
@permission_required("accounts.view_user", raise_exception=True)
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
