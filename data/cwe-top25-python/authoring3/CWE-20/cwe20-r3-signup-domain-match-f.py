# ---
# id: cwe20-r3-signup-domain-match-f
# cwe: CWE-20
# vulnerable: false
# twin: cwe20-r3-signup-domain-match-v
# tags: re
# explanation: The check now uses fullmatch, so the whole address must end in @acme.com; addresses on other domains that merely start with that text are rejected.
# ---
import re

COMPANY_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@acme\.com")


def can_self_register(email: str) -> bool:
    email = email.strip().lower()
    return COMPANY_EMAIL.fullmatch(email) is not None


def register(email, password, users):
    if not can_self_register(email):
        raise PermissionError("use your acme.com address")
    return users.create(email=email.strip().lower(), password=password)
