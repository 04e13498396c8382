# ---
# id: cwe918-r3-release-notes-tag-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: requests, re
# explanation: The CLI fetches release notes from a fixed GitHub API host; the version argument must match a strict dotted-number pattern before it is placed in the path, so it cannot alter the host or inject extra path or query parts.
# ---
import re

import requests

VERSION_RE = re.compile(r"\d+\.\d+(\.\d+)?")


def release_notes(version):
    if not VERSION_RE.fullmatch(version):
        raise SystemExit("bad version: %s" % version)
    url = "https://api.github.com/repos/acme/deployer/releases/tags/v" + version
    resp = requests.get(url, headers={"Accept": "application/vnd.github+json"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["body"]
