# ---
# id: cwe798-r3-support-login-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r3-support-login-v
# tags: hashlib
# explanation: The built-in maintenance account is gone; every login, including support staff, is checked against a per-device stored PBKDF2 hash.
# ---
import hashlib
import hmac


def check_login(username, password, user_db):
    record = user_db.get(username)
    if record is None:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), record["salt"], 200_000)
    return hmac.compare_digest(digest, record["hash"])
