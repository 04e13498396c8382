# ---
# id: cwe89-r2-order-archive-view-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-r2-order-archive-view-f
# tags: django
# explanation: A Django ListView for archived orders narrows its queryset with QuerySet.extra(where=...). The 'region' GET parameter is pasted into the raw WHERE fragment with an f-string, so a value such as x' OR '1'='1 changes the SQL and returns every customer's orders. The other filters go through the ORM and are fine.
# ---
import logging
from datetime import date, timedelta

from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import ListView

from shop.models import Order

logger = logging.getLogger(__name__)

DEFAULT_WINDOW_DAYS = 90
PAGE_SIZE = 50


def parse_window(raw):
    """Return the number of days to look back, clamped to a sane range."""
    try:
        days = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_WINDOW_DAYS
    return max(1, min(days, 3650))


class ArchivedOrderListView(LoginRequiredMixin, ListView):
    model = Order
    template_name = "orders/archive.html"
    paginate_by = PAGE_SIZE
    context_object_name = "orders"

    def get_queryset(self):
        qs = Order.objects.filter(archived=True, account=self.request.user.account)
        days = parse_window(self.request.GET.get("days"))
        qs = qs.filter(created__gte=date.today() - timedelta(days=days))
        region = self.request.GET.get("region", "").strip()
        if region:
            qs = qs.extra(where=[f"shipping_region = '{region}'"])  #@vuln
        logger.debug("archive query for %s: %d days, region=%r", self.request.user, days, region)
        return qs.order_by("-created")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["window_days"] = parse_window(self.request.GET.get("days"))
        ctx["region"] = self.request.GET.get("region", "")
        ctx["regions"] = (
            Order.objects.filter(account=self.request.user.account)
            .values_list("shipping_region", flat=True)
            .distinct()
        )
        return ctx
