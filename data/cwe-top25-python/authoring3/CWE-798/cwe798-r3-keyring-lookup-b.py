# ---
# id: cwe798-r3-keyring-lookup-b
# cwe: CWE-798
# vulnerable: false
# twin: none
# tags: keyring
# explanation: CLI helper that reads the API password from the OS keyring, prompting once and storing it there when missing; the only literals are the service and user names.
# ---
import getpass

import keyring

SERVICE = "acme-cli"


def api_password(username: str) -> str:
    pw = keyring.get_password(SERVICE, username)
    if pw is None:
        pw = getpass.getpass("Password for %s: " % username)
        keyring.set_password(SERVICE, username, pw)
    return pw
