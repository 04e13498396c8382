# ---
# id: cwe862-r3-export-customers-v
# cwe: CWE-862
# vulnerable: true
# twin: none
# tags: django
# explanation: Django view that streams every customer's name, email and phone as CSV. It is decorated with login_required only; no staff or permission check guards the export, so any customer account can download the whole customer list.
# ---
import csv

from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse


class _Echo:
    def write(self, value):
        return value


@login_required
def export_customers(request):
    writer = csv.writer(_Echo())
    rows = Customer.objects.values_list("name", "email", "phone").iterator()  #@vuln
    response = StreamingHttpResponse((writer.writerow(r) for r in rows), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="customers.csv"'
    return response
