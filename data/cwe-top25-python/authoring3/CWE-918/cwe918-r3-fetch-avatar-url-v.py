# ---
# id: cwe918-r3-fetch-avatar-url-v
# cwe: CWE-918
# vulnerable: true
# twin: cwe918-r3-fetch-avatar-url-f
# tags: requests, django
# explanation: When a user sets an avatar "from URL" on their profile, the server downloads whatever URL the form supplied with requests.get. The server can be made to request internal hosts (cloud metadata at 169.254.169.254, admin services on localhost) and the response is stored and served back to the user.
# ---
import requests
from django.core.files.base import ContentFile


def fetch_remote_avatar(profile, url):
    resp = requests.get(url, timeout=5)  #@vuln
    resp.raise_for_status()
    if not resp.headers.get("Content-Type", "").startswith("image/"):
        raise ValueError("not an image")
    profile.avatar.save("avatar-%d" % profile.pk, ContentFile(resp.content))
    profile.save(update_fields=["avatar"])
