# ---
# id: cwe89-django-extra-v
# cwe: CWE-89
# vulnerable: true
# twin: cwe89-django-extra-f
# tags: django
# explanation: A Django class-based view filters tickets by a minimum priority taken from the query string using QuerySet.extra(where=...). The value is formatted into the raw WHERE fragment, which Django inserts verbatim, so "0 OR 1=1" or a subquery changes what is returned.
# ---
from django.views.generic import ListView

from helpdesk.models import Ticket


class TicketQueueView(ListView):
    model = Ticket
    template_name = "helpdesk/queue.html"
    paginate_by = 25

    def min_priority(self):
        return self.request.GET.get("min_priority", "0")

    def get_queryset(self):
        qs = Ticket.objects.filter(queue__slug=self.kwargs["queue"], closed_at__isnull=True)
        qs = qs.extra(where=["priority >= %s" % self.min_priority()])  #@vuln
        return qs.order_by("-priority", "opened_at")
