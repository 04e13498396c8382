# ---
# id: cwe476-r3-version-parse-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: re
# explanation: The version string comes from a package's metadata, and the match result is checked for None before any group is read, so malformed versions are reported instead of raising an AttributeError.
# ---
import re

_VERSION = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")


def parse_version(text):
    m = _VERSION.match(text.strip())
    if not m:
        return None
    major, minor, patch = m.groups()
    return int(major), int(minor), int(patch or 0)
