# ---
# id: cwe79-admin-list-display-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: django
# explanation: A Django ModelAdmin column shows each support ticket's subject as a link, built with %-formatting and returned through mark_safe. Ticket subjects are typed by customers in a public form, so a subject containing HTML runs script inside the staff admin when the changelist is opened.
# ---
from django.contrib import admin
from django.urls import reverse
from django.utils.safestring import mark_safe

from .models import Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("id", "subject_link", "status", "created")
    list_filter = ("status",)
    search_fields = ("subject", "customer_email")

    @admin.display(description="Subject", ordering="subject")
    def subject_link(self, obj):
        url = reverse("admin:helpdesk_ticket_change", args=[obj.pk])
        return mark_safe('<a href="%s">%s</a>' % (url, obj.subject))  #@vuln
