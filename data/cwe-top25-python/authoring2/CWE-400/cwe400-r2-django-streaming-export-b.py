# ---
# id: cwe400-r2-django-streaming-export-b
# cwe: CWE-400
# vulnerable: false
# twin: none
# tags: django, csv, streaming
# explanation: A Django view exports orders as CSV through StreamingHttpResponse, iterating the queryset with .iterator(chunk_size=2000) so rows are never all held in memory; the date window is capped at 366 days and the optional row limit is clamped to 1..200,000. Memory use stays flat and each request's work is bounded regardless of the parameters.
# ---
import csv
import logging
from datetime import date, timedelta

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils.dateparse import parse_date

from shop.models import Order

logger = logging.getLogger(__name__)

MAX_WINDOW = timedelta(days=366)
MAX_ROWS = 200_000
HEADER = ["number", "placed", "customer", "status", "total"]


class Echo:
    def write(self, value):
        return value


def rows(queryset, limit):
    writer = csv.writer(Echo())
    yield writer.writerow(HEADER)
    for order in queryset[:limit].iterator(chunk_size=2000):
        yield writer.writerow([order.number, order.placed_at.date().isoformat(), order.customer_email,
                               order.status, f"{order.total:.2f}"])


@permission_required("shop.view_order")
def export_orders(request):
    start = parse_date(request.GET.get("from", "")) or date.today() - timedelta(days=30)
    end = parse_date(request.GET.get("to", "")) or date.today()
    if end < start or end - start > MAX_WINDOW:
        return HttpResponseBadRequest("choose a window of at most one year")
    try:
        limit = int(request.GET.get("limit", MAX_ROWS))
    except ValueError:
        return HttpResponseBadRequest("limit must be a number")
    limit = max(1, min(limit, MAX_ROWS))
    qs = (Order.objects.filter(placed_at__date__range=(start, end))
          .only("number", "placed_at", "customer_email", "status", "total").order_by("placed_at"))
    logger.info("user %s exporting orders %s..%s (limit %d)", request.user.pk, start, end, limit)
    response = StreamingHttpResponse(rows(qs, limit), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="orders-{start}-{end}.csv"'
    return response
