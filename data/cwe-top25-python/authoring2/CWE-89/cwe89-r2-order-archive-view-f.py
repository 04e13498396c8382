# ---
# id: cwe89-r2-order-archive-view-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-r2-order-archive-view-v
# tags: django
# explanation: The same archive ListView now passes the 'region' GET value to QuerySet.extra() through params=[region] with a %s placeholder, so Django's database adapter binds it as data and it cannot alter the WHERE clause.
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
            qs = qs.extra(where=["shipping_region = %s"], params=[region])
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
