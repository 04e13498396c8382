# ---
# id: cwe918-r3-health-check-settings-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: urllib, django
# explanation: A management command checks the health of upstream services listed in Django settings by operators. The URLs come from deployment configuration, not from users, so fetching them is expected behaviour.
# ---
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Ping configured upstream services"

    def handle(self, *args, **options):
        for name, url in settings.UPSTREAM_HEALTH_URLS.items():
            try:
                with urllib.request.urlopen(url, timeout=3) as resp:
                    status = resp.status
            except OSError as exc:
                status = exc
            self.stdout.write("%-20s %s" % (name, status))
