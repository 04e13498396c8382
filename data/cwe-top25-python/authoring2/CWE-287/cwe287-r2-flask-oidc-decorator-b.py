# ---
# id: cwe287-r2-flask-oidc-decorator-b
# cwe: CWE-287
# vulnerable: false
# twin: none
# tags: flask, pyjwt
# explanation: A Flask blueprint protects its API with access tokens from the company identity provider. The decorator fetches the signing key from the provider's JWKS endpoint and calls jwt.decode with the key, a pinned RS256 algorithm, the expected audience and issuer and required claims, so unsigned, re-signed or expired tokens are rejected with 401.
# ---
import functools
import logging

import jwt
from flask import Blueprint, abort, current_app, g, jsonify, request
from jwt import PyJWKClient

api = Blueprint("api", __name__, url_prefix="/api/v1")
log = logging.getLogger(__name__)

_jwks_clients: dict = {}


def _jwks() -> PyJWKClient:
    url = current_app.config["OIDC_JWKS_URL"]
    if url not in _jwks_clients:
        _jwks_clients[url] = PyJWKClient(url, cache_keys=True, lifespan=3600)
    return _jwks_clients[url]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def token_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = _bearer_token()
        try:
            key = _jwks().get_signing_key_from_jwt(token).key
            g.claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                audience=current_app.config["OIDC_AUDIENCE"],
                issuer=current_app.config["OIDC_ISSUER"],
                options={"require": ["exp", "iat", "sub"]},
            )
        except jwt.PyJWTError as exc:
            log.info("token rejected: %s", exc)
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@api.get("/me")
@token_required
def me():
    return jsonify(sub=g.claims["sub"], email=g.claims.get("email"))


@api.get("/shipments")
@token_required
def shipments():
    from .shipping import recent_shipments_for
    limit = min(request.args.get("limit", 20, type=int), 100)
    return jsonify([s.as_dict() for s in recent_shipments_for(g.claims["sub"], limit)])
