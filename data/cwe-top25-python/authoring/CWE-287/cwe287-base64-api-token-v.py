# ---
# id: cwe287-base64-api-token-v
# cwe: CWE-287
# vulnerable: true
# twin: none
# tags: flask, base64
# explanation: API tokens issued to customers are just the base64 encoding of "username:account_id", and the authentication decorator accepts any token that decodes to an existing user with that account id. Both values are easy to learn, so anyone can construct a valid token for another customer.
# ---
import base64
import binascii
from functools import wraps

from flask import abort, g, request

from .models import User


def issue_token(user: User) -> str:
    return base64.urlsafe_b64encode(f"{user.username}:{user.account_id}".encode()).decode()


def user_from_token(token: str):
    try:
        username, account_id = base64.urlsafe_b64decode(token.encode()).decode().split(":", 1)  #@vuln
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return User.query.filter_by(username=username, account_id=int(account_id)).first()  #@vuln


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Token "):
            abort(401)
        g.user = user_from_token(header[6:])
        if g.user is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper
