# ---
# id: cwe78-admin-nslookup-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-admin-nslookup-v
# tags: django, subprocess
# explanation: The admin action now runs nslookup through subprocess.run with an argument list and no shell, with the stored hostname as a single argument (values starting with "-" are reported as unresolved) and output discarded via DEVNULL. Shell syntax saved in a hostname has no effect.
# ---
import subprocess

from django.contrib import admin, messages

from endpoints.models import Endpoint


@admin.action(description="Check DNS resolution")
def check_dns(modeladmin, request, queryset):
    failed = []
    for endpoint in queryset:
        if endpoint.hostname.startswith("-"):
            failed.append(endpoint.hostname)
            continue
        proc = subprocess.run(
            ["nslookup", "-timeout=3", endpoint.hostname], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if proc.returncode != 0:
            failed.append(endpoint.hostname)
    if failed:
        modeladmin.message_user(request, "Unresolved: " + ", ".join(failed), level=messages.WARNING)
    else:
        modeladmin.message_user(request, "All selected endpoints resolve.")


@admin.register(Endpoint)
class EndpointAdmin(admin.ModelAdmin):
    list_display = ("customer", "hostname", "created")
    actions = [check_dns]
