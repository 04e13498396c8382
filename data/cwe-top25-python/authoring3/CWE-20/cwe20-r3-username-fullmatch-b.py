# ---
# id: cwe20-r3-username-fullmatch-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: re
# explanation: Usernames are checked with re.fullmatch against a strict character class and length, and reserved names are refused, so the whole string is validated rather than just its prefix.
# ---
import re

USERNAME_RE = re.compile(r"[a-z][a-z0-9_]{2,29}")
RESERVED = {"admin", "root", "support", "api"}


def normalize_username(raw):
    name = raw.strip().lower()
    if not USERNAME_RE.fullmatch(name) or name in RESERVED:
        raise ValueError("invalid username")
    return name
