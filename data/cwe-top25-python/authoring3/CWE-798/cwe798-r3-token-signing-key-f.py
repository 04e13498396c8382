# ---
# id: cwe798-r3-token-signing-key-f
# cwe: CWE-798
# vulnerable: false
# twin: cwe798-r3-token-signing-key-v
# tags: pyjwt
# explanation: The signing key is now loaded from the environment when the module is imported, so it is deployment configuration rather than source code.
# ---
import datetime
import os

import jwt

SIGNING_KEY = os.environ["TOKEN_SIGNING_KEY"]


def issue_token(user_id: int, scopes: list) -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {"sub": str(user_id), "scp": scopes, "iat": now,
               "exp": now + datetime.timedelta(hours=1)}
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")
