# ---
# id: cwe918-r3-fetch-avatar-url-f
# cwe: CWE-918
# vulnerable: false
# twin: cwe918-r3-fetch-avatar-url-v
# tags: requests, django
# explanation: The avatar download now only proceeds for https URLs whose host is one of a few known public image hosts, and redirects are not followed, so the server cannot be pointed at internal addresses.
# ---
from urllib.parse import urlsplit

import requests
from django.core.files.base import ContentFile

AVATAR_HOSTS = {"gravatar.com", "secure.gravatar.com", "avatars.githubusercontent.com"}


def fetch_remote_avatar(profile, url):
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS:
        raise ValueError("unsupported avatar host")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    if not resp.headers.get("Content-Type", "").startswith("image/"):
        raise ValueError("not an image")
    profile.avatar.save("avatar-%d" % profile.pk, ContentFile(resp.content))
    profile.save(update_fields=["avatar"])
