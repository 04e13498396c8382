# ---
# id: cwe918-r3-webhook-deliver-checked-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests, ipaddress, socket
# explanation: Webhook delivery posts to a customer-configured URL only after requiring https, resolving the host and rejecting non-global addresses, and it disables redirects, which is the standard defence for user-supplied callback URLs.
# ---
import ipaddress
import socket
from urllib.parse import urlsplit

import requests


def deliver(hook, payload):
    parts = urlsplit(hook.url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    addrs = {i[4][0] for i in socket.getaddrinfo(parts.hostname, parts.port or 443)}
    if any(not ipaddress.ip_address(a).is_global for a in addrs):
        return False
    r = requests.post(hook.url, json=payload, timeout=10, allow_redirects=False)
    return 200 <= r.status_code < 300
