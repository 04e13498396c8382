# ---
# id: cwe20-r3-signup-domain-match-v
# cwe: CWE-20
# vulnerable: true
# twin: cwe20-r3-signup-domain-match-f
# tags: re
# explanation: Self-service signup is limited to company addresses, checked with re.match, which anchors only at the start. `bob@acme.com.mailbox.example` matches, so outsiders with their own domain can register employee accounts.
# ---
import re

COMPANY_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@acme\.com")


def can_self_register(email: str) -> bool:
    email = email.strip().lower()
    return COMPANY_EMAIL.match(email) is not None  #@vuln


def register(email, password, users):
    if not can_self_register(email):
        raise PermissionError("use your acme.com address")
    return users.create(email=email.strip().lower(), password=password)
