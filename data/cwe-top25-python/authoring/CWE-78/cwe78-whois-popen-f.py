# ---
# id: cwe78-whois-popen-f
# cwe: CWE-78
# vulnerable: false
# twin: cwe78-whois-popen-v
# tags: django, subprocess
# explanation: The whois view now checks the domain against a hostname pattern and runs whois via subprocess.run with a list, without a shell. The value is a single argument made only of letters, digits, dots and hyphens and cannot begin with a dash.
# ---
import re
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})+$")


def registrar_of(whois_text):
    m = re.search(r"Registrar:\s*(.+)", whois_text)
    return m.group(1).strip() if m else "unknown"


def whois_view(request):
    domain = request.GET.get("domain", "")
    if not DOMAIN_RE.match(domain):
        return HttpResponseBadRequest("domain required")
    text = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=20).stdout
    return HttpResponse(f"{domain}: {registrar_of(text)}", content_type="text/plain")
