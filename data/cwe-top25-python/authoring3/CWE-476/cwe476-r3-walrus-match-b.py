# ---
# id: cwe476-r3-walrus-match-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: re, auth
# explanation: The Authorization header is matched with fullmatch and the walrus form checks the result for None before .group is used, so a missing or malformed header leads to a 401 and never to an attribute access on None.
# ---
import re

_BEARER = re.compile(r"Bearer ([A-Za-z0-9._~+/-]+=*)")


class TokenAuthMiddleware:
    def __init__(self, app, verifier):
        self.app = app
        self.verifier = verifier

    def __call__(self, environ, start_response):
        header = environ.get("HTTP_AUTHORIZATION", "")
        if (m := _BEARER.fullmatch(header)) is None:
            start_response("401 Unauthorized", [("WWW-Authenticate", "Bearer")])
            return [b""]
        environ["auth.claims"] = self.verifier.verify(m.group(1))
        return self.app(environ, start_response)
