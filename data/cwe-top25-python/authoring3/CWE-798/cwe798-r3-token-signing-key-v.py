# ---
# id: cwe798-r3-token-signing-key-v
# cwe: CWE-798
# vulnerable: true
# twin: cwe798-r3-token-signing-key-f
# tags: pyjwt
# explanation: Issues API tokens signed with HS256. The signing key is a literal constant in the module, so anyone with the source can mint valid tokens for any user.
# ---
import datetime

import jwt

SIGNING_KEY = "c2VydmljZS1zaWduaW5nLWtleS0yMDIz"  #@vuln


def issue_token(user_id: int, scopes: list) -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {"sub": str(user_id), "scp": scopes, "iat": now,
               "exp": now + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")
