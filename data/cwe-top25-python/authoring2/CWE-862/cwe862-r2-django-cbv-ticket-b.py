# ---
# id: cwe862-r2-django-cbv-ticket-b
# cwe: CWE-862
# vulnerable: false
# twin: none
# tags: django
# explanation: Django class-based views for a helpdesk. Both the detail and the update view inherit LoginRequiredMixin and a get_queryset that keeps only tickets the requester opened or that are assigned to them, so get_object() raises 404 for any other ticket id; the authorization check lives in the queryset that both views use.
# ---
import logging

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Q
from django.urls import reverse
from django.views.generic import DetailView, ListView, UpdateView

from .forms import TicketReplyForm
from .models import Ticket

logger = logging.getLogger(__name__)


class TicketAccessMixin(LoginRequiredMixin):
    model = Ticket
    context_object_name = "ticket"

    def get_queryset(self):
        user = self.request.user
        return (
            Ticket.objects.filter(Q(requester=user) | Q(assignee=user))
            .select_related("requester", "assignee")
        )


class TicketListView(TicketAccessMixin, ListView):
    template_name = "helpdesk/ticket_list.html"
    paginate_by = 25

    def get_queryset(self):
        qs = super().get_queryset()
        state = self.request.GET.get("state")
        if state in Ticket.States.values:
            qs = qs.filter(state=state)
        return qs.order_by("-updated_at")


class TicketDetailView(TicketAccessMixin, DetailView):
    template_name = "helpdesk/ticket_detail.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["replies"] = self.object.replies.order_by("created_at")
        ctx["form"] = TicketReplyForm()
        return ctx


class TicketUpdateView(TicketAccessMixin, UpdateView):
    fields = ["title", "priority", "state"]
    template_name = "helpdesk/ticket_form.html"

    def form_valid(self, form):
        logger.info("ticket %s edited by %s", self.object.pk, self.request.user.pk)
        messages.success(self.request, "Ticket updated.")
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("helpdesk:ticket-detail", args=[self.object.pk])
