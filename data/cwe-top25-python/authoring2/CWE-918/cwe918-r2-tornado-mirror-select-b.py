# ---
# id: cwe918-r2-tornado-mirror-select-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: tornado, asyncio
# explanation: A Tornado handler downloads package metadata from a mirror chosen by the client, but the choice is a key into the fixed MIRRORS table and unknown keys get a 400; the package name must match a strict regex before it becomes a path segment. The AsyncHTTPClient therefore only ever contacts the listed mirror hosts.
# ---
import json
import logging
import re

from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.web import HTTPError, RequestHandler

log = logging.getLogger("pkgmeta")

MIRRORS = {
    "primary": "https://pypi.org/pypi",
    "eu": "https://pypi.eu-mirror.example.org/pypi",
    "internal": "https://artifacts.corp.example.net/pypi",
}
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def latest_summary(meta):
    info = meta.get("info", {})
    releases = meta.get("releases", {})
    return {
        "name": info.get("name"),
        "version": info.get("version"),
        "requires_python": info.get("requires_python"),
        "release_count": len(releases),
    }


class PackageMetaHandler(RequestHandler):
    async def get(self, package):
        mirror = self.get_query_argument("mirror", "primary")
        base = MIRRORS.get(mirror)
        if base is None:
            raise HTTPError(400, reason="unknown mirror")
        if not NAME_RE.match(package):
            raise HTTPError(400, reason="bad package name")
        client = AsyncHTTPClient()
        try:
            resp = await client.fetch(f"{base}/{package}/json", request_timeout=10, follow_redirects=False)
        except HTTPClientError as exc:
            if exc.code == 404:
                raise HTTPError(404)
            log.warning("mirror %s failed for %s: %s", mirror, package, exc)
            raise HTTPError(502)
        meta = json.loads(resp.body)
        self.write(latest_summary(meta))
