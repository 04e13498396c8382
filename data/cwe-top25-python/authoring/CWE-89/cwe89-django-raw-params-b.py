# ---
# id: cwe89-django-raw-params-b
# cwe: CWE-89
# vulnerable: false
# twin: none
# tags: django
# explanation: A Django helper runs a hand-written aggregate through connection.cursor() with user-provided year and region values. Both values are passed in the params list with %s placeholders, so the database driver quotes them and the raw SQL cannot be altered.
# ---
from django.db import connection
from django.http import JsonResponse


def sales_by_month(year, region):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT EXTRACT(MONTH FROM sold_at) AS month, SUM(amount)
              FROM sales_sale
             WHERE EXTRACT(YEAR FROM sold_at) = %s AND region = %s
             GROUP BY month ORDER BY month
            """,
            [year, region],
        )
        return [{"month": int(m), "total": float(t)} for m, t in cursor.fetchall()]


def sales_view(request):
    year = int(request.GET.get("year", "2024"))
    region = request.GET.get("region", "EU")
    return JsonResponse({"year": year, "region": region, "months": sales_by_month(year, region)})
