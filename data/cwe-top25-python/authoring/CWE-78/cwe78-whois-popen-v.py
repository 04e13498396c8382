# ---
# id: cwe78-whois-popen-v
# cwe: CWE-78
# vulnerable: true
# twin: cwe78-whois-popen-f
# tags: django, os
# explanation: A domain-registration helper view shows whois output by calling os.popen with the domain from the query string. os.popen uses the shell, so "example.com && id" or backticks in the parameter run arbitrary commands on the server.
# ---
import os
import re

from django.http import HttpResponse, HttpResponseBadRequest


def registrar_of(whois_text):
    m = re.search(r"Registrar:\s*(.+)", whois_text)
    return m.group(1).strip() if m else "unknown"


def whois_view(request):
    domain = request.GET.get("domain", "")
    if not domain:
        return HttpResponseBadRequest("domain required")
    with os.popen("whois " + domain) as pipe:  #@vuln
        text = pipe.read()
    return HttpResponse(f"{domain}: {registrar_of(text)}", content_type="text/plain")
