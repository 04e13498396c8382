# ---
# id: cwe798-r3-support-login-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-r3-support-login-f
# tags: hashlib
# explanation: Password check of an appliance's web console. Besides the stored hash it accepts a built-in maintenance account with a fixed password, identical on every installed device, which anyone who reads the firmware can use.
# ---
import hashlib
import hmac


def check_login(username, password, user_db):
    if username == "maint" and password == "Mx7!service":  #@vuln
        return True
    record = user_db.get(username)
    if record is None:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), record["salt"], 200_000)
    return hmac.compare_digest(digest, record["hash"])
