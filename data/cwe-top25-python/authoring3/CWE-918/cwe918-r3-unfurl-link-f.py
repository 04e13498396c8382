# ---
# id: cwe918-r3-unfurl-link-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r3-unfurl-link-v
# tags: urllib, re, ipaddress, socket
# explanation: Before fetching, the unfurler resolves the host and refuses any address that is private, loopback, link-local or reserved, so chat users can no longer make the bot reach internal services or the metadata endpoint.
# ---
import ipaddress
import re
import socket
import urllib.request
from urllib.parse import urlsplit

TITLE_RE = re.compile(rb"<title>(.*?)</title>", re.I | re.S)


def _public_host(host):
    for info in socket.getaddrinfo(host, None):
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global:
            return False
    return True


def unfurl(url):
    if not url.startswith(("http://", "https://")):
        return None
    host = urlsplit(url).hostname
    if not host or not _public_host(host):
        return None
    with urllib.request.urlopen(url, timeout=4) as resp:
        head = resp.read(65536)
    m = TITLE_RE.search(head)
    return m.group(1).decode("utf-8", "replace").strip() if m else None
