# ---
# id: cwe89-django-extra-f
# cwe: CWE-89
# vulnerable: false
# twin: cwe89-django-extra-v
# tags: django
# explanation: The ticket queue still uses extra(), but the priority is now supplied through the params argument, so Django binds it instead of pasting it into the WHERE fragment. The query string can only supply a value, not SQL.
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
        qs = qs.extra(where=["priority >= %s"], params=[self.min_priority()])
        return qs.order_by("-priority", "opened_at")
