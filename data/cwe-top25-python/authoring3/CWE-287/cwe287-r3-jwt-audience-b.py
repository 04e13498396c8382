# ---
# id: cwe287-r3-jwt-audience-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: pyjwt
# explanation: Validates an access token from an OAuth provider: the signing key is fetched from the provider's JWKS, and jwt.decode checks the RS256 signature, expiry, audience and issuer. Token claims are only trusted after that.
# ---
import jwt
from jwt import PyJWKClient

_jwks = PyJWKClient("https://login.example.com/.well-known/jwks.json")


def verify_access_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience="api://billing",
        issuer="https://login.example.com/",
        options={"require": ["exp", "sub"]},
    )
