# ---
# id: cwe918-r3-user-lookup-quote-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: httpx, urllib
# explanation: The directory client calls the configured internal user service with the username percent-encoded as a single path segment (quote with safe=''), so slashes, '@' or '#' in the name cannot change the host or path of the request.
# ---
from urllib.parse import quote

import httpx


class DirectoryClient:
    def __init__(self, base_url: str):
        self._http = httpx.Client(base_url=base_url, timeout=5.0)

    def lookup(self, username: str) -> dict:
        r = self._http.get("/users/" + quote(username, safe=""))
        if r.status_code == 404:
            return {}
        r.raise_for_status()
        return r.json()
