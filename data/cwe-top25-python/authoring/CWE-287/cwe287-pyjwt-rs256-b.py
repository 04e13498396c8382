# ---
# id: cwe287-pyjwt-rs256-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: flask, pyjwt
# explanation: Access tokens from the identity provider are verified with PyJWT's PyJWKClient: the signing key is fetched from the provider's JWKS by kid, the algorithm is pinned to RS256, and audience, issuer and expiry are checked, so forged or foreign tokens are rejected.
# ---
from functools import wraps

import jwt
from flask import abort, current_app, g, request

jwks = jwt.PyJWKClient("https://id.example.com/.well-known/jwks.json", cache_keys=True)


def verify_access_token(token: str) -> dict:
    signing_key = jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=current_app.config["API_AUDIENCE"],
        issuer="https://id.example.com/",
        options={"require": ["exp", "iat", "sub"]},
    )


def auth_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            abort(401)
        try:
            g.claims = verify_access_token(token)
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper
